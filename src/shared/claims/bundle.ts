/**
 * What of the pack goes into the extension: everything but `$schema` and the matchers' example
 * sentences, which exist for the build-time check only and would double the claims' weight.
 */
import type { TopicPack } from '../pack/types.ts';

export function bundledPack(pack: TopicPack): Omit<TopicPack, '$schema'> {
  const { $schema: _schema, ...full } = pack;
  return {
    ...full,
    entries: full.entries.map((e) => ({
      ...e,
      misstatements: e.misstatements.map((m) => {
        if (!m.matcher) return m;
        const { matches: _m, doesNotMatch: _d, ...matcher } = m.matcher;
        return { ...m, matcher: matcher as typeof m.matcher };
      }),
    })),
  };
}
