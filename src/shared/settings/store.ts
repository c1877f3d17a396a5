/**
 * The one place that reads settings (writing is in save.ts, which the always-on content script
 * does not need). In storage.sync the settings are one item under `settings` without the rules,
 * and one item per site rule (`site:*.example.com` for a host and its subdomains,
 * `site:example.com` for the host alone): two devices that change different rules then both keep
 * their change, as sync merges item by item. Invalid stored data is parsed into valid settings
 * (keeping valid parts) and the problems are reported.
 */
import type Browser from 'webextension-polyfill';
import { parseSettings, type ParseResult } from './schema.ts';

export const SETTINGS_KEY = 'settings';
export const RULE_PREFIX = 'site:';
/** What a rule's item holds besides its key: the mode, and its place in the list (`at`, ascending). */
export interface RuleItem {
  mode: unknown;
  at: number;
}

export type StorageApi = Pick<typeof Browser, 'storage'>;

/**
 * The stored items put together in the shape parseSettings reads. A `settings` item that holds
 * its own `sites` list was written before rules had items of their own (or by hand): its list is
 * the rules, and rule items are left out until the next save replaces it.
 */
export function readItems(items: Record<string, unknown>): ParseResult {
  const base = items[SETTINGS_KEY] as { sites?: unknown } | undefined;
  if (typeof base !== 'object' || !base || Array.isArray(base) || base.sites) return parseSettings(base);
  const rules = Object.keys(items)
    .filter((key) => key.startsWith(RULE_PREFIX))
    .map((key) => {
      const wide = key.startsWith(`${RULE_PREFIX}*.`);
      const item = items[key] as Partial<RuleItem> | null;
      return { host: key.slice(RULE_PREFIX.length + (wide ? 2 : 0)), includeSubdomains: wide, mode: item?.mode ?? item, at: Number(item?.at) || 0 };
    })
    .sort((a, b) => a.at - b.at);
  return parseSettings({ ...base, sites: rules });
}

export async function loadSettings(api: StorageApi): Promise<ParseResult> {
  return readItems(await api.storage.sync.get(null));
}

/** Calls back with freshly read settings whenever they change in any context (the newest read wins). */
export function onSettingsChanged(api: StorageApi, callback: (result: ParseResult) => void): () => void {
  let reads = 0;
  const listener = (_changes: unknown, area: string) => {
    // Everything in the extension's storage.sync is settings: any change there is one.
    if (area !== 'sync') return;
    const read = ++reads;
    // A change event names only the items that changed; the settings are all of them.
    void loadSettings(api).then((result) => read === reads && callback(result), () => undefined);
  };
  api.storage.onChanged.addListener(listener);
  return () => api.storage.onChanged.removeListener(listener);
}
