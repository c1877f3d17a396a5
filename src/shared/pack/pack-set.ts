/**
 * Several topic packs seen as one: the app highlights every registered pack's entries in one
 * pass, and each mark, card and claim note goes back to the pack its entry came from. The build
 * keeps entry, source and claim ids unique across packs (cross-pack.ts), so the union is exact;
 * an alias two packs claim belongs to the first pack here, the one with the higher priority.
 */
import type { Entry, TopicPack } from './types.ts';

export class PackSet {
  /** Every pack's entries, sources and timeline; meta and threshold of the first pack. */
  readonly combined: TopicPack;
  private readonly byEntry = new Map<string, TopicPack>();

  constructor(readonly packs: readonly TopicPack[]) {
    const first = packs[0];
    if (!first) throw new Error('no topic pack registered');
    for (const pack of packs) for (const e of pack.entries) if (!this.byEntry.has(e.id)) this.byEntry.set(e.id, pack);
    this.combined = {
      meta: first.meta,
      sources: packs.flatMap((p) => p.sources),
      entries: packs.flatMap((p) => p.entries),
      timeline: packs.flatMap((p) => p.timeline),
      detection: { threshold: first.detection.threshold, terms: packs.flatMap((p) => p.detection.terms), negatives: packs.flatMap((p) => p.detection.negatives) },
    };
  }

  /** The pack an entry belongs to (its sources, its meta for the card's footer). */
  packOf(entry: Entry | string): TopicPack | undefined {
    return this.byEntry.get(typeof entry === 'string' ? entry : entry.id);
  }

  topicOf(entryId: string): string | undefined {
    return this.byEntry.get(entryId)?.meta.id;
  }
}
