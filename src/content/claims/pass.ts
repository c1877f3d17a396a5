/**
 * One claim pass over (part of) an article: find the sentences that make a known claim and wrap
 * each in a claim note. Blocks are independent, so a long article is done a few blocks per idle
 * slice, like the term highlighter's chunks.
 */
import { findClaimsInBlocks, type CompiledClaim } from '../../shared/claims/matcher.ts';
import type { ClaimHit } from '../../shared/claims/types.ts';
import { runUntil, type SlicedRun } from '../highlight/idle.ts';
import { BlockReader, type TextBlock } from './blocks.ts';
import { CLAIM_ATTR, wrapRange } from './wrap.ts';

export const VOICE_ATTR = 'data-claim-voice';
export const SPEAKER_ATTR = 'data-claim-speaker';
/** Up to this much text, one synchronous pass (a long article is sliced). */
const SYNC_CHARS = 40_000;

export interface ClaimPassOptions {
  claims: readonly CompiledClaim[];
  today: string;
  /** Notes go here, in document order within each pass. */
  notes: HTMLElement[];
  guard?: (write: () => void) => void;
  /** Called with the pieces of each note made and the sentence they stand for (a link or a term mark between pieces is part of it). */
  onNote?: (pieces: HTMLElement[], sentence: string) => void;
  /** Work per idle slice of a long page (default CLAIM_SLICE_MS; the bench compares sizes). */
  sliceMs?: number;
}

function attrsFor(hit: ClaimHit): Record<string, string> {
  const attrs: Record<string, string> = { [CLAIM_ATTR]: hit.claimIds.join(' '), [VOICE_ATTR]: hit.voice };
  if (hit.speaker) attrs[SPEAKER_ATTR] = hit.speaker;
  return attrs;
}

/** Notes a run of blocks: lower-cased and gate-scanned as one text (findClaimsInBlocks). */
function noteBlocks(blocks: readonly TextBlock[], opts: ClaimPassOptions): void {
  const hits = findClaimsInBlocks(opts.claims, blocks.map((b) => b.text), opts.today);
  blocks.forEach((b, i) => noteHits(b, hits[i]!, opts));
}

/** Wraps a block's hits, last first so earlier offsets stay valid. */
function noteHits(block: TextBlock, hits: readonly ClaimHit[], opts: ClaimPassOptions): void {
  if (!hits.length) return;
  const made: HTMLElement[][] = [];
  const write = () => {
    for (let i = hits.length - 1; i >= 0; i--) made.unshift(wrapRange(block, hits[i]!.start, hits[i]!.end, attrsFor(hits[i]!)));
  };
  (opts.guard ?? ((w) => w()))(write);
  made.forEach((pieces, i) => pieces.length && opts.onNote?.(pieces, block.text.slice(hits[i]!.start, hits[i]!.end)));
  opts.notes.push(...made.flat());
}

/**
 * Work per idle slice of a long page: twice the term pass's, so the pass waits for half as many
 * idle callbacks; still far under the 50 ms long-task line (a step is well under a millisecond).
 * Measured work is the same as with 6 ms slices (docs/claims.md, speed).
 */
export const CLAIM_SLICE_MS = 12;

/** Text nodes read per step of a long page (a few hundred take well under a millisecond). */
const NODES_PER_STEP = 300;
/** Blocks of the text read at the start noted per step of a long page: about what a step reads. */
const BLOCKS_PER_STEP = 50;

/** The block's nodes are still in the page and hold the text we read (the page may change while we wait). */
const intact = (b: TextBlock) => b.nodes.every((n, i) => n.isConnected && n.data === b.text.slice(b.starts[i], b.starts[i + 1] ?? b.text.length));

/** `workMs` and `longestMs` count the synchronous start too. */
export function noteClaims(root: Element, opts: ClaimPassOptions): SlicedRun {
  const started = performance.now();
  const reader = new BlockReader(root);
  // Reading up to the limit tells a short article from a long one without copying the page's whole text first.
  const first = reader.read(Infinity, SYNC_CHARS + 1);
  if (reader.done) {
    noteBlocks(first, opts);
    const ms = performance.now() - started;
    return { done: Promise.resolve(), cancel: () => undefined, workMs: () => ms, longestMs: () => ms };
  }
  // A long page: what was read is noted in the first idle slices, then the same walker reads on.
  // A step's blocks are matched together: one lower-casing and one gate scan, not one per block.
  let next = 0;
  const run = runUntil(() => {
    if (next < first.length) {
      noteBlocks(first.slice(next, (next += BLOCKS_PER_STEP)).filter(intact), opts);
      return false;
    }
    noteBlocks(reader.read(NODES_PER_STEP).filter((b) => b.nodes.every((n) => n.isConnected)), opts);
    return reader.done;
  }, false, opts.sliceMs ?? CLAIM_SLICE_MS);
  const readMs = performance.now() - started;
  return { ...run, workMs: () => run.workMs() + readMs, longestMs: () => Math.max(run.longestMs(), readMs) };
}
