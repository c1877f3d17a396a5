/**
 * The one settings schema: types, defaults, validation and migration. Everything that reads
 * settings goes through `parseSettings`, so corrupt or old stored data never reaches the UI raw.
 * The settings that are one choice among fixed values are declared in fields.ts; the rest (site
 * rules, claim notes) have their own parsers here and in claims/settings.ts.
 */

import { claimNotesField, type ClaimNotesSetting } from '../claims/settings.ts';
import { t } from '../ui/i18n.ts';
import { FIELDS, type FieldSettings, type FieldValue } from './fields.ts';

export const SETTINGS_VERSION = 1;

/** on: highlight when the page is detected; off: never; always: even when not detected. */
export type SiteMode = FieldValue<'defaultMode'>;

export interface SiteRule {
  /** A bare host name, lower case, e.g. "example.com". */
  host: string;
  /** Whether the rule also covers every subdomain (news.example.com for example.com). */
  includeSubdomains: boolean;
  mode: SiteMode;
}

/** Card and page theme: follow the page/OS, or force one. */
export type ThemeSetting = FieldValue<'appearance.theme'>;

export interface Settings extends FieldSettings {
  version: typeof SETTINGS_VERSION;
  sites: SiteRule[];
  /** Claim notes: on or off, globally and per site (src/shared/claims/settings.ts); absent = on everywhere. */
  claimNotes?: ClaimNotesSetting;
}

export interface ParseResult {
  settings: Settings;
  /** Notes in the reader's language on what was invalid and replaced by a default. Empty when clean. */
  problems: string[];
}

export const SITE_MODES = FIELDS.defaultMode.values;
/**
 * Chosen when all settings were one storage.sync item of at most 8 KB. Each rule is its own item
 * now (store.ts), so storage would allow a few hundred even on the longest hosts; raising it is a
 * choice about the options page's list, no longer about storage.
 */
export const MAX_SITE_RULES = 100;
/**
 * Any host name location.hostname can give: labels of letters, digits, hyphens and underscores
 * (`ex_ample.com` is valid for browsers, if not for DNS purists), or a bracketed IPv6 address.
 */
const HOST_RE = /^(?=.{1,253}$)(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*$|^\[[0-9a-f:.]+\]$/;

/** A bad value in words, by type and size: never the value itself, which may be huge or deep. */
export function describeValue(v: unknown): string {
  if (typeof v === 'string') return v.length <= 40 ? `"${v}"` : t('valueText', v.length);
  if (Array.isArray(v)) return t('valueList', v.length);
  return v === null || typeof v !== 'object' ? String(v) : t('valueObject');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T, name: string, problems: string[]): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  problems.push(t('settingsNotOneOf', name, describeValue(value), allowed.join(', '), fallback));
  return fallback;
}

/**
 * The table's fields of `raw`, each valid value kept and each invalid one replaced by its
 * default with a problem. A group that is not an object is reported once and gets its defaults.
 */
function parseFields(raw: Record<string, unknown>, problems: string[]): FieldSettings {
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(FIELDS)) {
    const [group, key] = name.split('.') as [string, string?];
    let from = raw;
    let to = out;
    if (key) {
      const value = raw[group];
      if (!isRecord(value) && value !== undefined && !(group in out)) problems.push(t('settingsNotObject', group));
      from = isRecord(value) ? value : {};
      to = (out[group] ??= {}) as Record<string, unknown>;
    }
    to[key ?? group] = pick(from[key ?? group], field.values, field.default, name, problems);
  }
  return out as FieldSettings;
}

export const DEFAULT_SETTINGS: Settings = { version: SETTINGS_VERSION, ...parseFields({}, []), sites: [] };

/** The host part of what a person typed: without scheme, path, user, port, "*." or a final dot. */
export function hostPart(input: string): string {
  return input
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/^[^@]*@/, '')
    .replace(/:\d*$/, '')
    .replace(/^\*\./, '')
    .replace(/\.$/, '');
}

/**
 * Turns a host as a person types it ("https://News.Example.com/x", "*.example.com", "bücher.de")
 * into the form the browser reports in location.hostname, or null when it is not a host name.
 */
export function normaliseHost(input: string): string | null {
  let s = hostPart(input);
  // A colon belongs only in a bracketed IPv6 address (a port was taken off by hostPart).
  if (!s || /[\s/\\@]/.test(s) || (s.includes(':') && s[0] !== '[')) return null;
  try {
    // The URL parser turns internationalised names into the punycode that location.hostname uses.
    s = new URL(`http://${s}/`).hostname;
  } catch {
    return null;
  }
  return HOST_RE.test(s) ? s : null;
}

/** Says in words why `input` is not a host name, or null when normaliseHost accepts it. */
export function hostProblem(input: string): string | null {
  if (normaliseHost(input) !== null) return null;
  const typed = input.trim();
  if (!typed) return t('hostEmpty');
  const host = hostPart(input);
  const labels = host.split('.');
  const bad = host.match(/[^\p{L}\p{N}.-]/u)?.[0];
  let reason = '';
  if (!host) reason = t('hostNoName');
  else if (bad) reason = /\s/.test(bad) ? t('hostSpace') : t('hostBadChar', bad);
  else if (labels.some((l) => !l)) reason = t('hostEmptyPart');
  else if (labels.some((l) => l.startsWith('-') || l.endsWith('-'))) reason = t('hostHyphen');
  else if (host.length > 253 || labels.some((l) => l.length > 63)) reason = t('hostTooLong');
  return reason ? t('hostNotHostBecause', typed, reason) : t('hostNotHost', typed);
}

function parseRule(raw: unknown, index: number, problems: string[]): SiteRule | null {
  if (!isRecord(raw)) {
    problems.push(t('settingsRuleNotObject', index));
    return null;
  }
  const host = typeof raw.host === 'string' ? normaliseHost(raw.host) : null;
  if (!host) {
    problems.push(t('settingsRuleBadHost', index, describeValue(raw.host)));
    return null;
  }
  const mode = pick(raw.mode, SITE_MODES, 'on', `sites[${index}].mode`, problems);
  let includeSubdomains = true;
  if (raw.includeSubdomains !== undefined) {
    if (typeof raw.includeSubdomains === 'boolean') includeSubdomains = raw.includeSubdomains;
    else problems.push(t('settingsRuleBadScope', index));
  }
  return { host, includeSubdomains, mode };
}

/** The valid rules of `raw`, in order, without a second rule for the same host and scope, at most MAX_SITE_RULES. */
function parseSites(raw: unknown, problems: string[]): SiteRule[] {
  const sites: SiteRule[] = [];
  if (raw !== undefined && !Array.isArray(raw)) problems.push(t('settingsSitesNotList'));
  const seen = new Set<string>();
  (Array.isArray(raw) ? raw : []).forEach((r, i) => {
    const rule = parseRule(r, i, problems);
    if (!rule) return;
    const key = `${rule.host}|${rule.includeSubdomains}`;
    if (sites.length >= MAX_SITE_RULES) problems.push(t('settingsRuleOverLimit', i, MAX_SITE_RULES, rule.host));
    else if (seen.has(key)) problems.push(t('settingsRuleTwice', i, rule.host));
    else {
      seen.add(key);
      sites.push(rule);
    }
  });
  return sites;
}

/** Brings older stored shapes up to the current version. */
function migrate(raw: Record<string, unknown>, problems: string[]): Record<string, unknown> {
  const version = raw.version ?? 0;
  if (version === SETTINGS_VERSION) return raw;
  if (version === 0) {
    // Version 0 (pre-release) kept two host lists; they become rules.
    const sites: unknown[] = [];
    for (const host of Array.isArray(raw.disabledSites) ? raw.disabledSites : []) sites.push({ host, includeSubdomains: true, mode: 'off' });
    for (const host of Array.isArray(raw.alwaysSites) ? raw.alwaysSites : []) sites.push({ host, includeSubdomains: true, mode: 'always' });
    const { disabledSites: _d, alwaysSites: _a, ...rest } = raw;
    return { ...rest, version: SETTINGS_VERSION, sites: [...(Array.isArray(raw.sites) ? raw.sites : []), ...sites] };
  }
  problems.push(t('settingsUnknownVersion', describeValue(version)));
  return raw;
}

/** Validates anything (stored or imported) into Settings, keeping every valid part. */
export function parseSettings(input: unknown): ParseResult {
  const problems: string[] = [];
  if (input !== undefined && input !== null && !isRecord(input)) problems.push(t('settingsNotObject', 'settings'));
  if (!isRecord(input)) return { settings: structuredClone(DEFAULT_SETTINGS), problems };
  const raw = migrate(input, problems);
  const fields = parseFields(raw, problems);
  const settings: Settings = { version: SETTINGS_VERSION, ...fields, sites: parseSites(raw.sites, problems), ...claimNotesField(raw.claimNotes, problems) };
  return { settings, problems };
}

/** The rule that applies to a host: an exact-host rule beats a subdomain rule; the longest host wins. */
export function ruleFor(settings: Settings, host: string): SiteRule | undefined {
  const h = host.toLowerCase().replace(/\.$/, '');
  let best: SiteRule | undefined;
  let bestScore = -1;
  for (const rule of settings.sites) {
    const exact = rule.host === h;
    if (!exact && !(rule.includeSubdomains && h.endsWith(`.${rule.host}`))) continue;
    // Longer hosts are more specific; for the same host, a rule for that host alone wins.
    const score = rule.host.length * 2 + (rule.includeSubdomains ? 0 : 1);
    if (score > bestScore) {
      best = rule;
      bestScore = score;
    }
  }
  return best;
}

export function siteModeFor(settings: Settings, host: string): SiteMode {
  return ruleFor(settings, host)?.mode ?? settings.defaultMode;
}

/** Returns new settings with the rule for `host` set to `mode` (replacing the rule with the same host and scope). */
export function withSiteMode(settings: Settings, host: string, mode: SiteMode, includeSubdomains = true): Settings {
  const h = normaliseHost(host);
  if (!h) return settings;
  const sites = settings.sites.filter((r) => !(r.host === h && r.includeSubdomains === includeSubdomains));
  sites.push({ host: h, includeSubdomains, mode });
  return { ...settings, sites };
}

/** Returns new settings without the rule for exactly this host and scope (the default applies again). */
export function withoutRule(settings: Settings, host: string, includeSubdomains: boolean): Settings {
  return { ...settings, sites: settings.sites.filter((r) => !(r.host === host && r.includeSubdomains === includeSubdomains)) };
}

/**
 * Returns new settings with the rule at `index` replaced by `next`, in the same place; or the
 * other rule `next` would duplicate (same host and scope), in which case nothing may change.
 */
export function withRuleReplaced(settings: Settings, index: number, next: SiteRule): { settings: Settings } | { clash: SiteRule } {
  const clash = settings.sites.find((r, i) => i !== index && r.host === next.host && r.includeSubdomains === next.includeSubdomains);
  if (clash) return { clash };
  return { settings: { ...settings, sites: settings.sites.map((r, i) => (i === index ? next : r)) } };
}

/** Says in words which pages a rule covers, as the popup and options page show it. */
export function describeScope(rule: Pick<SiteRule, 'host' | 'includeSubdomains'>): string {
  return t(rule.includeSubdomains ? 'scopeWithSubdomains' : 'scopeOnly', rule.host);
}
