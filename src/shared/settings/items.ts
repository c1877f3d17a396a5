/**
 * How settings are laid out in storage.sync for writing (store.ts reads them back): the `settings`
 * item without the rules, one item per rule. A save writes only the items its change touched, so
 * a change made elsewhere in the meantime (another device, another page) to other items is kept.
 * Also the quota checks, which follow the layout.
 */
import { MAX_SITE_RULES, type Settings, type SiteRule } from './schema.ts';
import { RULE_PREFIX, SETTINGS_KEY, type RuleItem } from './store.ts';
import { t } from '../ui/i18n.ts';

/** storage.sync's per-item quota in Chrome (QUOTA_BYTES_PER_ITEM); Firefox allows the same. */
export const QUOTA_BYTES_PER_ITEM = 8_192;
/** storage.sync's quota for everything the extension stores (QUOTA_BYTES). */
export const QUOTA_BYTES = 102_400;

export const ruleKey = (rule: Pick<SiteRule, 'host' | 'includeSubdomains'>): string => `${RULE_PREFIX}${rule.includeSubdomains ? '*.' : ''}${rule.host}`;

/** The `settings` item: everything but the rules. */
function mainItem({ sites: _sites, ...rest }: Settings): Omit<Settings, 'sites'> {
  return rest;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface WritePlan {
  set: Record<string, unknown>;
  remove: string[];
}

/**
 * What to write so that storage holds `next`, given `base`, the settings the change was made on,
 * and `stored`, the items as they are now. Only what differs from `base` is written; a rule keeps
 * its place (`at`), a rule edited in place takes the place of the one it replaced, and a new one
 * goes last. Settings still in one item (the layout before rule items) are written out whole.
 */
export function planWrite(next: Settings, base: Settings, stored: Record<string, unknown>): WritePlan {
  const main = stored[SETTINGS_KEY];
  const whole = typeof main !== 'object' || main === null || 'sites' in main;
  const atOf = (key: string) => (stored[key] as Partial<RuleItem> | undefined)?.at;
  const ats = Object.keys(stored).map((k) => (k.startsWith(RULE_PREFIX) ? Number(atOf(k)) || 0 : 0));
  let last = Math.max(0, ...ats);
  const nextKeys = new Set(next.sites.map(ruleKey));
  const baseModes = new Map(base.sites.map((r) => [ruleKey(r), r.mode]));
  const set: Record<string, unknown> = {};
  if (whole || !same(mainItem(next), mainItem(base))) set[SETTINGS_KEY] = mainItem(next);
  next.sites.forEach((rule, i) => {
    const key = ruleKey(rule);
    const storedAt = atOf(key);
    if (!whole && typeof storedAt === 'number' && baseModes.get(key) === rule.mode) return;
    const old = base.sites[i];
    const replaced = old && !nextKeys.has(ruleKey(old)) ? atOf(ruleKey(old)) : undefined;
    const at = typeof storedAt === 'number' ? storedAt : typeof replaced === 'number' ? replaced : ++last;
    set[key] = { mode: rule.mode, at } satisfies RuleItem;
  });
  // Only rules this change removed (or, from one item, every rule item not kept): a rule that
  // arrived from elsewhere after `base` was read stays.
  const remove = Object.keys(stored).filter((k) => k.startsWith(RULE_PREFIX) && !nextKeys.has(k) && (whole || baseModes.has(k)));
  return { set, remove };
}

const bytes = (key: string, value: unknown) => new TextEncoder().encode(key + JSON.stringify(value)).length;

/** Bytes storage.sync counts for `settings` laid out as items (keys plus JSON, in UTF-8). */
export function storedBytes(settings: Settings): number {
  return settings.sites.reduce((sum, rule, i) => sum + bytes(ruleKey(rule), { mode: rule.mode, at: i + 1 }), bytes(SETTINGS_KEY, mainItem(settings)));
}

/** How many of `settings`' rules fit in synced storage, in order. */
export function rulesThatFit(settings: Settings): number {
  let n = 0;
  while (n < settings.sites.length && storedBytes({ ...settings, sites: settings.sites.slice(0, n + 1) }) <= QUOTA_BYTES) n++;
  return n;
}

/** Why storage.sync would refuse `settings`, or null. */
export function quotaProblem(settings: Settings): string | null {
  const n = settings.sites.length;
  if (n > MAX_SITE_RULES) return t('saveTooManyRules', n, MAX_SITE_RULES);
  const main = bytes(SETTINGS_KEY, mainItem(settings));
  if (main > QUOTA_BYTES_PER_ITEM) return t('saveItemTooBig', main.toLocaleString('en'), QUOTA_BYTES_PER_ITEM.toLocaleString('en'));
  const total = storedBytes(settings);
  if (total <= QUOTA_BYTES) return null;
  return t('saveTooBig', total.toLocaleString('en'), QUOTA_BYTES.toLocaleString('en'), rulesThatFit(settings), n);
}
