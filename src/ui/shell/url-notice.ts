/**
 * The notice at the top of <main> that lists what in the page's link was not understood. Text
 * only: the messages quote the URL, which anyone can write, so they never become markup.
 */
export function showNotice(doc: Document, messages: readonly string[]): HTMLElement | undefined {
  if (messages.length === 0) return undefined;
  const main = doc.querySelector('main') ?? doc.body;
  const box = doc.createElement('div');
  box.className = 'url-notice';
  box.setAttribute('role', 'status');
  const list = doc.createElement('ul');
  for (const text of messages) {
    const item = doc.createElement('li');
    item.textContent = text;
    list.append(item);
  }
  const close = doc.createElement('button');
  close.type = 'button';
  close.className = 'url-notice-close';
  close.textContent = 'Dismiss';
  close.setAttribute('aria-label', 'Dismiss this notice');
  close.addEventListener('click', () => {
    box.remove();
    // Focus would otherwise fall back to <body>; the start of the content is where the reader was.
    if (main instanceof HTMLElement && main.tabIndex >= -1 && main.hasAttribute('tabindex')) main.focus();
  });
  box.append(list, close);
  main.prepend(box);
  return box;
}
