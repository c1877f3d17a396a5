/**
 * The always-on content script: runs on every http(s) page, so it holds only each topic's gate
 * (its core terms); the background injects the scorer into a page that passes a gate.
 * It owns the page's state (boot-controller.ts): on a page worth
 * highlighting it has the background inject the app part (mark.js, Preact, the popover, the full
 * pack) and starts it; elsewhere it does nothing more.
 */
import { gates } from 'pack:compact';
import { nativeApi } from '../shared/ext-api.ts';
import { request } from '../shared/messages.ts';
import { loadSettings, onSettingsChanged } from '../shared/settings/store.ts';
import { createPageDetector } from './detect/page-detector.ts';
import { watchForChanges } from './detect/live-detect.ts';
import { APP_HOOK, BOOT_MARK, DETECT_HOOK, getHook, setHook } from './app-contract.ts';
import { createBootController } from './boot-controller.ts';
import { reportError } from './report-error.ts';
import { hasPack } from '../shared/pack/registry.ts';

function main(): void {
  const api = nativeApi();
  // A second injection into the same world (e.g. a test re-running the file) must not double up.
  // SVG, plain-text and other non-HTML documents have no article to highlight: nothing goes in.
  if (!api || getHook(BOOT_MARK) || !/html/.test(document.contentType)) return;
  setHook(BOOT_MARK, true);
  const send = (message: unknown) => api.runtime.sendMessage(message);
  const applied = (work: Promise<unknown>) => void work.catch((e) => reportError('boot', e));
  const detector = createPageDetector(gates, async () => {
    // As with the app: the background's executeScript resolves once detect.js has run.
    const answer = getHook(DETECT_HOOK) ? undefined : await request(send, 'cs-to-bg:load-detector', {});
    const scorer = getHook(DETECT_HOOK);
    if (!scorer) throw new Error(answer?.error ?? 'no detector');
    return scorer;
  });
  const boot = createBootController({
    detect: () => detector.detect(document),
    // The background's executeScript resolves once app.js has run: its hook is there then.
    loadApp: (detection) => request(send, 'cs-to-bg:load-app', { detection }),
    // Only our own code makes own properties on this world's global (getHook): no shape check needed.
    app: () => getHook(APP_HOOK),
    hasPack,
    publish: (state) => applied(request(send, 'cs-to-all:state-changed', { state })),
  });

  // sendResponse + `return true` (a pending answer) rather than returning a promise: Chrome
  // answers with a listener's promise only since recent versions; this works in every MV3 browser.
  const listener = (raw: unknown, _sender: unknown, sendResponse: (r: unknown) => void): boolean => !!boot.onMessage(raw)?.then(sendResponse);
  api.runtime.onMessage.addListener(listener as Parameters<typeof api.runtime.onMessage.addListener>[0]);
  onSettingsChanged(api, ({ settings }) => applied(boot.apply(settings)));
  applied(loadSettings(api).then(({ settings }) => boot.apply(settings)));
  // Client-side navigation and late content: detect again (the app part follows a detected page).
  // eslint-disable-next-line prefer-spread -- the controller's apply, not Function.prototype.apply
  watchForChanges(() => applied(boot.apply(undefined, true)), () => !boot.detected());
}

try {
  main();
} catch (error) {
  // Never let our failure become the page's: an exception here would show in its console.
  reportError('boot', error);
}
