/** The keyboard shortcuts as the browser has them now, and where to change them. */
import browser, { type Commands } from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';

const isFirefox = () => typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';

export function Shortcuts() {
  const [commands, setCommands] = useState<Commands.Command[] | null>(null);
  useEffect(() => void browser.commands.getAll().then(setCommands, () => setCommands([])), []);
  return (
    <>
      <table class="shortcuts" data-testid="shortcut-table">
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Keys</th>
          </tr>
        </thead>
        <tbody>
          {(commands ?? []).map((c) => (
            <tr key={c.name}>
              <td>{c.description || (c.name === '_execute_action' ? 'Open the toolbar popup' : c.name)}</td>
              <td>{c.shortcut ? <kbd>{c.shortcut}</kbd> : <span class="muted">not set</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {isFirefox() ? (
        <p>
          To change them, open <code>about:addons</code>, click the gear button and choose <em>Manage Extension Shortcuts</em>.
        </p>
      ) : (
        <p>
          To change them, open <code>chrome://extensions/shortcuts</code>{' '}
          <button type="button" class="link" onClick={() => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' })}>
            (open it)
          </button>
          . A shortcut the browser or another extension already uses shows as not set.
        </p>
      )}
    </>
  );
}
