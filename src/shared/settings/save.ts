/**
 * Writing settings. Writes are checked against storage.sync's limits first and fail with a
 * message a person can act on; changes go through `updateSettings`, which applies them to what
 * is stored now.
 */
import { MAX_SITE_RULES, parseSettings, type Settings } from './schema.ts';
import { loadSettings, readItems, type StorageApi } from './store.ts';
import { planWrite, quotaProblem } from './items.ts';
import { envelope, type Res } from '../messages.ts';
import type { SettingsChange } from './changes.ts';
import { MAX_OFF_HOSTS } from '../claims/settings.ts';
import { t } from '../ui/i18n.ts';

/**
 * What a save did: what was stored, or why nothing was, in words for the person who asked.
 * Saving never throws: every place that saves shows the problems.
 */
export type SaveResult = { ok: true; settings: Settings } | { ok: false; problems: string[] };

const refused = (...problems: string[]): SaveResult => ({ ok: false, problems });

/** The browser's storage errors, said so a person can act on them. */
function explain(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  if (/WRITE_OPERATIONS_PER_(MINUTE|HOUR)/i.test(raw)) return t('saveRateLimited');
  if (/quota/i.test(raw)) return t('saveQuota');
  return t('saveFailed', raw);
}

/**
 * Writes `settings` when they are valid and fit; otherwise writes nothing and says why. Invalid
 * parts are refused, not repaired: a rule past the limit, say, is something to tell the person
 * who added it, not to drop without a word.
 */
export async function saveSettings(api: StorageApi, settings: Settings, base?: Settings): Promise<SaveResult> {
  // The limits first: their message says what to do, where the parser's would say what it dropped.
  const rules = Array.isArray(settings.sites) ? settings.sites.length : 0;
  if (rules > MAX_SITE_RULES) return refused(t('saveTooManyRules', rules, MAX_SITE_RULES));
  const offSites = settings.claimNotes?.offHosts?.length ?? 0;
  if (offSites > MAX_OFF_HOSTS) return refused(t('saveTooManyClaimSites', MAX_OFF_HOSTS));
  const { settings: clean, problems } = parseSettings(settings);
  if (problems.length) return refused(...problems);
  const problem = quotaProblem(clean);
  if (problem) return refused(problem);
  try {
    const stored = await api.storage.sync.get(null);
    const { set, remove } = planWrite(clean, base ?? readItems(stored).settings, stored);
    // Written before the removals, so a rule edited in place is never missing in between.
    if (Object.keys(set).length) await api.storage.sync.set(set);
    if (remove.length) await api.storage.sync.remove(remove);
    return { ok: true, settings: clean };
  } catch (error) {
    return refused(explain(error));
  }
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Applies `change` to the settings as stored now and saves the result; changes made in this
 * context run one after another, each on top of the last, so none is lost to a stale copy.
 */
export function updateSettings(api: StorageApi, change: (current: Settings) => Settings): Promise<SaveResult> {
  const run = queue.then(async () => {
    try {
      const base = (await loadSettings(api)).settings;
      return await saveSettings(api, change(base), base);
    } catch (error) {
      return refused(explain(error));
    }
  });
  queue = run;
  return run;
}

type MessagingApi = { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/** From an extension page: has the background apply `change` (see changes.ts) and says what was stored, or why nothing was. */
export async function requestChange(api: MessagingApi, change: SettingsChange): Promise<SaveResult> {
  try {
    const res = (await api.runtime.sendMessage(envelope('ui-to-bg:update-settings', { change }))) as Res<'ui-to-bg:update-settings'> | undefined;
    return res ?? refused(t('saveNoAnswer'));
  } catch (error) {
    return refused(t('saveFailed', error instanceof Error ? error.message : String(error)));
  }
}
