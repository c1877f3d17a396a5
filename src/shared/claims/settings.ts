/**
 * The claim-notes setting: on or off everywhere, and a list of sites where they are off.
 * Parsed here (schema.ts only holds the field), so the settings code stays one small hook.
 */
/** As many as site rules (schema.ts MAX_SITE_RULES), for the same storage.sync item limit. */
const MAX_OFF_HOSTS = 100;
/** Hosts come from location.hostname (via the popup), lower case; anything else stored is dropped. */
const HOST = /^[a-z0-9.-]{1,253}$/;

export interface ClaimNotesSetting {
  /** Claim notes anywhere at all. */
  enabled: boolean;
  /** Hosts (exact, as location.hostname) where they are off even when enabled. */
  offHosts: string[];
}

export const DEFAULT_CLAIM_NOTES: ClaimNotesSetting = { enabled: true, offHosts: [] };

/** Kept small: it is part of the settings parser in the always-on boot script (byte budget). */
export function parseClaimNotes(raw: unknown, problems: string[]): ClaimNotesSetting {
  const r = (raw ?? {}) as Partial<Record<keyof ClaimNotesSetting, unknown>>;
  const list = Array.isArray(r.offHosts) ? r.offHosts : [];
  const offHosts = [...new Set(list.filter((h): h is string => typeof h === 'string' && HOST.test(h)))].slice(0, MAX_OFF_HOSTS);
  const valid = typeof r === 'object' && !Array.isArray(r) && (r.enabled === undefined || typeof r.enabled === 'boolean') && (r.offHosts === undefined || Array.isArray(r.offHosts));
  if (!valid || offHosts.length < list.length) problems.push('claimNotes: invalid parts replaced by defaults');
  return { enabled: valid ? r.enabled !== false : true, offHosts };
}

/** The field for parsed settings: absent while it is the default, so stored settings stay as they were. */
export function claimNotesField(raw: unknown, problems: string[]): { claimNotes?: ClaimNotesSetting } {
  const parsed = parseClaimNotes(raw, problems);
  return parsed.enabled && !parsed.offHosts.length ? {} : { claimNotes: parsed };
}

export function claimNotesOn(setting: ClaimNotesSetting | undefined, host: string): boolean {
  const s = setting ?? DEFAULT_CLAIM_NOTES;
  return s.enabled && !s.offHosts.includes(host.toLowerCase());
}

/** The setting with claim notes on or off for one host. */
export function withClaimNotesForHost(setting: ClaimNotesSetting, host: string, on: boolean): ClaimNotesSetting {
  const h = host.toLowerCase();
  const rest = setting.offHosts.filter((x) => x !== h);
  return { ...setting, offHosts: on ? rest : [...rest, h].slice(0, MAX_OFF_HOSTS) };
}
