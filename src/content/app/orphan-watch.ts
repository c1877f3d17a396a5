/**
 * When the extension is reloaded, updated or removed, the content script already in a tab keeps
 * running but every extension API call fails ("Extension context invalidated"), and the browser
 * does not undo our DOM changes. This notices that and tears our highlights and card down, so the
 * page is left as it was and a newly injected copy never finds a stale set beside its own.
 *
 * Signals: a port to the background disconnects (the extension went away, or only its service
 * worker stopped — told apart by runtime.id), and, as a fallback once that port is gone, the
 * reader's next pointer or key event, checked at most once a second.
 */
import { nativeApi } from '../../shared/ext-api.ts';

export const APP_PORT = 'lpc-app';
const CHECK_INTERVAL_MS = 1_000;

function extensionAlive(): boolean {
  try {
    return nativeApi() !== undefined;
  } catch {
    return false;
  }
}

export function watchForOrphaning(teardown: () => void): () => void {
  const abort = new AbortController();
  let lastCheck = 0;
  const check = () => {
    if (extensionAlive()) return;
    abort.abort();
    teardown();
  };
  try {
    const api = nativeApi();
    if (!api) throw new Error('no extension API');
    api.runtime.connect({ name: APP_PORT }).onDisconnect.addListener(check);
  } catch {
    check();
  }
  const onActivity = () => {
    const now = performance.now();
    if (now - lastCheck < CHECK_INTERVAL_MS) return;
    lastCheck = now;
    check();
  };
  for (const type of ['pointerover', 'keydown'] as const) document.addEventListener(type, onActivity, { capture: true, passive: true, signal: abort.signal });
  return () => abort.abort();
}
