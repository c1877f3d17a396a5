/**
 * How the settings of fields.ts are named wherever a person picks one (options page, popup), and
 * the options page's radio groups derived from them. The label table's type follows the field
 * table, so a setting without a label, or a value without one, fails the typecheck.
 */
import { FIELDS, type FieldName, type FieldPatch, type FieldValue } from './fields.ts';
import type { Settings, SiteMode } from './schema.ts';
import type { SettingsChange } from './changes.ts';
import { DEFAULT_CLAIM_NOTES } from '../claims/settings.ts';
import { t, type MessageKey } from '../ui/i18n.ts';

/** Where a setting sits on the options page. */
export type Section = 'defaults' | 'appearance' | 'claims';

interface Labels<V extends string> {
  section: Section;
  legend: MessageKey;
  labels: Record<V, MessageKey>;
  hints?: Partial<Record<V, MessageKey>>;
}

export const FIELD_LABELS: { [K in FieldName]: Labels<FieldValue<K>> } = {
  defaultMode: {
    section: 'defaults',
    legend: 'optionsDefaultModeLegend',
    labels: { on: 'modeOn', off: 'modeOff', always: 'modeAlways' },
    hints: { on: 'optionsModeOnHint', off: 'optionsModeOffHint', always: 'optionsModeAlwaysHint' },
  },
  occurrences: { section: 'defaults', legend: 'optionsOccurrencesLegend', labels: { all: 'optionsOccurrencesAll', first: 'optionsOccurrencesFirst' } },
  'appearance.highlight': { section: 'appearance', legend: 'optionsHighlightLegend', labels: { underline: 'optionsHighlightUnderline', background: 'optionsHighlightBackground' } },
  'appearance.theme': {
    section: 'appearance',
    legend: 'optionsThemeLegend',
    labels: { auto: 'optionsThemeAuto', light: 'optionsThemeLight', dark: 'optionsThemeDark' },
    hints: { auto: 'optionsThemeAutoHint' },
  },
};

/** A site mode as a person reads it, the same in the popup and on the options page. */
export const modeLabel = (mode: SiteMode): string => t(FIELD_LABELS.defaultMode.labels[mode]);

/** One radio group of the options page: what it shows, and the change a pick asks for. */
export interface Control<V extends string = string> {
  /** The radios' name (and `choice-<name>` test id): the field's last part, e.g. "theme". */
  name: string;
  legend: string;
  options: { value: V; label: string; hint?: string }[];
  value: V;
  change(value: V): SettingsChange;
}

function options<V extends string>(values: readonly V[], { labels, hints }: Pick<Labels<V>, 'labels' | 'hints'>): Control<V>['options'] {
  return values.map((value) => {
    const hint = hints?.[value];
    return { value, label: t(labels[value]), ...(hint ? { hint: t(hint) } : {}) };
  });
}

function fieldControl<K extends FieldName>(name: K, settings: Settings): Control {
  const [group, key] = name.split('.') as [string, string?];
  const holder = settings as unknown as Record<string, Record<string, string>>;
  const values = FIELDS[name].values as readonly string[];
  return {
    name: key ?? group,
    legend: t(FIELD_LABELS[name].legend),
    options: options(values, FIELD_LABELS[name] as Labels<string>),
    value: key ? holder[group]![key]! : (holder[group] as unknown as string),
    change: (value) => ({ kind: 'set', patch: (key ? { [group]: { [key]: value } } : { [group]: value }) as FieldPatch }),
  };
}

/** Claim notes everywhere (the popup also turns them off for one site); kept apart from the table for its per-site list. */
function claimNotesControl(settings: Settings): Control {
  const values = ['on', 'off'] as const;
  return {
    name: 'claimNotes',
    legend: t('optionsClaimNotesLegend'),
    options: options(values, { labels: { on: 'optionsClaimNotesOn', off: 'optionsClaimNotesOff' }, hints: { on: 'optionsClaimNotesOnHint' } }),
    value: (settings.claimNotes ?? DEFAULT_CLAIM_NOTES).enabled ? 'on' : 'off',
    change: (value) => ({ kind: 'claim-notes', on: value === 'on' }),
  };
}

/** The radio groups of one section of the options page, in table order. */
export function controlsIn(section: Section, settings: Settings): Control[] {
  const names = (Object.keys(FIELD_LABELS) as FieldName[]).filter((n) => FIELD_LABELS[n].section === section);
  return [...names.map((n) => fieldControl(n, settings)), ...(section === 'claims' ? [claimNotesControl(settings)] : [])];
}
