/** The options page: defaults, site rules, appearance, shortcuts, export/import, and what the pack is. */
import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import packs from 'pack:all';
import { PackAbout } from './pack-about.tsx';
import { loadSettings, onSettingsChanged } from '../shared/settings/store.ts';
import { requestChange, type SaveResult } from '../shared/settings/save.ts';
import type { SettingsChange } from '../shared/settings/changes.ts';
import type { ParseResult, Settings } from '../shared/settings/schema.ts';
import { controlsIn, type Section as SectionName } from '../shared/settings/labels.ts';
import { applyTheme } from '../shared/ui/theme.ts';
import { Choice } from './choice.tsx';
import { SiteRules } from './site-rules.tsx';
import { Shortcuts } from './shortcuts.tsx';
import { TransferPanel } from './transfer-panel.tsx';
import { t, tParts } from '../shared/ui/i18n.ts';

function StoredProblems({ problems }: { problems: string[] }) {
  if (!problems.length) return null;
  return (
    <div class="notice" role="alert" data-testid="stored-problems">
      <p>
        <strong>{t('optionsStoredInvalid')}</strong> {t('optionsStoredInvalidMore')}
      </p>
      <ul>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: preact.ComponentChildren }) {
  return (
    <section aria-labelledby={`${id}-h`} data-testid={id}>
      <h2 id={`${id}-h`}>{title}</h2>
      {children}
    </section>
  );
}

/** The radio groups of one section, as the settings tables declare them. */
function Controls({ section, settings, save }: { section: SectionName; settings: Settings; save(change: SettingsChange): void }) {
  return (
    <>
      {controlsIn(section, settings).map((c) => (
        <Choice key={c.name} name={c.name} legend={c.legend} value={c.value} options={c.options} onChange={(v) => save(c.change(v))} />
      ))}
    </>
  );
}

/** The stored settings, kept current with every change from any page, and the theme they ask for. */
function useStoredSettings() {
  const [result, setResult] = useState<ParseResult | null>(null);
  useEffect(() => {
    void loadSettings(browser).then(setResult);
    // Changes from the popup, the keyboard command or another window show up here at once.
    return onSettingsChanged(browser, (next) => setResult(next));
  }, []);
  useEffect(() => {
    if (result) applyTheme(result.settings.appearance.theme);
  }, [result?.settings.appearance.theme]);
  return [result, setResult] as const;
}

export function Options() {
  const [result, setResult] = useStoredSettings();
  const [saveError, setSaveError] = useState('');

  /**
   * Has `change` applied to the settings as stored now. The page shows a change only once it is
   * stored: otherwise every control shows the stored state again.
   */
  const store = async (change: SettingsChange): Promise<SaveResult> => {
    const saved = await requestChange(browser, change);
    setResult((r) => (saved.ok ? { settings: saved.settings, problems: [] } : r && { ...r }));
    return saved;
  };
  /** `store`, with why nothing was stored said at the top of the page. */
  const save = async (change: SettingsChange): Promise<boolean> => {
    const saved = await store(change);
    setSaveError(saved.ok ? '' : t('optionsCouldNotSave', saved.problems.join(' ')));
    return saved.ok;
  };
  const saveQuietly = (change: SettingsChange) => void save(change);

  if (!result) return <main aria-busy="true" />;
  const s = result.settings;
  return (
    <main>
      <h1>{t('optionsTitle', t('extName'))}</h1>
      <StoredProblems problems={result.problems} />
      {saveError && (
        <p class="error" role="alert">
          {saveError}
        </p>
      )}
      <Section id="defaults" title={t('optionsDefaults')}>
        <Controls section="defaults" settings={s} save={saveQuietly} />
      </Section>
      <Section id="sites" title={t('optionsSiteRules')}>
        <SiteRules settings={s} save={save} />
      </Section>
      <Section id="appearance" title={t('optionsAppearance')}>
        <Controls section="appearance" settings={s} save={saveQuietly} />
        <p class="preview" aria-hidden="true">
          {tParts('optionsPreview', <mark class={`sample ${s.appearance.highlight}`}>{t('optionsPreviewTerm')}</mark>)}
        </p>
      </Section>
      <Section id="claims" title={t('claimsNotes')}>
        <Controls section="claims" settings={s} save={saveQuietly} />
      </Section>
      <Section id="shortcuts" title={t('optionsShortcuts')}>
        <Shortcuts />
      </Section>
      <Section id="transfer" title={t('optionsTransfer')}>
        <TransferPanel settings={s} save={store} />
      </Section>
      <Section id="about" title={t('optionsAbout')}>
        {packs.map((pack) => (
          <PackAbout key={pack.meta.id} pack={pack} />
        ))}
        <p>{t('optionsSendsNothing')}</p>
      </Section>
    </main>
  );
}
