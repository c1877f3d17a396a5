/**
 * The part of a topic pack the always-on content script needs on every page: the detection
 * vocabulary and the alias table. Pure (no Node or DOM APIs beyond TextEncoder), so it can run
 * at build time or in tests.
 */
import type { CompactPack, DetectionTerm, TopicPack } from './types.ts';

function term(t: DetectionTerm): DetectionTerm {
  const out: DetectionTerm = { phrase: t.phrase, weight: t.weight, role: t.role };
  if (t.caseSensitive) out.caseSensitive = true;
  return out;
}

/**
 * Aliases come out longest first (then alphabetically), the order a single combined pattern
 * needs so that "anti-personnel landmines" wins over "landmines".
 */
export function compactPack(pack: TopicPack): CompactPack {
  const aliases: CompactPack['aliases'] = [];
  for (const entry of pack.entries) {
    for (const alias of entry.aliases) aliases.push([alias.text, entry.id, alias.caseSensitive ? 1 : 0]);
  }
  aliases.sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    id: pack.meta.id,
    version: pack.meta.version,
    detection: {
      threshold: pack.detection.threshold,
      terms: pack.detection.terms.map(term),
      negatives: pack.detection.negatives.map(term),
    },
    aliases,
  };
}

/** Size in bytes of the value as minified JSON (UTF-8), the measure the size budgets use. */
export function minifiedSize(obj: unknown): number {
  return new TextEncoder().encode(JSON.stringify(obj)).length;
}
