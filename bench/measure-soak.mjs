/**
 * Long tasks during a soak of each simulating or training widget (issue 14): the widget keeps
 * working for SOAK_MS on its lesson page while a PerformanceObserver records every main-thread
 * task over 50 ms (Chromium reports only those, so "0" means none over 50 ms). Figures: the
 * longest task and how many there were, per widget. Target: none over 50 ms.
 *
 * The work, per widget (each restart changes the seed, so nothing is cached):
 * - sampler (lesson 11): 1,000,000 draws, again as soon as they are done;
 * - clt (lesson 13): 1,000,000 sample means with a new source and n after each run;
 * - estimate (lesson 16): 100,000 bootstrap resamples with a new seed every 2 s;
 * - network (lesson 21): Play, training live the whole time;
 * - regression, logistic, k-means (the MNIST digits), tree (lessons 22-25): Play, rewound every 3 s;
 * - embed (lesson 26): corpus download and decode, vectors learned, learned again with a new window;
 * - softmax (lesson 27): corpus, bigram counts, generated text with a new seed every second;
 * - attention (lesson 28): corpus, vectors for the sentence, a new sentence every second.
 */

export const SOAK_MS = 30_000;

const OBSERVE = `
  window.__tasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__tasks.push(Math.round(e.duration));
  }).observe({ type: 'longtask', buffered: true });
`;

export const SOAKS = [
  {
    widget: 'sampler',
    path: '/lessons/probability/11-chance-and-large-numbers.html',
    start: (ms) => {
      const el = document.querySelector('#main');
      let k = 1;
      const again = () => el.setState({ draws: 1_000_000, seed: ++k });
      el.addEventListener('draws-done', () => setTimeout(again, 100));
      again();
      return new Promise((done) => setTimeout(done, ms));
    },
  },
  {
    widget: 'clt',
    path: '/lessons/probability/13-central-limit-theorem.html',
    start: (ms) => {
      const el = document.querySelector('#main');
      const sources = ['die', 'uniform', 'exponential', 'coin'];
      let k = 1;
      const again = () =>
        el.setState({ seed: ++k, source: sources[k % sources.length], n: 1 + (k % 40), means: 1_000_000 });
      el.addEventListener('simulated', () => setTimeout(again, 100));
      again();
      return new Promise((done) => setTimeout(done, ms));
    },
  },
  {
    widget: 'estimate',
    path: '/lessons/probability/16-likelihood-confidence-bootstrap.html',
    selector: '#boot',
    start: (ms) => {
      const el = document.querySelector('#boot');
      el.scrollIntoView();
      let k = 8;
      const timer = setInterval(() => el.setState({ seed: ++k, resamples: 100_000 }), 2000);
      return new Promise((done) =>
        setTimeout(() => {
          clearInterval(timer);
          done();
        }, ms),
      );
    },
  },
  {
    widget: 'network',
    path: '/lessons/calculus/21-backprop-in-a-neural-network.html',
    start: (ms) => {
      const el = document.querySelector('#main');
      el.scrollIntoView();
      el.setState({ play: true });
      return new Promise((done) => setTimeout(done, ms));
    },
  },
  ...['regression', 'logistic', 'kmeans', 'tree'].map((widget) => ({
    widget,
    path: {
      regression: '/lessons/classic-ml/22-linear-regression.html',
      logistic: '/lessons/classic-ml/23-logistic-regression.html',
      kmeans: '/lessons/classic-ml/24-k-means.html',
      tree: '/lessons/classic-ml/25-decision-trees.html',
    }[widget],
    // k-means: the MNIST digits (10,000 × 784, clustered in a worker); the tree: the seeded moons.
    selector: { kmeans: '#digits', tree: '#moons' }[widget] ?? '#main',
    start: playLoop,
  })),
  {
    // Lesson 26: the corpus loads and decodes, the vectors are learned (in the learn worker), the
    // neighbours, analogy and retrieval are answered; then learned again with another window.
    widget: 'embed',
    path: '/lessons/generative-ai/26-embeddings-and-retrieval.html',
    selector: '#space',
    // The corpus decode comes right after the page loads: count from the navigation.
    fromLoad: true,
    start: (ms) => {
      const el = document.querySelector('#space');
      el.scrollIntoView();
      let k = 0;
      el.addEventListener('learned', () => setTimeout(() => el.setState({ window: 2 + (++k % 4) }), 500));
      return new Promise((done) => setTimeout(done, ms));
    },
  },
  {
    // Lesson 27: the corpus, the bigram model counted from it, text generated with a new seed and
    // temperature every second.
    widget: 'softmax',
    path: '/lessons/generative-ai/27-softmax-temperature-cross-entropy.html',
    selector: '#words',
    // The corpus decode comes right after the page loads: count from the navigation.
    fromLoad: true,
    start: (ms) => {
      const el = document.querySelector('#words');
      el.scrollIntoView();
      let k = 1;
      const timer = setInterval(() => el.setState({ seed: ++k, temperature: 0.5 + (k % 4) / 2 }), 1000);
      return new Promise((done) =>
        setTimeout(() => {
          clearInterval(timer);
          done();
        }, ms),
      );
    },
  },
  {
    // Lesson 28: the corpus, the vectors learned for the sentence, then new sentences and rows.
    widget: 'attention',
    path: '/lessons/generative-ai/28-attention.html',
    selector: '#words',
    // The corpus decode comes right after the page loads: count from the navigation.
    fromLoad: true,
    start: (ms) => {
      const el = document.querySelector('#words');
      el.scrollIntoView();
      const sentences = ['congress passed the bill', 'the people want peace', 'war and peace', 'the nation'];
      let k = 0;
      const timer = setInterval(
        () => el.setState({ sentence: sentences[++k % sentences.length], row: 1 + (k % 2) }),
        1000,
      );
      return new Promise((done) =>
        setTimeout(() => {
          clearInterval(timer);
          done();
        }, ms),
      );
    },
  },
];

/**
 * The run player's soak (regression, logistic, k-means, tree): Play, and every 3 s Rewind and Play
 * again, so the run never idles at its end. Runs in the page (serialised with toString).
 */
function playLoop(ms) {
  const sel = { kmeans: '#digits', tree: '#moons' }[document.body.dataset.soak] ?? '#main';
  const el = document.querySelector(sel);
  el.scrollIntoView();
  const button = (name) => el.shadowRoot.querySelector(`button[name="${name}"]`);
  const again = () => {
    if (button('play').getAttribute('aria-pressed') === 'true') button('play').click();
    button('rewind').click();
    button('play').click();
  };
  again();
  const timer = setInterval(again, 3000);
  return new Promise((done) =>
    setTimeout(() => {
      clearInterval(timer);
      done();
    }, ms),
  );
}

/** The widget a soak drives: its `selector`, else `#main`. */
export function readySelector(soak) {
  return soak.selector ?? '#main';
}

/** Runs one soak; returns { longest, count, tasks } (tasks: the ten longest, in ms). */
export async function measureSoak(browser, url, soak, ms = SOAK_MS) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(OBSERVE);
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction((sel) => {
      const el = document.querySelector(sel);
      return el && customElements.get(el.localName) && el.shadowRoot?.childElementCount;
    }, readySelector(soak));
    // Loading the page is not the soak (except where the soak's work starts with the page):
    // only tasks from here on count.
    if (!soak.fromLoad) await page.evaluate(() => (window.__tasks.length = 0));
    await page.evaluate((w) => (document.body.dataset.soak = w), soak.widget);
    await page.evaluate(`(${soak.start.toString()})(${ms})`);
    const tasks = await page.evaluate(() => [...window.__tasks]);
    const sorted = [...tasks].sort((a, b) => b - a);
    return { longest: sorted[0] ?? 0, count: tasks.length, tasks: sorted.slice(0, 10) };
  } finally {
    await context.close();
  }
}
