/**
 * The settings that are one choice among fixed values, declared once: the values and the default.
 * The `Settings` type, `DEFAULT_SETTINGS`, the parser and the options page's choices all come
 * from this table; a new setting is one line here and its labels in labels.ts. A dotted name
 * ("appearance.theme") is a field of a group. Labels live apart because this table is in the
 * always-on content script, which has a byte budget and shows no text.
 */

export interface ChoiceField<V extends string> {
  values: readonly V[];
  default: V;
}

const choice = <const V extends string>(values: readonly V[], fallback: NoInfer<V>): ChoiceField<V> => ({ values, default: fallback });

export const FIELDS = {
  /** What happens on sites without a rule. on: highlight when detected; off: never; always: even when not detected. */
  defaultMode: choice(['on', 'off', 'always'], 'on'),
  occurrences: choice(['all', 'first'], 'all'),
  'appearance.highlight': choice(['underline', 'background'], 'underline'),
  /** Card and page theme: follow the page/OS, or force one. */
  'appearance.theme': choice(['auto', 'light', 'dark'], 'auto'),
};

export type Fields = typeof FIELDS;
export type FieldName = keyof Fields;
export type FieldValue<K extends FieldName> = Fields[K]['values'][number];

type TopName = { [K in FieldName]: K extends `${string}.${string}` ? never : K }[FieldName];
type GroupName = { [K in FieldName]: K extends `${infer G}.${string}` ? G : never }[FieldName];

/** The settings the table declares, grouped as they are stored: `{ defaultMode, appearance: { theme } }`. */
export type FieldSettings = { [K in TopName]: FieldValue<K> } & {
  [G in GroupName]: { [K in FieldName as K extends `${G}.${infer N}` ? N : never]: FieldValue<K> };
};

/** A change to some of the table's settings, groups merged field by field. */
export type FieldPatch = Partial<{ [K in TopName]: FieldValue<K> }> & {
  [G in GroupName]?: Partial<FieldSettings[G]>;
};
