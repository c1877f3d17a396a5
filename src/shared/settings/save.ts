/**
 * Writing settings. Writes are checked against storage.sync's limits first and fail with a
 * message a person can act on; changes go through `updateSettings`, which applies them to what
 * is stored now.
 */
import { MAX_SITE_RULES, parseSettings, type Settings } from './schema.ts';
import { loadSettings, SETTINGS_KEY, type StorageApi } from './store.ts';
import { envelope, type Res } from '../messages.ts';
import type { SettingsChange } from './changes.ts';
import { t } from '../ui/i18n.ts';

/** storage.sync's per-item quota in Chrome (QUOTA_BYTES_PER_ITEM); Firefox allows the same. */
export const QUOTA_BYTES_PER_ITEM = 8_192;

/** A save that did not happen, with the reason in words for the person who asked for it. */
export class SettingsError extends Error {}

/** Bytes storage.sync counts for `settings` under our key (key plus JSON, in UTF-8). */
export function storedBytes(settings: Settings): number {
  return new TextEncoder().encode(SETTINGS_KEY + JSON.stringify(settings)).length;
}

/** How many of `settings`' rules fit in one synced item, in order. */
export function rulesThatFit(settings: Settings): number {
  let bytes = storedBytes({ ...settings, sites: [] });
  let n = 0;
  // Each rule adds its JSON and a comma.
  for (const rule of settings.sites) {
    bytes += new TextEncoder().encode(JSON.stringify(rule)).length + 1;
    if (bytes > QUOTA_BYTES_PER_ITEM) break;
    n++;
  }
  return n;
}

/** Why storage.sync would refuse `settings`, or null. */
export function quotaProblem(settings: Settings): string | null {
  const n = settings.sites.length;
  if (n > MAX_SITE_RULES) return t('saveTooManyRules', n, MAX_SITE_RULES);
  const bytes = storedBytes(settings);
  if (bytes <= QUOTA_BYTES_PER_ITEM) return null;
  return t('saveTooBig', bytes.toLocaleString('en'), QUOTA_BYTES_PER_ITEM.toLocaleString('en'), rulesThatFit(settings), n);
}

/** The browser's storage errors, said so a person can act on them. */
function explain(error: unknown): SettingsError {
  const raw = error instanceof Error ? error.message : String(error);
  if (/WRITE_OPERATIONS_PER_(MINUTE|HOUR)/i.test(raw)) return new SettingsError(t('saveRateLimited'));
  if (/quota/i.test(raw)) return new SettingsError(t('saveQuota'));
  return new SettingsError(t('saveFailed', raw));
}

export async function saveSettings(api: StorageApi, settings: Settings): Promise<void> {
  // Re-parse so nothing invalid is ever written, whatever the caller built; but a rule past the
  // limit is an error to report, not something to drop without a word.
  const problem = quotaProblem(settings);
  if (problem) throw new SettingsError(problem);
  try {
    await api.storage.sync.set({ [SETTINGS_KEY]: parseSettings(settings).settings });
  } catch (error) {
    throw explain(error);
  }
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Applies `change` to the settings as stored now and saves the result; changes made in this
 * context run one after another, each on top of the last, so none is lost to a stale copy.
 * Resolves with what was stored; rejects with a SettingsError when nothing was.
 */
export function updateSettings(api: StorageApi, change: (current: Settings) => Settings): Promise<Settings> {
  const run = queue.then(async () => {
    const next = change((await loadSettings(api)).settings);
    await saveSettings(api, next);
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}


type MessagingApi = { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/**
 * From an extension page: has the background apply `change` (see changes.ts) and resolves with
 * what was stored; rejects with a SettingsError saying why when nothing was.
 */
export async function requestChange(api: MessagingApi, change: SettingsChange): Promise<Settings> {
  const res = (await api.runtime.sendMessage(envelope('ui-to-bg:update-settings', { change }))) as Res<'ui-to-bg:update-settings'> | undefined;
  if (!res) throw new SettingsError(t('saveNoAnswer'));
  if (!res.ok) throw new SettingsError(res.error);
  return res.settings;
}
