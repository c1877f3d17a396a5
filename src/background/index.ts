/**
 * The background: injects the scorer into pages that passed a topic's gate and the app part into
 * detected pages, matches the claims of the pages' claim passes, keeps the toolbar badge, and
 * turns keyboard commands into messages to the active tab. It holds no page state of its own, so the
 * MV3 service worker may stop and restart at any time.
 */
import browser, { type Runtime, type Tabs } from 'webextension-polyfill';
import { CLAIMS_PORT, dispatch, type Handlers, type PortAnswer, type PortRequest } from '../shared/messages.ts';
import { runCommand } from './commands.ts';
import { applyChange } from '../shared/settings/changes.ts';
import { updateSettings } from '../shared/settings/save.ts';
import { appFilesFor, DETECT_SCRIPT } from './app-files.ts';
import claimPacks from 'pack:claims';
import { claimMatching } from './claim-match.ts';

/** True only in the test build (scripts/lib/inspectable-build.ts); esbuild replaces it. */
declare const __TEST_HOOKS__: boolean;

async function setBadge(tabId: number, count: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#5b4a00' });
}

/**
 * Runs our files in the sender's frame, in its content script's world, in order; resolves once
 * they ran. One call per file: the page runs each in a task of its own. Together, the largest
 * pack and the app were one task of 18–31 ms on a first visit; apart, 5–16 ms each (CDP trace).
 */
async function inject(sender: { tabId?: number; frameId?: number }, files: string[]): Promise<{ ok: boolean; error?: string }> {
  if (sender.tabId === undefined) return { ok: false, error: 'no tab' };
  try {
    for (const file of files) await browser.scripting.executeScript({ target: { tabId: sender.tabId, frameIds: [sender.frameId ?? 0] }, files: [file] });
    return { ok: true };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}

const matchClaims = claimMatching(claimPacks);
/** Claim requests answered: the test build shows it (lpcClaimRequests), so the e2e tests can tell the page did not match by itself. */
const claimRequests = { answered: 0 };

const handlers: Handlers = {
  'cs-to-bg:load-app': ({ detection }, sender) => inject(sender, appFilesFor(detection)),
  'cs-to-bg:load-detector': (_request, sender) => inject(sender, [DETECT_SCRIPT]),
  // A pure answer (no page state), so pages' claim passes do their matching off their main thread.
  'cs-to-bg:match-claims': (req) => {
    const answer = matchClaims(req);
    claimRequests.answered++;
    return answer;
  },
  'cs-to-all:state-changed': async ({ state }, sender) => {
    if (sender.tabId !== undefined) await setBadge(sender.tabId, state.terms.length);
  },
  // The one writer of settings for every page (the shortcut's toggles share the same queue).
  'ui-to-bg:update-settings': ({ change }, sender) =>
    // Only our own pages change settings; a content script in a web page has no reason to.
    !sender.url?.startsWith(browser.runtime.getURL('')) ? { ok: false, problems: ['Not allowed from here.'] } : updateSettings(browser, (current) => applyChange(current, change)),
};

// Content app parts hold a port open so they notice when the extension is reloaded or removed
// (src/content/app/orphan-watch.ts); there is nothing to say over it. Their claim requests come
// over a port of their own (CLAIMS_PORT), which answers that one kind of message only.
const overClaimsPort: Handlers = { 'cs-to-bg:match-claims': handlers['cs-to-bg:match-claims'] };
browser.runtime.onConnect.addListener((port) => {
  if (port.name !== CLAIMS_PORT) return;
  port.onMessage.addListener(async (raw: unknown) => {
    const { id, message } = (raw ?? {}) as Partial<PortRequest>;
    if (typeof id !== 'number') return;
    const answer = await dispatch(overClaimsPort, message, { tabId: port.sender?.tab?.id, frameId: port.sender?.frameId, url: port.sender?.url });
    try {
      port.postMessage({ id, answer } satisfies PortAnswer);
    } catch {
      // The page went away while we matched: nobody is waiting.
    }
  });
});

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) =>
  dispatch(handlers, raw, { tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url }),
);

// A new document starts without highlights; its content script reports again if it has any.
// Chrome sends `url` only when the address changes, so a reload is recognised by status alone.
browser.tabs.onUpdated.addListener((tabId, info) => {
  if (info.status === 'loading') void setBadge(tabId, 0).catch(() => undefined);
});

async function onCommand(command: string, tab?: Tabs.Tab): Promise<void> {
  // Firefox passes the active tab; Chrome's MV3 does too, but query in case a browser does not.
  await runCommand(command, tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]);
}
browser.commands.onCommand.addListener(onCommand);
// No automation can press an extension shortcut (the browser handles them above the page), so the
// e2e tests run the same handler through this name on the background's own global; they read the
// claim requests answered the same way. Only in the test build (scripts/lib/inspectable-build.ts):
// the shipped one drops this line at build time.
if (__TEST_HOOKS__) Object.assign(globalThis, { lpcRunCommand: onCommand, lpcClaimRequests: claimRequests });
