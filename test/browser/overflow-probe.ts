/**
 * What scrolls sideways on a page: the document itself and every formula box (a lesson's display
 * math, a widget's live formula, shadow roots included) whose formula is wider than the box,
 * whatever its overflow. Code blocks and the wide graph and tree diagrams scroll by design and are
 * not formulas. Runs in the page: `page.evaluate(sidewaysScroll)`.
 */
export function sidewaysScroll(): string[] {
  const out: string[] = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth + 1) out.push(`the page (${doc.scrollWidth} > ${doc.clientWidth})`);
  const name = (el: Element): string => {
    const host = (el.getRootNode() as ShadowRoot).host as Element | undefined;
    const id = el.id ? `#${el.id}` : '';
    const cls = el.classList.length ? `.${[...el.classList].join('.')}` : '';
    return `${host ? `${host.localName}${host.id ? `#${host.id}` : ''} › ` : ''}${el.localName}${id}${cls}`;
  };
  const visit = (root: Document | ShadowRoot): void => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) visit(el.shadowRoot);
      if (el.closest('pre, .katex-mathml, svg') || el.clientWidth === 0) continue;
      if (!el.matches('.math-display, .katex-display, .formula, .formula-wrap, [part~="formula"]')) continue;
      if (el.scrollWidth > el.clientWidth + 1)
        out.push(`${name(el)} (${el.scrollWidth} > ${el.clientWidth})`);
    }
  };
  visit(document);
  return [...new Set(out)];
}
