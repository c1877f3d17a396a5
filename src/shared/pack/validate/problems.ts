/**
 * Where a pack problem is and how it reads: a JSON pointer turned into "entry \"gator\": aliases[2]
 * …", so every message names the entry (or source, or section), the field and what is wrong.
 */

export interface PackProblem {
  /** JSON pointer into the pack, e.g. "/entries/5/aliases/2". */
  path: string;
  /** Id of the entry the problem is in, if any. */
  entry?: string;
  /** The field within its entry, source, event or section, e.g. "aliases[2]" or "facts[0].sources[1]". */
  field?: string;
  /** The whole message, naming the entry (or section), the field and the problem. */
  message: string;
}

export type Json = Record<string, unknown>;
export const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const q = (s: unknown): string => JSON.stringify(s);

/** Where a JSON pointer points: the subject ("entry \"gator\"", "source \"x\"", "timeline[3]"), entry id and field. */
interface Place {
  subject: string;
  entry?: string;
  field?: string;
}

function decode(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function fieldFrom(segments: string[]): string | undefined {
  let out = '';
  for (const s of segments) out += /^\d+$/.test(s) ? `[${s}]` : out ? `.${s}` : s;
  return out || undefined;
}

function locate(pointer: string, data: unknown): Place {
  const segs = pointer.split('/').slice(1).map(decode);
  const root = isObj(data) ? data : {};
  const [section, index, ...rest] = segs;
  if (section === 'entries' && index !== undefined) {
    const id = str((arr(root.entries)[Number(index)] as Json | undefined)?.id);
    const field = fieldFrom(rest);
    return id ? { subject: `entry ${q(id)}`, entry: id, field } : { subject: `entries[${index}]`, field };
  }
  if (section === 'sources' && index !== undefined) {
    const id = str((arr(root.sources)[Number(index)] as Json | undefined)?.id);
    return { subject: id ? `source ${q(id)}` : `sources[${index}]`, field: fieldFrom(rest) };
  }
  if (section === 'timeline' && index !== undefined) {
    const date = str((arr(root.timeline)[Number(index)] as Json | undefined)?.date);
    return { subject: `timeline[${index}]${date ? ` (${date})` : ''}`, field: fieldFrom(rest) };
  }
  if (section) return { subject: section, field: fieldFrom(segs.slice(1)) };
  return { subject: 'pack' };
}

export class Problems {
  readonly list: PackProblem[] = [];
  constructor(private readonly data: unknown) {}

  /** `detail` is what is wrong, written to follow the field name (e.g. "\"mine\" is a common word"). */
  add(path: string, detail: string): void {
    const place = locate(path, this.data);
    const message = `${place.subject}: ${place.field ? `${place.field} ` : ''}${detail}`;
    const problem: PackProblem = { path, message };
    if (place.entry) problem.entry = place.entry;
    if (place.field) problem.field = place.field;
    this.list.push(problem);
  }
}
