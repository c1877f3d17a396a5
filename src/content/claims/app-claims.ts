/**
 * The claims part of the on-demand app: the notes controller, the card for a note, the keyboard
 * order of terms and notes, and the popup's list. Kept here so app/index.ts only wires it in.
 */
import { h, type VNode } from 'preact';
import { claimIndexOf } from '../../shared/claims/gate-index.ts';
import { claimIdsOf, compileClaims, type CompiledClaim } from '../../shared/claims/matcher.ts';
import { claimNotesOn } from '../../shared/claims/settings.ts';
import type { Voice } from '../../shared/claims/types.ts';
import { localToday } from '../../shared/pack/dates.ts';
import type { Entry, Misstatement, TopicPack } from '../../shared/pack/types.ts';
import type { Settings } from '../../shared/settings/schema.ts';
import { ClaimCard } from './card.tsx';
import { ClaimNotes, type NoteSummary } from './controller.ts';
import { knownHits } from './known-hits.ts';
import { matchInBackground } from './match-in-background.ts';
import { CLAIM_ATTR } from './wrap.ts';

export interface PageClaims {
  notes: ClaimNotes;
  /** Applies the setting for this page, at start and on every settings change. */
  apply(settings: Settings | null, host: string): void;
  /** Whether `el` is a piece of a claim note we made. */
  isNote(el: Element): boolean;
  cardFor(note: HTMLElement, ctx: { theme: 'light' | 'dark'; onClose(): void; onOpenEntry(id: string): void }): VNode | null;
  /** Term marks and note heads in document order: what the keyboard steps through. */
  stepOrder(marks: readonly HTMLElement[]): HTMLElement[];
  list(): NoteSummary[];
  head(index: number): HTMLElement | undefined;
}

/** `pack`: the packs' union; `registered`: the packs themselves, whose bundled gate indexes it may use. */
export function pageClaims(doc: Document, pack: TopicPack, registered: readonly TopicPack[], changed: () => void): PageClaims {
  const byId = new Map<string, { entry: Entry; claim: Misstatement }>();
  for (const entry of pack.entries) for (const claim of entry.misstatements) if (claim.id) byId.set(claim.id, { entry, claim });
  let claims: CompiledClaim[] | null = null;
  let ids: string[] | null = null;
  const compiled = () => (claims ??= compileClaims(pack.entries, registered.map(claimIndexOf)));
  const claimIds = () => (ids ??= claimIdsOf(pack.entries));
  const notes = new ClaimNotes(doc, knownHits(matchInBackground(compiled, undefined, claimIds)), () => localToday(), changed);
  return {
    notes,
    apply(settings, host) {
      notes.setEnabled(!!settings && claimNotesOn(settings.claimNotes, host));
    },
    isNote: (el) => notes.isNote(el),
    cardFor(note, ctx) {
      const ids = note.getAttribute(CLAIM_ATTR);
      if (!notes.isNote(note) || !ids) return null;
      const claims = ids.split(' ').flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
      if (!claims.length) return null;
      const speaker = note.getAttribute('data-claim-speaker') ?? undefined;
      const voice = (note.getAttribute('data-claim-voice') ?? 'outlet') as Voice;
      return h(ClaimCard, { pack, claims, sentence: notes.sentenceOf(note), voice, ...(speaker ? { speaker } : {}), ...ctx }) as VNode;
    },
    stepOrder(marks) {
      const heads = notes.heads();
      return heads.length ? mergeInOrder(marks, heads) : [...marks];
    },
    list: () => notes.summaries(),
    head: (index) => notes.heads()[index],
  };
}

/** Merges two lists that are each in document order: one comparison per element, not a sort. */
export function mergeInOrder(a: readonly HTMLElement[], b: readonly HTMLElement[]): HTMLElement[] {
  const out: HTMLElement[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i]!.compareDocumentPosition(b[j]!) & 4 /* FOLLOWING */ ? a[i++]! : b[j++]!);
  return out.concat(a.slice(i), b.slice(j));
}
