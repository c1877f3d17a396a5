/**
 * The one place that reads and writes settings. Stored in storage.sync under one key; invalid
 * stored data is parsed into valid settings (keeping valid parts) and the problems are reported.
 */
import type Browser from 'webextension-polyfill';
import { parseSettings, type ParseResult, type Settings } from './schema.ts';

export const SETTINGS_KEY = 'settings';

type StorageApi = Pick<typeof Browser, 'storage'>;

export async function loadSettings(api: StorageApi): Promise<ParseResult> {
  const stored = await api.storage.sync.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(api: StorageApi, settings: Settings): Promise<void> {
  // Re-parse so nothing invalid is ever written, whatever the caller built.
  await api.storage.sync.set({ [SETTINGS_KEY]: parseSettings(settings).settings });
}

/** Calls back with freshly parsed settings whenever they change in any context. */
export function onSettingsChanged(api: StorageApi, callback: (result: ParseResult) => void): () => void {
  const listener = (changes: Record<string, Browser.Storage.StorageChange>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) callback(parseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  api.storage.onChanged.addListener(listener);
  return () => api.storage.onChanged.removeListener(listener);
}
