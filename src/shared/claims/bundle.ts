/**
 * What of the pack goes into the extension: everything but `$schema`, with each claim's matcher
 * worked out (precompiled.ts) and without its example sentences, which exist for the build-time
 * check only and would double the claims' weight.
 */
import type { TopicPack } from '../pack/types.ts';
import { precompileMatcher } from './precompiled.ts';

export function bundledPack(pack: TopicPack): Omit<TopicPack, '$schema'> {
  const { $schema: _schema, ...full } = pack;
  return {
    ...full,
    entries: full.entries.map((e) => ({
      ...e,
      misstatements: e.misstatements.map(({ matcher, ...m }) => (matcher ? { ...m, compiled: precompileMatcher(matcher) } : m)),
    })),
  };
}
