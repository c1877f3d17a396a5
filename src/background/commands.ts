/** Keyboard commands: step through the terms of the active tab, or switch its site on or off. */
import browser, { type Tabs } from 'webextension-polyfill';
import { sendToTab } from '../shared/tabs.ts';
import { loadSettings, saveSettings } from '../shared/settings/store.ts';
import { siteModeFor, withSiteMode } from '../shared/settings/schema.ts';

/** Flips the tab's site between off and on (an "always" site goes off). Returns the new mode. */
export async function toggleSite(url: string | undefined): Promise<'on' | 'off' | null> {
  let host = '';
  try {
    host = url ? new URL(url).hostname : '';
  } catch {
    // Not a URL we can name a site for.
  }
  if (!host) return null;
  const { settings } = await loadSettings(browser);
  const next = siteModeFor(settings, host) === 'off' ? 'on' : 'off';
  await saveSettings(browser, withSiteMode(settings, host, next));
  return next;
}

export async function runCommand(command: string, tab: Tabs.Tab | undefined): Promise<void> {
  if (tab?.id === undefined) return;
  if (command === 'next-term' || command === 'previous-term') {
    await sendToTab(tab.id, 'page:step-term', { direction: command === 'next-term' ? 1 : -1 }).catch(() => undefined);
  } else if (command === 'toggle-site') {
    await toggleSite(tab.url);
  }
}
