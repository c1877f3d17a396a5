/**
 * The one place that reads settings (writing is in save.ts, which the always-on content script
 * does not need). Stored in storage.sync under one key; invalid stored data is parsed into valid
 * settings (keeping valid parts) and the problems are reported.
 */
import type Browser from 'webextension-polyfill';
import { parseSettings, type ParseResult } from './schema.ts';

export const SETTINGS_KEY = 'settings';

export type StorageApi = Pick<typeof Browser, 'storage'>;

export async function loadSettings(api: StorageApi): Promise<ParseResult> {
  const stored = await api.storage.sync.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

/** Calls back with freshly parsed settings whenever they change in any context. */
export function onSettingsChanged(api: StorageApi, callback: (result: ParseResult) => void): () => void {
  const listener = (changes: Record<string, Browser.Storage.StorageChange>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) callback(parseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  api.storage.onChanged.addListener(listener);
  return () => api.storage.onChanged.removeListener(listener);
}
