/**
 * What the cross-checks share: the pack's lists, the ids seen so far, and the two reference
 * checks (a source id, an entry id) that also record which sources are cited.
 */
import { arr, isObj, type Json, type Problems, q, str } from './problems.ts';

export interface AliasOwner {
  entry: string;
  path: string;
  caseSensitive: boolean;
  text: string;
}

export interface CheckContext {
  problems: Problems;
  today: string;
  data: Json;
  sources: unknown[];
  entries: unknown[];
  timeline: unknown[];
  meta: Json;
  factsAsOf: string | undefined;
  sourceIds: Map<string, number>;
  entryIds: Map<string, number>;
  /** Source id → its `published` date. */
  published: Map<string, string>;
  cited: Set<string>;
  claimIds: Map<string, string>;
  /** The topic's common words (`detection.commonWords`): an alias that is one must be case-sensitive. */
  commonWords: ReadonlySet<string>;
  /** Folded alias text → every alias with that text, for checkAliasOwners. */
  aliasOwners: Map<string, AliasOwner[]>;
  sourceRef(path: string, id: unknown): void;
  entryRef(path: string, id: unknown, self?: string): void;
}

export function checkContext(data: Json, problems: Problems, today: string): CheckContext {
  const meta = isObj(data.meta) ? data.meta : {};
  const ctx: CheckContext = {
    problems,
    today,
    data,
    sources: arr(data.sources),
    entries: arr(data.entries),
    timeline: arr(data.timeline),
    meta,
    factsAsOf: str(meta.factsAsOf),
    sourceIds: new Map(),
    entryIds: new Map(),
    published: new Map(),
    cited: new Set(),
    claimIds: new Map(),
    commonWords: new Set(arr(isObj(data.detection) ? data.detection.commonWords : undefined).filter((w): w is string => typeof w === 'string')),
    aliasOwners: new Map(),
    sourceRef(path, id) {
      if (typeof id !== 'string') return;
      ctx.cited.add(id);
      if (!ctx.sourceIds.has(id)) problems.add(path, `names source ${q(id)}, which is not in sources[]`);
    },
    entryRef(path, id, self) {
      if (typeof id !== 'string') return;
      if (!ctx.entryIds.has(id)) problems.add(path, `names entry ${q(id)}, which is not in entries[]`);
      else if (id === self) problems.add(path, 'names the entry itself');
    },
  };
  return ctx;
}
