import { describe, expect, it, vi } from 'vitest';
import { registerOffline } from './offline';

const SW = new URL('https://example.org/lumen/sw.js');

/** A window with just what registerOffline reads; `serviceWorker` as given (a getter may throw). */
function fakeWindow(readyState: string, serviceWorker: () => unknown) {
  const listeners: (() => void)[] = [];
  const win = {
    navigator: {
      get serviceWorker() {
        return serviceWorker();
      },
    },
    document: { readyState },
    addEventListener: (type: string, f: () => void) => type === 'load' && listeners.push(f),
  };
  return { win: win as unknown as Window, load: () => listeners.forEach((f) => f()) };
}

describe('registerOffline', () => {
  it('registers sw.js once the page has loaded, not before', () => {
    const register = vi.fn(() => Promise.resolve({}));
    const { win, load } = fakeWindow('interactive', () => ({ register }));
    registerOffline(win, SW);
    expect(register).not.toHaveBeenCalled();
    load();
    expect(register).toHaveBeenCalledWith('https://example.org/lumen/sw.js');
  });

  it('registers at once on a page that has already loaded', () => {
    const register = vi.fn(() => Promise.resolve({}));
    registerOffline(fakeWindow('complete', () => ({ register })).win, SW);
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('does nothing, and throws nothing, without service workers or where they are refused', async () => {
    expect(() => registerOffline(fakeWindow('complete', () => undefined).win, SW)).not.toThrow();
    const sandboxed = fakeWindow('complete', () => {
      throw new DOMException('Access to service workers is denied in this context', 'SecurityError');
    });
    expect(() => registerOffline(sandboxed.win, SW)).not.toThrow();
    const refused = vi.fn(() =>
      Promise.reject(new DOMException('The operation is insecure.', 'SecurityError')),
    );
    const error = vi.spyOn(console, 'error');
    registerOffline(fakeWindow('complete', () => ({ register: refused })).win, SW);
    await Promise.resolve(refused.mock.results[0]?.value).catch(() => undefined);
    await new Promise((done) => setTimeout(done, 0));
    expect(refused).toHaveBeenCalledTimes(1);
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });
});
