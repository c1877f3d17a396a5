/**
 * The toolbar popup: what the extension found on the active tab (or on tab N with ?tabId=N), the
 * switch for the site, and a short sourced summary of the topic that is useful on any page.
 * Every region has a fixed size from the first paint, so nothing moves when the answers arrive.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import { isEnvelope, type PageState, type Req } from '../shared/messages.ts';
import { describeVerdict } from '../shared/detection-text.ts';
import { sendToTab } from '../shared/tabs.ts';
import { loadSettings, onSettingsChanged } from '../shared/settings/store.ts';
import type { Settings } from '../shared/settings/schema.ts';
import { applyTheme } from '../shared/ui/theme.ts';
import { noAnswer, unscriptableReason } from './page-access.ts';
import { SiteSwitch } from './site-switch.tsx';
import { TermList } from './term-list.tsx';
import { ClaimList } from './claim-list.tsx';
import { packForTopic, TopicSummaryView } from './topic-summary.tsx';
import { t, type MessageKey } from '../shared/ui/i18n.ts';
import type { DetectionReport } from '../shared/detection.ts';


export type Load =
  | { status: 'loading' }
  | { status: 'unscriptable'; reason: string }
  | { status: 'ready'; tabId: number; page: PageState };

async function resolveTab(tabId?: number) {
  if (tabId !== undefined) return browser.tabs.get(tabId);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function readTab(tabId?: number): Promise<{ tabId?: number; load: Load }> {
  const tab = await resolveTab(tabId).catch(() => undefined);
  if (tab?.id === undefined) return { load: { status: 'unscriptable', reason: t('popupNoTab') } };
  const blocked = unscriptableReason(tab.url);
  if (blocked) return { load: { status: 'unscriptable', reason: blocked } };
  const page = await sendToTab(tab.id, 'ui-to-cs:get-state', {}).catch(() => undefined);
  return { tabId: tab.id, load: page ? { status: 'ready', tabId: tab.id, page } : { status: 'unscriptable', reason: noAnswer() } };
}

/**
 * The page's state for the tab shown: read once, then as the content script reports each change
 * (`cs-to-all:state-changed`), so the popup never shows what the page no longer shows.
 */
function usePageState(tabId?: number): Load {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    let alive = true;
    let shown = tabId;
    const onMessage = (raw: unknown, sender: Runtime.MessageSender) => {
      if (isEnvelope(raw) && raw.type === 'cs-to-all:state-changed' && shown !== undefined && sender.tab?.id === shown && sender.frameId === 0) {
        setLoad({ status: 'ready', tabId: shown, page: (raw.payload as Req<'cs-to-all:state-changed'>).state });
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    void readTab(tabId).then((r) => {
      if (!alive) return;
      shown = r.tabId;
      // A report that arrived while we asked is newer than the answer: keep it.
      setLoad((now) => (now.status === 'ready' ? now : r.load));
    });
    return () => {
      alive = false;
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [tabId]);
  return load;
}

const WHERE: Record<DetectionReport['terms'][number]['where'][number], MessageKey> = { title: 'whereTitle', heading: 'whereHeading', body: 'whereBody' };

/** The detector's score and the terms that counted. */
function Figures({ d }: { d: DetectionReport }) {
  return (
    <>
      {/* Not detected: the reason leads, the figures follow. */}
      {!d.detected && d.terms.length > 0 && <span data-testid="reason">{describeVerdict(d)} </span>}
      <span>{t('popupScore', d.score, d.threshold)} </span>
      {d.terms.length ? (
        <>
          <span>{t('popupTermsCounted')} </span>
          <ul class="counted" aria-label={t('popupTermsCountedLabel')}>
            {d.terms.map((term) => (
              <li key={term.phrase}>
                {term.phrase} ×{term.count}
                <span class="muted"> ({term.where.map((w) => t(WHERE[w])).join(', ')})</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <span>{describeVerdict(d)}</span>
      )}
    </>
  );
}

function DetectionView({ load }: { load: Load }) {
  if (load.status === 'loading') {
    return (
      <div class="status" aria-busy="true">
        <p data-testid="detection" class="verdict muted">{t('popupReading')}</p>
        <p class="why skeleton" aria-hidden="true" />
      </div>
    );
  }
  if (load.status === 'unscriptable') {
    return (
      <div class="status">
        <p data-testid="detection" class="verdict">{t('popupCantRun')}</p>
        <p class="why" data-testid="unscriptable">{load.reason}</p>
      </div>
    );
  }
  const { detection: d, error, siteOff } = load.page;
  // The topic in the pack's own words: the one detected, or the one that came closest.
  const topic = d ? packForTopic(d.topic).meta.title : '';
  const verdict = !d ? t('popupNotChecked') : t(d.detected ? 'popupDetected' : 'popupNotDetected', topic);
  return (
    <div class="status">
      <p data-testid="detection" class={`verdict ${d?.detected ? 'yes' : ''}`}>
        {verdict}
      </p>
      {/* Focusable so the keyboard can scroll it when the list is long. */}
      <div class="why" data-testid="why" tabIndex={0} role="group" aria-label={t('popupWhy')}>
        {/* The browser's own words stay out of the text (they are English only) but at hand. */}
        {error ? (
          <strong data-testid="start-error" title={error}>
            {t('popupCouldNotStart')}{' '}
          </strong>
        ) : null}
        {d ? <Figures d={d} /> : <span>{t(siteOff ? 'popupSiteOffNotRead' : 'popupReading')}</span>}
      </div>
    </div>
  );
}

export function Popup({ tabId }: { tabId?: number }) {
  const load = usePageState(tabId);
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    let alive = true;
    void loadSettings(browser).then((r) => {
      if (!alive) return;
      setSettings(r.settings);
      applyTheme(r.settings.appearance.theme);
    });
    const stopSettings = onSettingsChanged(browser, ({ settings: next }) => {
      setSettings(next);
      applyTheme(next.appearance.theme);
    });
    return () => {
      alive = false;
      stopSettings();
    };
  }, []);

  const topicPack = packForTopic(load.status === 'ready' ? load.page.detection?.topic : undefined);
  return (
    <main>
      <header class="top">
        <h1>{t('extName')}</h1>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupSettings')}
        </button>
      </header>
      <section class="page" aria-labelledby="page-h">
        <h2 id="page-h" class="visually-hidden">
          {t('popupThisPage')}
        </h2>
        <DetectionView load={load} />
        <SiteSwitch host={load.status === 'ready' ? load.page.host : null} settings={settings} />
        <TermList load={load} />
      </section>
      <ClaimList load={load} settings={settings} />
      {/* On a page that is not about the topic the summary is one click away, not the panel's
          main content; it is open at once where the page is about it. */}
      <details class="summary-box" open={load.status === 'ready' && !!load.page.detection?.detected} data-testid="summary-box">
        <summary>{t('popupAboutTopic', topicPack.meta.title)}</summary>
        <TopicSummaryView pack={topicPack} />
      </details>
    </main>
  );
}
