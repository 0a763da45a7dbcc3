/**
 * Lazy loaders, one per custom element: a page downloads the code of a widget only when that
 * widget's tag appears in it (code splitting for the embed script and the lesson pages).
 */
export const LOADERS: Readonly<Record<string, () => Promise<unknown>>> = {
  'lumen-plane': () => import('./plane/element'),
  'lumen-predict': () => import('./predict/element'),
  'lumen-graph': () => import('./graph/element'),
  'lumen-estimate': () => import('./estimate/element'),
  'lumen-svd': () => import('./svd/element'),
  'lumen-space': () => import('./space/element'),
  'lumen-sampler': () => import('./sampler/element'),
  'lumen-clt': () => import('./clt/element'),
  'lumen-descent': () => import('./descent/element'),
  'lumen-derivative': () => import('./derivative/element'),
  'lumen-network': () => import('./network/element'),
  'lumen-bayes': () => import('./bayes/element'),
  'lumen-covariance': () => import('./covariance/element'),
  'lumen-regression': () => import('./regression/element'),
  'lumen-logistic': () => import('./logistic/element'),
  'lumen-kmeans': () => import('./kmeans/element'),
  'lumen-tree': () => import('./tree/element'),
  'lumen-softmax': () => import('./softmax/element'),
  'lumen-embed': () => import('./embed/element'),
  'lumen-attention': () => import('./attention/element'),
};

/**
 * Loads the element classes for every `lumen-*` tag in `root`, now and whenever one is added
 * later (a blog that inserts a widget after load still gets it).
 */
export function autoload(root: Document | ShadowRoot = document): void {
  const requested = new Set<string>();
  const scan = (node: ParentNode): void => {
    for (const tag of Object.keys(LOADERS)) {
      if (requested.has(tag) || customElements.get(tag)) continue;
      if ((node instanceof Element && node.localName === tag) || node.querySelector(tag)) {
        requested.add(tag);
        LOADERS[tag]!().catch((err: unknown) => {
          requested.delete(tag);
          console.error(`Lumen could not load <${tag}>:`, err);
        });
      }
    }
  };
  scan(root);
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) scan(n);
  }).observe(root, { childList: true, subtree: true });
}
