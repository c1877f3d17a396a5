/** The options page: defaults, site rules, appearance, shortcuts, export/import, and what the pack is. */
import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import packs from 'pack:all';
import { PackAbout } from './pack-about.tsx';
import { loadSettings, onSettingsChanged } from '../shared/settings/store.ts';
import { requestChange } from '../shared/settings/save.ts';
import type { SettingsChange } from '../shared/settings/changes.ts';
import type { ParseResult } from '../shared/settings/schema.ts';
import { modeLabel } from '../shared/ui/site-modes.ts';
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

export function Options() {
  const [result, setResult] = useState<ParseResult | null>(null);
  const [saveError, setSaveError] = useState('');

  useEffect(() => {
    void loadSettings(browser).then(setResult);
    // Changes from the popup, the keyboard command or another window show up here at once.
    return onSettingsChanged(browser, (next) => setResult(next));
  }, []);
  useEffect(() => {
    if (result) applyTheme(result.settings.appearance.theme);
  }, [result?.settings.appearance.theme]);

  /**
   * Has `change` applied to the settings as stored now. The page shows a change only once it is
   * stored: on failure it says why and every control shows the stored state again.
   */
  const save = async (change: SettingsChange): Promise<boolean> => {
    try {
      const next = await requestChange(browser, change);
      setResult({ settings: next, problems: [] });
      setSaveError('');
      return true;
    } catch (error) {
      setSaveError(t('optionsCouldNotSave', (error as Error).message));
      setResult((r) => r && { ...r });
      return false;
    }
  };
  const set = (patch: Extract<SettingsChange, { kind: 'set' }>['patch']) => void save({ kind: 'set', patch });

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
        <Choice
          name="defaultMode"
          legend={t('optionsDefaultModeLegend')}
          value={s.defaultMode}
          options={[
            { value: 'on', label: modeLabel('on'), hint: t('optionsModeOnHint') },
            { value: 'off', label: modeLabel('off'), hint: t('optionsModeOffHint') },
            { value: 'always', label: modeLabel('always'), hint: t('optionsModeAlwaysHint') },
          ]}
          onChange={(defaultMode) => set({ defaultMode })}
        />
        <Choice
          name="occurrences"
          legend={t('optionsOccurrencesLegend')}
          value={s.occurrences}
          options={[
            { value: 'all', label: t('optionsOccurrencesAll') },
            { value: 'first', label: t('optionsOccurrencesFirst') },
          ]}
          onChange={(occurrences) => set({ occurrences })}
        />
      </Section>

      <Section id="sites" title={t('optionsSiteRules')}>
        <SiteRules settings={s} save={save} />
      </Section>

      <Section id="appearance" title={t('optionsAppearance')}>
        <Choice
          name="highlight"
          legend={t('optionsHighlightLegend')}
          value={s.appearance.highlight}
          options={[
            { value: 'underline', label: t('optionsHighlightUnderline') },
            { value: 'background', label: t('optionsHighlightBackground') },
          ]}
          onChange={(highlight) => set({ appearance: { highlight } })}
        />
        <p class="preview" aria-hidden="true">
          {tParts('optionsPreview', <mark class={`sample ${s.appearance.highlight}`}>{t('optionsPreviewTerm')}</mark>)}
        </p>
        <Choice
          name="theme"
          legend={t('optionsThemeLegend')}
          value={s.appearance.theme}
          options={[
            { value: 'auto', label: t('optionsThemeAuto'), hint: t('optionsThemeAutoHint') },
            { value: 'light', label: t('optionsThemeLight') },
            { value: 'dark', label: t('optionsThemeDark') },
          ]}
          onChange={(theme) => set({ appearance: { theme } })}
        />
      </Section>

      <Section id="shortcuts" title={t('optionsShortcuts')}>
        <Shortcuts />
      </Section>

      <Section id="transfer" title={t('optionsTransfer')}>
        <TransferPanel settings={s} save={save} />
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
