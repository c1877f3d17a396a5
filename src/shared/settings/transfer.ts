/**
 * Export and import of settings as a JSON file. Import is all or nothing: unlike stored data,
 * which is repaired so the extension keeps working, a file a person picked is either exactly
 * valid or rejected with the reason, so nothing changes behind their back.
 */
import { DEFAULT_SETTINGS, describeValue, parseSettings, type Settings } from './schema.ts';
import { t } from '../ui/i18n.ts';

/** A settings file is a few KB at most; anything this large is not one. */
export const MAX_IMPORT_BYTES = 100 * 1024;

/**
 * Keys of the current shape (from the defaults, so a new setting is known here the day it is
 * added; claim notes are absent from the defaults while on everywhere), then of version 0, which
 * migration still reads.
 */
const KNOWN_KEYS = [...Object.keys(DEFAULT_SETTINGS), 'claimNotes', 'disabledSites', 'alwaysSites'];
const KNOWN_APPEARANCE = Object.keys(DEFAULT_SETTINGS.appearance);
/** A file with a thousand bad rules is described, not listed line by line. */
export const MAX_PROBLEMS_LISTED = 20;

/**
 * Keys this version does not know. Stored data drops them quietly; in a file they mean a typo
 * ("sitez") or a file from another tool or version, and importing it would wipe the rules.
 */
function unknownKeys(data: Record<string, unknown>): string[] {
  const problems = Object.keys(data)
    .filter((k) => !KNOWN_KEYS.includes(k))
    .map((k) => t('settingsUnknownKey', describeValue(k)));
  const appearance = data.appearance;
  if (typeof appearance === 'object' && appearance !== null && !Array.isArray(appearance)) {
    for (const k of Object.keys(appearance)) if (!KNOWN_APPEARANCE.includes(k)) problems.push(`appearance: ${t('settingsUnknownKey', describeValue(k))}`);
  }
  return problems;
}

function listed(problems: string[]): string[] {
  if (problems.length <= MAX_PROBLEMS_LISTED) return problems;
  return [...problems.slice(0, MAX_PROBLEMS_LISTED), t('settingsMoreProblems', problems.length - MAX_PROBLEMS_LISTED)];
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; problems: string[] };

export function exportSettings(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

/** Named after the extension as the reader's browser names it, so the file says whose settings it holds. */
export function exportFileName(date = new Date(), product = t('extName')): string {
  const slug = product.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'extension';
  return `${slug}-settings-${date.toISOString().slice(0, 10)}.json`;
}

/** Validates the text of a file picked for import; `bytes` is its size as the file reports it. */
export function importSettings(text: string, bytes = new TextEncoder().encode(text).length): ImportResult {
  if (bytes > MAX_IMPORT_BYTES) {
    return { ok: false, problems: [t('fileTooBig', Math.ceil(bytes / 1024), MAX_IMPORT_BYTES / 1024)] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [t('fileNotJson', (error as Error).message)] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problems: [t('fileNotObject', Array.isArray(data) ? 'a list' : data === null ? 'null' : `a ${typeof data}`)] };
  }
  if (!KNOWN_KEYS.some((k) => k in data)) {
    return { ok: false, problems: [t('fileNotSettings', KNOWN_KEYS.join(', '))] };
  }
  const record = data as Record<string, unknown>;
  const { settings, problems } = parseSettings(record);
  const all = [...unknownKeys(record), ...problems];
  return all.length ? { ok: false, problems: listed(all) } : { ok: true, settings };
}
