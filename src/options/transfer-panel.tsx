/**
 * Export the settings to a JSON file, or import one. An invalid file changes nothing and says why;
 * a valid one replaces everything, so it is applied only once confirmed, and can be undone.
 */
import { useState } from 'preact/hooks';
import type { Settings } from '../shared/settings/schema.ts';
import type { SettingsChange } from '../shared/settings/changes.ts';
import type { SaveResult } from '../shared/settings/save.ts';
import { MAX_IMPORT_BYTES, exportFileName, exportSettings, importSettings } from '../shared/settings/transfer.ts';
import { t, tCount } from '../shared/ui/i18n.ts';

interface Props {
  settings: Settings;
  /** Has a change applied to the stored settings; says why when it was not stored. */
  save(change: SettingsChange): Promise<SaveResult>;
}

type Message = { error: boolean; title: string; problems?: string[] };
/** A valid file waiting for the reader's go-ahead. */
type Pending = { name: string; settings: Settings };

const rules = (n: number) => tCount('siteRules', n);

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The go-ahead for a valid file: it replaces everything, so the reader is told how much first. */
function ImportConfirm({ pending, current, apply, cancel }: { pending: Pending; current: number; apply(): void; cancel(): void }) {
  return (
    <div class="notice" role="alertdialog" aria-labelledby="import-confirm-text" data-testid="import-confirm">
      <p id="import-confirm-text">
        {t('importConfirm', pending.name, rules(pending.settings.sites.length), rules(current))}
      </p>
      <button type="button" data-testid="import-apply" onClick={apply}>
        {t('importApply')}
      </button>{' '}
      <button type="button" onClick={cancel}>
        {t('importCancel')}
      </button>
    </div>
  );
}

function ImportMessage({ message, undo }: { message: Message | null; undo: (() => void) | null }) {
  return (
    <div role={message?.error ? 'alert' : 'status'} data-testid="import-message" class={message?.error ? 'error' : 'ok'}>
      {message && (
        <>
          <p>{message.title}</p>
          {message.problems && (
            <ul>
              {message.problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          )}
        </>
      )}
      {undo && (
        <button type="button" data-testid="import-undo" onClick={undo}>
          {t('importUndo')}
        </button>
      )}
    </div>
  );
}

export function TransferPanel({ settings, save }: Props) {
  const [message, setMessage] = useState<Message | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [undo, setUndo] = useState<Settings | null>(null);

  const read = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setPending(null);
    setUndo(null);
    const result = importSettings(file.size > MAX_IMPORT_BYTES ? '' : await file.text(), file.size);
    if (!result.ok) return setMessage({ error: true, title: t('importInvalid', file.name), problems: result.problems });
    setMessage(null);
    setPending({ name: file.name, settings: result.settings });
  };
  // Whatever a file holds, the reader gets a message: never an unhandled rejection and silence.
  const onFile = (input: HTMLInputElement) =>
    void read(input).catch((error: unknown) => setMessage({ error: true, title: t('importUnreadable', error instanceof Error ? error.name : 'error') }));

  const apply = async ({ name, settings: imported }: Pending) => {
    const previous = settings;
    setPending(null);
    const saved = await save({ kind: 'replace', settings: imported });
    if (!saved.ok) return setMessage({ error: true, title: t('importFailed', name), problems: saved.problems });
    setUndo(previous);
    setMessage({ error: false, title: t('importDone', name, rules(imported.sites.length), imported.defaultMode) });
  };
  const revert = async (previous: Settings) => {
    setUndo(null);
    const saved = await save({ kind: 'replace', settings: previous });
    if (saved.ok) return setMessage({ error: false, title: t('importRestored', rules(previous.sites.length)) });
    // Nothing changed, so the undo is still there to try again.
    setUndo(previous);
    setMessage({ error: true, title: t('importUndoFailed'), problems: saved.problems });
  };

  return (
    <>
      <p>
        <button type="button" data-testid="export" onClick={() => download(exportSettings(settings), exportFileName())}>
          {t('exportButton')}
        </button>{' '}
        <label class="file">
          {t('importLabel')} <input type="file" data-testid="import" accept=".json,application/json" onChange={(e) => onFile(e.currentTarget as HTMLInputElement)} />
        </label>
      </p>
      {pending && <ImportConfirm pending={pending} current={settings.sites.length} apply={() => void apply(pending)} cancel={() => setPending(null)} />}
      <ImportMessage message={message} undo={undo ? () => void revert(undo) : null} />
    </>
  );
}
