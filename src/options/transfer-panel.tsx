/** Export the settings to a JSON file, or import one: an invalid file changes nothing and says why. */
import { useState } from 'preact/hooks';
import type { Settings } from '../shared/settings/schema.ts';
import { MAX_IMPORT_BYTES, exportFileName, exportSettings, importSettings } from '../shared/settings/transfer.ts';

interface Props {
  settings: Settings;
  save(next: Settings): Promise<void>;
}

type Message = { error: boolean; title: string; problems?: string[] };

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function TransferPanel({ settings, save }: Props) {
  const [message, setMessage] = useState<Message | null>(null);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = importSettings(file.size > MAX_IMPORT_BYTES ? '' : await file.text(), file.size);
    if (!result.ok) {
      setMessage({ error: true, title: `“${file.name}” was not imported; nothing was changed.`, problems: result.problems });
      return;
    }
    try {
      await save(result.settings);
      setMessage({ error: false, title: `Imported “${file.name}”: ${result.settings.sites.length} site rules, default ${result.settings.defaultMode}.` });
    } catch (error) {
      setMessage({ error: true, title: `“${file.name}” could not be saved: ${(error as Error).message}` });
    }
  };

  return (
    <>
      <p>
        <button type="button" data-testid="export" onClick={() => download(exportSettings(settings), exportFileName())}>
          Export settings
        </button>{' '}
        <label class="file">
          Import settings from a file… <input type="file" data-testid="import" accept=".json,application/json" onChange={(e) => void onFile(e.currentTarget as HTMLInputElement)} />
        </label>
      </p>
      <div role={message?.error ? 'alert' : 'status'} data-testid="import-message" class={message?.error ? 'error' : 'ok'}>
        {message && (
          <>
            <p>{message.title}</p>
            {message.problems && (
              <ul>
                {message.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </>
  );
}
