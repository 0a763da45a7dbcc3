/**
 * Copies text to the clipboard. False where the browser refuses (no permission, an insecure
 * http:// page, an iframe without clipboard-write, an old browser): the caller then shows the
 * text in a selectable field instead, so a refusal never looks like success.
 */
export async function copyText(text: string): Promise<boolean> {
  if (!window.isSecureContext || typeof navigator.clipboard?.writeText !== 'function') return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
