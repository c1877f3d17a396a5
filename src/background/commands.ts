/** Keyboard commands: step through the terms of the active tab, or switch its site on or off. */
import browser, { type Tabs } from 'webextension-polyfill';
import { sendToTab } from '../shared/tabs.ts';
import { updateSettings } from '../shared/settings/save.ts';
import { normaliseHost, siteModeFor, withSiteMode } from '../shared/settings/schema.ts';
import { t } from '../shared/ui/i18n.ts';

/**
 * Flips the tab's site between off and on (an "always" site goes off), on the settings as
 * stored at that moment. Says the new mode, or why nothing was saved; null when the tab's page
 * is not a site (a new tab, a browser page).
 */
export async function toggleSite(url: string | undefined): Promise<{ mode: 'on' | 'off' } | { problems: string[] } | null> {
  let host = '';
  try {
    host = url ? new URL(url).hostname : '';
  } catch {
    // Not a URL we can name a site for.
  }
  if (!host) return null;
  if (!normaliseHost(host)) return { problems: [t('siteCannotRule', host)] };
  let mode: 'on' | 'off' = 'off';
  const saved = await updateSettings(browser, (settings) => {
    mode = siteModeFor(settings, host) === 'off' ? 'on' : 'off';
    return withSiteMode(settings, host, mode);
  });
  return saved.ok ? { mode } : { problems: saved.problems };
}

/** The shortcut has no page of its own: a failure shows as "!" on the tab's badge, the reason in its tooltip. */
async function reportFailure(tabId: number, problems: string[]): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: '!' });
  await browser.action.setTitle({ tabId, title: t('badgeSwitchFailed', problems.join(' ')) });
}

export async function runCommand(command: string, tab: Tabs.Tab | undefined): Promise<void> {
  if (tab?.id === undefined) return;
  if (command === 'next-term' || command === 'previous-term') {
    await sendToTab(tab.id, 'bg-to-cs:step-term', { direction: command === 'next-term' ? 1 : -1 }).catch(() => undefined);
  } else if (command === 'toggle-site') {
    const tabId = tab.id;
    const result = await toggleSite(tab.url).catch((error: unknown) => ({ problems: [String(error)] }));
    if (result && 'problems' in result) await reportFailure(tabId, result.problems).catch(() => undefined);
  }
}
