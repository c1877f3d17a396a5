/**
 * The background: injects the app part into detected pages, keeps the toolbar badge, and turns
 * keyboard commands into messages to the active tab. It holds no page state of its own, so the
 * MV3 service worker may stop and restart at any time.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { dispatch, type Handlers } from '../shared/messages.ts';
import { sendToTab } from '../shared/tabs.ts';
import { loadSettings, saveSettings } from '../shared/settings/store.ts';
import { siteModeFor, withSiteMode } from '../shared/settings/schema.ts';

export const APP_SCRIPT = 'content/app.js';

async function setBadge(tabId: number, count: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#5b4a00' });
}

const handlers: Handlers = {
  'content:load-app': async (_payload, sender) => {
    if (sender.tabId === undefined) return { ok: false, error: 'no tab' };
    try {
      await browser.scripting.executeScript({ target: { tabId: sender.tabId, frameIds: [sender.frameId ?? 0] }, files: [APP_SCRIPT] });
      return { ok: true };
    } catch (error) {
      return { ok: false, error: String(error) };
    }
  },
  'content:terms-changed': async ({ terms }, sender) => {
    if (sender.tabId !== undefined) await setBadge(sender.tabId, terms.length);
  },
};

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) =>
  dispatch(handlers, raw, { tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url }),
);

browser.tabs.onUpdated.addListener((tabId, info) => {
  if (info.status === 'loading' && info.url) void setBadge(tabId, 0).catch(() => undefined);
});

async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

browser.commands.onCommand.addListener(async (command) => {
  const tab = await activeTab();
  if (tab?.id === undefined) return;
  if (command === 'next-term' || command === 'previous-term') {
    await sendToTab(tab.id, 'page:step-term', { direction: command === 'next-term' ? 1 : -1 }).catch(() => undefined);
  } else if (command === 'toggle-site' && tab.url) {
    const host = new URL(tab.url).hostname;
    if (!host) return;
    const { settings } = await loadSettings(browser);
    const next = siteModeFor(settings, host) === 'off' ? 'on' : 'off';
    await saveSettings(browser, withSiteMode(settings, host, next));
  }
});
