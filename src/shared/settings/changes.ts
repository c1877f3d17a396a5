/**
 * Changes to the settings, as data: the popup and options page send them to the background, which
 * applies each to the settings as stored at that moment, one after another. Two pages changing
 * different things at once then both keep their change (a whole Settings object written from a
 * page's own copy would undo the other's).
 */
import { SETTINGS_VERSION, withRuleReplaced, withSiteMode, withoutRule, type Settings, type SiteMode, type SiteRule } from './schema.ts';
import { DEFAULT_CLAIM_NOTES, withClaimNotesForHost } from '../claims/settings.ts';
import type { FieldPatch } from './fields.ts';

type Scope = Pick<SiteRule, 'host' | 'includeSubdomains'>;

export type SettingsChange =
  | { kind: 'site-mode'; host: string; mode: SiteMode; includeSubdomains: boolean }
  | { kind: 'remove-rule'; rule: Scope }
  /** The rule for `rule`'s host and scope becomes `next` (found by host and scope, not position: another page may have changed the list). */
  | { kind: 'replace-rule'; rule: Scope; next: SiteRule }
  /** Values for settings of the field table (fields.ts); a group's fields not named keep their value. */
  | { kind: 'set'; patch: FieldPatch }
  | { kind: 'replace'; settings: Settings }
  /** Claim notes on or off everywhere, or (with `host`) on that site. */
  | { kind: 'claim-notes'; on: boolean; host?: string };

function withPatch(current: Settings, patch: FieldPatch): Settings {
  const next: Record<string, unknown> = { ...current, version: SETTINGS_VERSION };
  for (const [name, value] of Object.entries(patch)) {
    const old = next[name];
    next[name] = typeof value === 'object' && value !== null && typeof old === 'object' ? { ...old, ...value } : value;
  }
  return next as unknown as Settings;
}

export function applyChange(current: Settings, change: SettingsChange): Settings {
  switch (change.kind) {
    case 'site-mode':
      return withSiteMode(current, change.host, change.mode, change.includeSubdomains);
    case 'remove-rule':
      return withoutRule(current, change.rule.host, change.rule.includeSubdomains);
    case 'replace-rule': {
      const index = current.sites.findIndex((r) => r.host === change.rule.host && r.includeSubdomains === change.rule.includeSubdomains);
      if (index < 0) return current;
      const replaced = withRuleReplaced(current, index, change.next);
      return 'clash' in replaced ? current : replaced.settings;
    }
    case 'set':
      return withPatch(current, change.patch);
    case 'replace':
      return change.settings;
    case 'claim-notes': {
      const notes = current.claimNotes ?? DEFAULT_CLAIM_NOTES;
      return { ...current, claimNotes: change.host ? withClaimNotesForHost(notes, change.host, change.on) : { ...notes, enabled: change.on } };
    }
  }
}
