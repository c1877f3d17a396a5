/**
 * What of the pack goes into the extension: everything but `$schema`, with each claim's matcher
 * worked out (precompiled.ts) and without its example sentences, which exist for the build-time
 * check only and would double the claims' weight; and the gate index of the pack's claims.
 */
import type { TopicPack } from '../pack/types.ts';
import { GateIndex, type BundledGateIndex } from './gate-index.ts';
import { compileClaims } from './matcher.ts';
import { precompileMatcher } from './precompiled.ts';

export type BundledPack = Omit<TopicPack, '$schema'> & { claimIndex?: BundledGateIndex };

export function bundledPack(pack: TopicPack): BundledPack {
  const { $schema: _schema, ...full } = pack;
  const entries = full.entries.map((e) => ({
    ...e,
    misstatements: e.misstatements.map(({ matcher, ...m }) => (matcher ? { ...m, compiled: precompileMatcher(matcher) } : m)),
  }));
  const claims = compileClaims(entries);
  return { ...full, entries, ...(claims.length ? { claimIndex: new GateIndex(claims).bundled() } : {}) };
}
