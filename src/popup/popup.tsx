/** The toolbar popup: what the extension found on the active tab, and the site switch. */
import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import pack from 'pack:full';
import type { PageState } from '../shared/messages.ts';
import { sendToTab } from '../shared/tabs.ts';
import { loadSettings, saveSettings } from '../shared/settings/store.ts';
import { siteModeFor, withSiteMode, type Settings, type SiteMode } from '../shared/settings/schema.ts';

type Load =
  | { status: 'loading' }
  | { status: 'unscriptable'; reason: string }
  | { status: 'ready'; tabId: number; page: PageState };

async function resolveTab(tabId?: number) {
  if (tabId !== undefined) return browser.tabs.get(tabId);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

export function Popup({ tabId }: { tabId?: number }) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    void loadSettings(browser).then((r) => setSettings(r.settings));
    void (async () => {
      const tab = await resolveTab(tabId);
      if (!tab?.id) return setLoad({ status: 'unscriptable', reason: 'No tab to show.' });
      try {
        const page = await sendToTab(tab.id, 'page:get-state', {});
        setLoad({ status: 'ready', tabId: tab.id, page });
      } catch {
        setLoad({ status: 'unscriptable', reason: 'This page cannot be read by extensions (a browser page, the web store, a PDF viewer), or it is still loading.' });
      }
    })();
  }, [tabId]);

  const host = load.status === 'ready' ? load.page.host : '';
  const mode: SiteMode | null = settings && host ? siteModeFor(settings, host) : null;
  const setMode = async (m: SiteMode) => {
    if (!settings || !host) return;
    const next = withSiteMode(settings, host, m);
    setSettings(next);
    await saveSettings(browser, next);
  };

  return (
    <main>
      <h1>{pack.meta.title}</h1>
      {load.status === 'loading' && <p>Reading the page…</p>}
      {load.status === 'unscriptable' && <p class="note">{load.reason}</p>}
      {load.status === 'ready' && (
        <section aria-labelledby="page-h">
          <h2 id="page-h">This page</h2>
          <p data-testid="detection">{load.page.detection?.detected ? 'Detected as an article about landmine policy.' : 'Not detected as an article about landmine policy.'} {load.page.detection?.reason}</p>
          <ul data-testid="terms">
            {load.page.terms.map((t) => (
              <li key={t.id}>
                <button type="button" onClick={() => void sendToTab(load.tabId, 'page:focus-term', { termId: t.id })}>{t.label}</button> ×{t.count}
              </li>
            ))}
          </ul>
          {mode && (
            <fieldset>
              <legend>On {host} and its subdomains</legend>
              {(['on', 'off', 'always'] as const).map((m) => (
                <label key={m}>
                  <input type="radio" name="site-mode" value={m} checked={mode === m} onChange={() => void setMode(m)} />
                  {m === 'on' ? 'On (when detected)' : m === 'off' ? 'Off' : 'Always highlight'}
                </label>
              ))}
            </fieldset>
          )}
        </section>
      )}
    </main>
  );
}
