/**
 * The always-on content script: runs on every http(s) page, so it holds only the detector and
 * the compact vocabulary. On a page worth highlighting it asks the background to inject the
 * app part (mark.js, Preact, the popover, the full pack); elsewhere it does nothing more.
 */
import { nativeApi } from '../shared/ext-api.ts';
import { dispatch, envelope, type Handlers, type PageState } from '../shared/messages.ts';
import type { DetectionReport } from '../shared/detection.ts';
import { siteModeFor, type Settings } from '../shared/settings/schema.ts';
import { loadSettings, onSettingsChanged } from '../shared/settings/store.ts';
import { createPageDetector } from './detect/page-detector.ts';
import { watchForChanges } from './detect/live-detect.ts';
import { APP_HOOK, BOOT_HOOK, getHook, setHook, pageMode } from './app-contract.ts';

function main(): void {
  const api = nativeApi();
  // A second injection into the same world (e.g. a test re-running the file) must not double up.
  // SVG, plain-text and other non-HTML documents have no article to highlight: nothing goes in.
  if (!api || getHook(BOOT_HOOK) || !/html/.test(document.contentType)) return;
  const boot = { settings: undefined as unknown as Settings, detection: null as DetectionReport | null };
  setHook(BOOT_HOOK, boot);
  const app = () => {
    const a = getHook(APP_HOOK);
    return typeof a?.start === 'function' ? a : undefined;
  };
  let appRequested = false;
  const detector = createPageDetector(() => api.runtime.sendMessage(envelope('cs-to-bg:detection-extras', {})));

  const host = location.hostname;

  const state = (): PageState => {
    return {
      url: location.href,
      host,
      detection: boot.detection,
      mode: pageMode(boot.settings, host, boot.detection, !!app()),
      terms: [],
    };
  };

  const bootHandlers: Handlers = {
    'ui-to-cs:get-state': () => state(),
  };

  // sendResponse + `return true` rather than returning a promise: Chrome answers with a
  // listener's promise only since recent versions; this works in every MV3 browser.
  const listener = (raw: unknown, sender: { tab?: { id?: number } }, sendResponse: (r: unknown) => void): boolean => {
    const loaded = app();
    const answer = (loaded ? dispatch(loaded.handlers, raw, { tabId: sender.tab?.id }) : undefined) ?? dispatch(bootHandlers, raw, {});
    if (!answer) return false;
    answer.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  api.runtime.onMessage.addListener(listener as Parameters<typeof api.runtime.onMessage.addListener>[0]);

  const apply = async () => {
    const mode = siteModeFor(boot.settings, host);
    const loaded = app();
    if (mode === 'off') {
      loaded?.stop();
      return;
    }
    boot.detection ??= await detector.detect(document);
    if (!boot.detection.detected && mode !== 'always') {
      loaded?.stop();
      return;
    }
    if (loaded) {
      loaded.start(boot.settings, boot.detection);
      return;
    }
    if (appRequested) return;
    appRequested = true;
    // The background injects content/app.js into this frame; the app starts itself from BOOT_HOOK.
    await api.runtime.sendMessage(envelope('cs-to-bg:load-app', { detection: boot.detection }));
  };

  const run = async () => {
    boot.settings = (await loadSettings(api)).settings;
    await apply();
  };

  onSettingsChanged(api, ({ settings }) => {
    boot.settings = settings;
    void apply().catch(() => undefined);
  });
  void run().catch(() => undefined);
  // Client-side navigation and late content: detect again (the app part follows a detected page).
  watchForChanges(
    () => {
      if (!boot.settings) return;
      boot.detection = null;
      void apply().catch(() => undefined);
    },
    () => !boot.detection?.detected,
  );
}

try {
  main();
} catch {
  // Never let our failure become the page's: an exception here would show in its console.
}
