/** The keyboard shortcuts as the browser has them now, and where to change them. */
import browser, { type Commands } from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import { t, tParts } from '../shared/ui/i18n.ts';

const isFirefox = () => typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';

export function Shortcuts() {
  const [commands, setCommands] = useState<Commands.Command[] | null>(null);
  useEffect(() => void browser.commands.getAll().then(setCommands, () => setCommands([])), []);
  return (
    <>
      <table class="shortcuts" data-testid="shortcut-table">
        <thead>
          <tr>
            <th scope="col">{t('shortcutsAction')}</th>
            <th scope="col">{t('shortcutsKeys')}</th>
          </tr>
        </thead>
        <tbody>
          {(commands ?? []).map((c) => (
            <tr key={c.name}>
              <td>{c.description || (c.name === '_execute_action' ? t('shortcutsOpenPopup') : c.name)}</td>
              <td>{c.shortcut ? <kbd>{c.shortcut}</kbd> : <span class="muted">{t('shortcutsNotSet')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {isFirefox() ? (
        <p>
          {tParts('shortcutsFirefox', <code>about:addons</code>, <em>{t('shortcutsFirefoxMenu')}</em>)}
        </p>
      ) : (
        <p>
          {tParts(
            'shortcutsChrome',
            <code>chrome://extensions/shortcuts</code>,
            <button type="button" class="link" onClick={() => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' })}>
              {t('shortcutsOpenIt')}
            </button>,
          )}
        </p>
      )}
    </>
  );
}
