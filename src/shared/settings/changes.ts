/**
 * Changes to the settings, as data: the popup and options page send them to the background, which
 * applies each to the settings as stored at that moment, one after another. Two pages changing
 * different things at once then both keep their change (a whole Settings object written from a
 * page's own copy would undo the other's).
 */
import { SETTINGS_VERSION, withRuleReplaced, withSiteMode, withoutRule, type Settings, type SiteMode, type SiteRule } from './schema.ts';
import { DEFAULT_CLAIM_NOTES, withClaimNotesForHost } from '../claims/settings.ts';

type Scope = Pick<SiteRule, 'host' | 'includeSubdomains'>;

export type SettingsChange =
  | { kind: 'site-mode'; host: string; mode: SiteMode; includeSubdomains: boolean }
  | { kind: 'remove-rule'; rule: Scope }
  /** The rule for `rule`'s host and scope becomes `next` (found by host and scope, not position: another page may have changed the list). */
  | { kind: 'replace-rule'; rule: Scope; next: SiteRule }
  | { kind: 'set'; patch: Partial<Pick<Settings, 'defaultMode' | 'occurrences'>> & { appearance?: Partial<Settings['appearance']> } }
  | { kind: 'replace'; settings: Settings }
  /** Claim notes on or off everywhere, or (with `host`) on that site. */
  | { kind: 'claim-notes'; on: boolean; host?: string };

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
      return { ...current, ...change.patch, appearance: { ...current.appearance, ...change.patch.appearance }, version: SETTINGS_VERSION };
    case 'replace':
      return change.settings;
    case 'claim-notes': {
      const notes = current.claimNotes ?? DEFAULT_CLAIM_NOTES;
      return { ...current, claimNotes: change.host ? withClaimNotesForHost(notes, change.host, change.on) : { ...notes, enabled: change.on } };
    }
  }
}
