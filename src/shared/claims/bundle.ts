/**
 * What of the pack goes into the extension: everything but `$schema`, with each claim's matcher
 * worked out (precompiled.ts) and without its example sentences, which exist for the build-time
 * check only and would double the claims' weight; and the gate index of the pack's claims.
 */
import type { TopicPack } from '../pack/types.ts';
import { GateIndex, type BundledGateIndex } from './gate-index.ts';
import { compileClaims, type ClaimSource } from './matcher.ts';
import { precompileMatcher, type BundledMisstatement } from './precompiled.ts';

export type BundledPack = Omit<TopicPack, '$schema'> & { claimIndex?: BundledGateIndex };

/**
 * What the background matches a pack's claims with (the `pack:claims` module): each claim's id,
 * entry, verdict, date and worked-out matcher, and the pack's gate index; none of the text a
 * card shows.
 */
export interface ClaimPack {
  entries: ClaimSource[];
  claimIndex?: BundledGateIndex;
}

export function claimPack({ entries, claimIndex }: Pick<BundledPack, 'entries' | 'claimIndex'>): ClaimPack {
  return {
    entries: entries.map((e) => ({
      id: e.id,
      misstatements: e.misstatements.flatMap((m: BundledMisstatement) => (m.id && m.compiled ? [{ id: m.id, ...(m.verdict ? { verdict: m.verdict } : {}), ...(m.since ? { since: m.since } : {}), compiled: m.compiled }] : [])),
    })).filter((e) => e.misstatements.length),
    ...(claimIndex ? { claimIndex } : {}),
  };
}

export function bundledPack(pack: TopicPack): BundledPack {
  const { $schema: _schema, ...full } = pack;
  const entries = full.entries.map((e) => ({
    ...e,
    misstatements: e.misstatements.map(({ matcher, ...m }) => (matcher ? { ...m, compiled: precompileMatcher(matcher) } : m)),
  }));
  const claims = compileClaims(entries);
  return { ...full, entries, ...(claims.length ? { claimIndex: new GateIndex(claims).bundled() } : {}) };
}
