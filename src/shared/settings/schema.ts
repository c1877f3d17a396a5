/**
 * The one settings schema: types, defaults, validation and migration. Everything that reads
 * settings goes through `parseSettings`, so corrupt or old stored data never reaches the UI raw.
 */

import { claimNotesField, type ClaimNotesSetting } from '../claims/settings.ts';
import { t } from '../ui/i18n.ts';

export const SETTINGS_VERSION = 1;

/** on: highlight when the page is detected; off: never; always: even when not detected. */
export type SiteMode = 'on' | 'off' | 'always';

export interface SiteRule {
  /** A bare host name, lower case, e.g. "example.com". */
  host: string;
  /** Whether the rule also covers every subdomain (news.example.com for example.com). */
  includeSubdomains: boolean;
  mode: SiteMode;
}

/** Card and page theme: follow the page/OS, or force one. */
export type ThemeSetting = 'auto' | 'light' | 'dark';

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** What happens on sites without a rule. */
  defaultMode: SiteMode;
  occurrences: 'all' | 'first';
  appearance: {
    highlight: 'underline' | 'background';
    theme: ThemeSetting;
  };
  sites: SiteRule[];
  /** Claim notes: on or off, globally and per site (src/shared/claims/settings.ts); absent = on everywhere. */
  claimNotes?: ClaimNotesSetting;
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  defaultMode: 'on',
  occurrences: 'all',
  appearance: { highlight: 'underline', theme: 'auto' },
  sites: [],
};

export interface ParseResult {
  settings: Settings;
  /** Human-readable notes on what was invalid and replaced by a default. Empty when clean. */
  problems: string[];
}

export const SITE_MODES: readonly SiteMode[] = ['on', 'off', 'always'];
/**
 * storage.sync allows 8 KB per item; a rule is about 60 bytes stored, so 100 rules stay well
 * inside it with room for the rest of the settings.
 */
export const MAX_SITE_RULES = 100;
/**
 * Any host name location.hostname can give: labels of letters, digits, hyphens and underscores
 * (`ex_ample.com` is valid for browsers, if not for DNS purists), or a bracketed IPv6 address.
 */
const HOST_RE = /^(?=.{1,253}$)(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*$|^\[[0-9a-f:.]+\]$/;

/** A bad value in words, by type and size: never the value itself, which may be huge or deep. */
export function describeValue(v: unknown): string {
  if (typeof v === 'string') return v.length <= 40 ? `"${v}"` : `a ${v.length}-character text`;
  if (Array.isArray(v)) return `a list of ${v.length} items`;
  return v === null || typeof v !== 'object' ? String(v) : 'an object';
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T, name: string, problems: string[]): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  problems.push(`${name}: ${describeValue(value)} is not one of ${allowed.join(', ')}; using "${fallback}"`);
  return fallback;
}

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
    problems.push(`sites[${index}]: not an object; dropped`);
    return null;
  }
  const host = typeof raw.host === 'string' ? normaliseHost(raw.host) : null;
  if (!host) {
    problems.push(`sites[${index}].host: ${describeValue(raw.host)} is not a host name; rule dropped`);
    return null;
  }
  const mode = pick(raw.mode, SITE_MODES, 'on', `sites[${index}].mode`, problems);
  let includeSubdomains = true;
  if (raw.includeSubdomains !== undefined) {
    if (typeof raw.includeSubdomains === 'boolean') includeSubdomains = raw.includeSubdomains;
    else problems.push(`sites[${index}].includeSubdomains: not true or false; using true`);
  }
  return { host, includeSubdomains, mode };
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
  problems.push(`version: ${describeValue(version)} is not a version this extension knows; reading what it can`);
  return raw;
}

/** Validates anything (stored or imported) into Settings, keeping every valid part. */
export function parseSettings(input: unknown): ParseResult {
  const problems: string[] = [];
  if (input === undefined || input === null) return { settings: structuredClone(DEFAULT_SETTINGS), problems };
  if (!isRecord(input)) {
    problems.push('settings: not an object; using the defaults');
    return { settings: structuredClone(DEFAULT_SETTINGS), problems };
  }
  const raw = migrate(input, problems);
  const appearanceRaw = isRecord(raw.appearance) ? raw.appearance : {};
  if (raw.appearance !== undefined && !isRecord(raw.appearance)) problems.push('appearance: not an object; using the defaults');
  const sites: SiteRule[] = [];
  if (raw.sites !== undefined && !Array.isArray(raw.sites)) problems.push('sites: not a list; no site rules kept');
  const seen = new Set<string>();
  (Array.isArray(raw.sites) ? raw.sites : []).forEach((r, i) => {
    const rule = parseRule(r, i, problems);
    if (!rule) return;
    if (sites.length >= MAX_SITE_RULES) {
      problems.push(`sites[${i}]: more than ${MAX_SITE_RULES} rules; rule for ${rule.host} dropped`);
      return;
    }
    const key = `${rule.host}|${rule.includeSubdomains}`;
    if (seen.has(key)) {
      problems.push(`sites[${i}]: a second rule for ${rule.host}; the first one is kept`);
      return;
    }
    seen.add(key);
    sites.push(rule);
  });
  const settings: Settings = {
    version: SETTINGS_VERSION,
    defaultMode: pick(raw.defaultMode, SITE_MODES, DEFAULT_SETTINGS.defaultMode, 'defaultMode', problems),
    occurrences: pick(raw.occurrences, ['all', 'first'] as const, DEFAULT_SETTINGS.occurrences, 'occurrences', problems),
    appearance: {
      highlight: pick(appearanceRaw.highlight, ['underline', 'background'] as const, DEFAULT_SETTINGS.appearance.highlight, 'appearance.highlight', problems),
      theme: pick(appearanceRaw.theme, ['auto', 'light', 'dark'] as const, DEFAULT_SETTINGS.appearance.theme, 'appearance.theme', problems),
    },
    sites,
    ...claimNotesField(raw.claimNotes, problems),
  };
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
