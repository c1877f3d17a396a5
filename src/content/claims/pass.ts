/**
 * One claim pass over (part of) an article: read its blocks, have their texts matched against
 * the pack's claims, and wrap each sentence that makes one in a claim note. Blocks are
 * independent, so a long article is read a few hundred text nodes per idle slice, like the term
 * highlighter's chunks.
 *
 * The matching itself is the caller's `match`. In the app it runs in the background, off the
 * page's main thread (claim-match.ts): the page pays for reading and wrapping only. The answer
 * comes in a later task, so a block is wrapped only if the page has not changed it meanwhile;
 * a block the page changed is the business of the pass that follows its next term pass.
 */
import { findClaimsInBlocks, type CompiledClaim } from '../../shared/claims/matcher.ts';
import type { ClaimHit } from '../../shared/claims/types.ts';
import { runUntil, type SlicedRun } from '../highlight/idle.ts';
import { reportError } from '../report-error.ts';
import { BlockReader, type TextBlock } from './blocks.ts';
import { CLAIM_ATTR, wrapRange } from './wrap.ts';

export const VOICE_ATTR = 'data-claim-voice';
export const SPEAKER_ATTR = 'data-claim-speaker';
/** Up to this much text, read in one go (a long article is read in slices). */
const SYNC_CHARS = 40_000;

/** The claims made in each of these blocks' texts: at once, or when the background answers. */
export type BlockMatch = (texts: string[]) => ClaimHit[][] | Promise<ClaimHit[][]>;

/** Matching in the page itself (unit tests, tools, and the app when the background cannot answer). */
export const matchHere =
  (claims: readonly CompiledClaim[], today: string): BlockMatch =>
  (texts) =>
    findClaimsInBlocks(claims, texts, today);

export interface ClaimPassOptions {
  match: BlockMatch;
  /** Notes go here, in document order within each pass. */
  notes: HTMLElement[];
  guard?: (write: () => void) => void;
  /** Called with the pieces of each note made and the sentence they stand for (a link or a term mark between pieces is part of it). */
  onNote?: (pieces: HTMLElement[], sentence: string) => void;
  /** Work per idle slice of a long page (default CLAIM_SLICE_MS; the bench compares sizes). */
  sliceMs?: number;
  /**
   * Characters of block text a long page gathers before asking `match` (default: every step
   * asks). For a match that answers later: each request has a fixed cost to the page (the
   * message, its answer's task, one guarded write), and matching elsewhere costs the page no
   * longer steps.
   */
  askEvery?: number;
}

function attrsFor(hit: ClaimHit): Record<string, string> {
  const attrs: Record<string, string> = { [CLAIM_ATTR]: hit.claimIds.join(' '), [VOICE_ATTR]: hit.voice };
  if (hit.speaker) attrs[SPEAKER_ATTR] = hit.speaker;
  return attrs;
}

/** Wraps a block's hits, last first so earlier offsets stay valid; the pieces of each note, in order. */
function wrapHits(block: TextBlock, hits: readonly ClaimHit[]): HTMLElement[][] {
  const made: HTMLElement[][] = [];
  for (let i = hits.length - 1; i >= 0; i--) made.unshift(wrapRange(block, hits[i]!.start, hits[i]!.end, attrsFor(hits[i]!)));
  return made;
}

/**
 * Notes the hits of a run of blocks, in one guarded write: each write the guard wraps costs the
 * app a pair of MutationObserver calls (live-watch.ts). Blocks the page changed since they were
 * read are left alone.
 */
function noteAll(blocks: readonly TextBlock[], hits: readonly ClaimHit[][], opts: ClaimPassOptions): void {
  const noted: { block: TextBlock; hits: readonly ClaimHit[]; made: HTMLElement[][] }[] = [];
  const write = () => {
    blocks.forEach((block, i) => hits[i]?.length && intact(block) && noted.push({ block, hits: hits[i]!, made: wrapHits(block, hits[i]!) }));
  };
  (opts.guard ?? ((w) => w()))(write);
  for (const { block, hits: found, made } of noted) {
    made.forEach((pieces, i) => pieces.length && opts.onNote?.(pieces, block.text.slice(found[i]!.start, found[i]!.end)));
    opts.notes.push(...made.flat());
  }
}

/** The block's nodes are still in the page and hold the text we read (the page may change while we wait). */
const intact = (b: TextBlock) => b.nodes.every((n, i) => n.isConnected && n.data === b.text.slice(b.starts[i], b.starts[i + 1] ?? b.text.length));

export const isPromise = <T>(x: T | Promise<T>): x is Promise<T> => typeof (x as { then?: unknown } | null)?.then === 'function';

/**
 * Work per idle slice of a long page: twice the term pass's, so the pass waits for half as many
 * idle callbacks; still far under the 50 ms long-task line (a step is well under a millisecond).
 * Measured work is the same as with 6 ms slices (docs/claims.md, speed).
 */
export const CLAIM_SLICE_MS = 12;

/** Text nodes read per step of a long page (a few hundred take well under a millisecond). */
const NODES_PER_STEP = 300;
/** Blocks of the text read at the start matched per step of a long page: about what a step reads. */
const BLOCKS_PER_STEP = 50;

/**
 * Reads several roots one after another, as one reader: the batch a live page's term pass made
 * (a hundred new paragraphs) becomes one pass and one request, not a hundred.
 */
class RootsReader {
  private readonly readers: BlockReader[];
  private at = 0;

  constructor(roots: readonly Element[]) {
    this.readers = roots.map((r) => new BlockReader(r));
  }

  get done(): boolean {
    return this.at >= this.readers.length;
  }

  /** As BlockReader.read, on through the roots: up to `maxNodes` text nodes, or until `maxChars` of block text. */
  read(maxNodes: number, maxChars = Infinity): TextBlock[] {
    const out: TextBlock[] = [];
    let chars = 0;
    let nodes = 0;
    while (!this.done && nodes < maxNodes && chars < maxChars) {
      const reader = this.readers[this.at]!;
      const before = { chars: reader.chars, nodes: reader.nodesRead };
      out.push(...reader.read(maxNodes - nodes, maxChars - chars));
      chars += reader.chars - before.chars;
      nodes += reader.nodesRead - before.nodes;
      if (reader.done) this.at++;
    }
    return out;
  }
}

/** Hands blocks on once `every` characters of them have come (or the last have), or at once without `every`. */
function gathering(handOn: (blocks: readonly TextBlock[]) => void, every?: number): (blocks: readonly TextBlock[], last: boolean) => void {
  let gathered: TextBlock[] = [];
  let chars = 0;
  return (blocks, last) => {
    if (!every) return handOn(blocks);
    gathered.push(...blocks);
    for (const b of blocks) chars += b.text.length;
    if (chars < every && !last) return;
    handOn(gathered);
    gathered = [];
    chars = 0;
  };
}

/** `workMs` and `longestMs` count the page's own work: reading, asking, and wrapping when the answer comes. */
export function noteClaims(root: Element | readonly Element[], opts: ClaimPassOptions): SlicedRun {
  const started = performance.now();
  let cancelled = false;
  let answered = 0;
  let longestAnswer = 0;
  // Answers are wrapped in the order the blocks were read, so notes stay in document order.
  let wrapped: Promise<void> = Promise.resolve();
  /** One lower-casing and one gate scan for a run of blocks (findClaimsInBlocks), wherever it runs. */
  const noteBlocks = (blocks: readonly TextBlock[]) => {
    if (!blocks.length) return;
    const answer = opts.match(blocks.map((b) => b.text));
    if (!isPromise(answer)) return noteAll(blocks, answer, opts);
    wrapped = Promise.all([wrapped, answer]).then(([, hits]) => {
      if (cancelled) return;
      const t = performance.now();
      noteAll(blocks, hits, opts);
      const took = performance.now() - t;
      answered += took;
      longestAnswer = Math.max(longestAnswer, took);
    }).catch((error) => reportError('claim notes', error));
  };
  const run = (): SlicedRun => {
    const reader = new RootsReader([root].flat());
    // Reading up to the limit tells a short article from a long one without copying the page's whole text first.
    const first = reader.read(Infinity, SYNC_CHARS + 1);
    if (reader.done) {
      noteBlocks(first);
      const ms = performance.now() - started;
      return { done: Promise.resolve(), cancel: () => undefined, workMs: () => ms, longestMs: () => ms };
    }
    // A long page: what was read is matched in the first idle slices, then the same walker reads on.
    let next = 0;
    const ask = gathering(noteBlocks, opts.askEvery);
    const sliced = runUntil(() => {
      if (next < first.length) {
        ask(first.slice(next, (next += BLOCKS_PER_STEP)), false);
        return false;
      }
      ask(reader.read(NODES_PER_STEP), reader.done);
      return reader.done;
    }, false, opts.sliceMs ?? CLAIM_SLICE_MS);
    const readMs = performance.now() - started;
    return { ...sliced, workMs: () => sliced.workMs() + readMs, longestMs: () => Math.max(sliced.longestMs(), readMs) };
  };
  const own = run();
  return {
    // Done once every answer asked for is wrapped (or dropped, when cancelled).
    done: own.done.then(() => wrapped),
    cancel() {
      cancelled = true;
      own.cancel();
    },
    workMs: () => own.workMs() + answered,
    longestMs: () => Math.max(own.longestMs(), longestAnswer),
  };
}
