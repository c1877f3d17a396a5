/** The options page: defaults, site rules, appearance, shortcuts, export/import, and what the pack is. */
import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import pack from 'pack:full';
import { loadSettings, onSettingsChanged } from '../shared/settings/store.ts';
import { requestChange } from '../shared/settings/save.ts';
import type { SettingsChange } from '../shared/settings/changes.ts';
import type { ParseResult } from '../shared/settings/schema.ts';
import { SourceList, formatIsoDate } from '../shared/ui/sources.tsx';
import { modeLabel } from '../shared/ui/site-modes.ts';
import { applyTheme } from '../shared/ui/theme.ts';
import { Choice } from './choice.tsx';
import { SiteRules } from './site-rules.tsx';
import { Shortcuts } from './shortcuts.tsx';
import { TransferPanel } from './transfer-panel.tsx';

function StoredProblems({ problems }: { problems: string[] }) {
  if (!problems.length) return null;
  return (
    <div class="notice" role="alert" data-testid="stored-problems">
      <p>
        <strong>Some stored settings were invalid.</strong> The extension uses the defaults for these parts and keeps everything else; the next change you
        make here stores the repaired settings.
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
      setSaveError(`Could not save: ${(error as Error).message}`);
      setResult((r) => r && { ...r });
      return false;
    }
  };
  const set = (patch: Extract<SettingsChange, { kind: 'set' }>['patch']) => void save({ kind: 'set', patch });

  if (!result) return <main aria-busy="true" />;
  const s = result.settings;
  return (
    <main>
      <h1>{browser.runtime.getManifest().name}: settings</h1>
      <StoredProblems problems={result.problems} />
      {saveError && (
        <p class="error" role="alert">
          {saveError}
        </p>
      )}

      <Section id="defaults" title="Defaults">
        <Choice
          name="defaultMode"
          legend="On sites without a rule"
          value={s.defaultMode}
          options={[
            { value: 'on', label: modeLabel('on'), hint: 'highlight articles about the topic' },
            { value: 'off', label: modeLabel('off'), hint: 'only sites you turn on are read' },
            { value: 'always', label: modeLabel('always'), hint: 'highlight terms on every page, detected or not' },
          ]}
          onChange={(defaultMode) => set({ defaultMode })}
        />
        <Choice
          name="occurrences"
          legend="Which occurrences to highlight"
          value={s.occurrences}
          options={[
            { value: 'all', label: 'Every occurrence' },
            { value: 'first', label: 'The first occurrence of each term' },
          ]}
          onChange={(occurrences) => set({ occurrences })}
        />
      </Section>

      <Section id="sites" title="Site rules">
        <SiteRules settings={s} save={save} />
      </Section>

      <Section id="appearance" title="Appearance">
        <Choice
          name="highlight"
          legend="Highlight style"
          value={s.appearance.highlight}
          options={[
            { value: 'underline', label: 'Dotted underline' },
            { value: 'background', label: 'Coloured background' },
          ]}
          onChange={(highlight) => set({ appearance: { highlight } })}
        />
        <p class="preview" aria-hidden="true">
          Preview: the <mark class={`sample ${s.appearance.highlight}`}>Ottawa Convention</mark> bans antipersonnel mines.
        </p>
        <Choice
          name="theme"
          legend="Theme of the card, popup and this page"
          value={s.appearance.theme}
          options={[
            { value: 'auto', label: 'Automatic', hint: 'follows the system, and for the card the page behind it' },
            { value: 'light', label: 'Light' },
            { value: 'dark', label: 'Dark' },
          ]}
          onChange={(theme) => set({ appearance: { theme } })}
        />
      </Section>

      <Section id="shortcuts" title="Keyboard shortcuts">
        <Shortcuts />
      </Section>

      <Section id="transfer" title="Export and import">
        <TransferPanel settings={s} save={save} />
      </Section>

      <Section id="about" title="About">
        <p data-testid="pack-version">
          Topic pack “{pack.meta.title}” version {pack.meta.version}, updated <time dateTime={pack.meta.updated}>{formatIsoDate(pack.meta.updated)}</time>; facts as of{' '}
          <time dateTime={pack.meta.factsAsOf}>{formatIsoDate(pack.meta.factsAsOf)}</time> (the newest news it has read). Its
          text is licensed {pack.meta.license}.
        </p>
        {pack.meta.description && <p>{pack.meta.description}</p>}
        <p>The extension sends nothing anywhere: everything it shows comes from this pack, bundled with it.</p>
        <h3>Sources ({pack.sources.length})</h3>
        <SourceList sources={[...pack.sources].sort((a, b) => b.published.localeCompare(a.published))} testId="sources" />
      </Section>
    </main>
  );
}
