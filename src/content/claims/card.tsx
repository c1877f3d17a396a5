/**
 * The claim card: what this sentence of the article says, what the sources say, the verdict in
 * neutral words, numbered dated sources, as-of, and a way to the entry's own card.
 */
import type { Entry, Misstatement, TopicPack } from '../../shared/pack/types.ts';
import type { Verdict, Voice } from '../../shared/claims/types.ts';
import { SourceList } from '../../shared/ui/sources.tsx';
import { Refs, When, WeakSource, weakOnly } from '../popover/card-parts.tsx';
import { CARD_BODY_CLASS, CARD_TITLE_ID } from '../popover/card.tsx';

export const VERDICT_LABEL: Record<Verdict, string> = {
  incorrect: 'The sources say otherwise',
  misleading: 'Misleading as worded',
  unverified: 'Not supported by the sources we have',
  outdated: 'Out of date',
};

/** The longest sentence shown whole; longer ones are cut at a word. */
const SENTENCE_MAX = 280;

export function trimSentence(s: string): string {
  if (s.length <= SENTENCE_MAX) return s;
  return `${s.slice(0, SENTENCE_MAX).replace(/\s+\S*$/, '')} …`;
}

export interface ClaimCardProps {
  pack: TopicPack;
  /** The claims the sentence makes, with the entry each belongs to. */
  claims: { entry: Entry; claim: Misstatement }[];
  sentence: string;
  voice: Voice;
  speaker?: string;
  theme: 'light' | 'dark';
  onClose(): void;
  onOpenEntry(id: string): void;
}

function saysHeading(voice: Voice, speaker?: string): string {
  if (voice === 'quoted') return speaker ? `This article quotes ${speaker}` : 'This article quotes someone saying';
  if (voice === 'attributed') return speaker ? `This article, citing ${speaker}, says` : 'This article, citing a source, says';
  return 'This article says';
}

export function ClaimCard({ pack, claims, sentence, voice, speaker, theme, onClose, onOpenEntry }: ClaimCardProps) {
  const sources = new Map(pack.sources.map((s) => [s.id, s]));
  const cited = [...new Set(claims.flatMap((c) => c.claim.sources))].filter((id) => sources.has(id));
  const numbers = new Map(cited.map((id, i) => [id, i + 1]));
  const first = claims[0]!.claim;
  return (
    <div class="card claim-card" role="dialog" aria-labelledby={CARD_TITLE_ID} data-theme={theme} data-claim-card={claims.map((c) => c.claim.id).join(' ')} lang="en">
      <div class="head">
        <div class="titles">
          <span class="kind">Claim to check</span>
          <h2 id={CARD_TITLE_ID}>{VERDICT_LABEL[first.verdict ?? 'incorrect']}</h2>
        </div>
        <button type="button" class="close" aria-label="Close" title="Close (Esc)" onClick={onClose}>
          ×
        </button>
      </div>
      <div class={CARD_BODY_CLASS} tabIndex={0}>
        <section>
          <h3>{saysHeading(voice, speaker)}</h3>
          <blockquote class="said">{trimSentence(sentence)}</blockquote>
        </section>
        <section>
          <h3>What the sources say</h3>
          <ul class="corrections">
            {claims.map(({ entry, claim }) => (
              <li key={claim.id} data-verdict={claim.verdict}>
                {claims.length > 1 && <span class="flag">{VERDICT_LABEL[claim.verdict ?? 'incorrect']}</span>}{' '}
                {claim.verdict === 'outdated' && claim.since && <span class="flag">Since <When iso={claim.since} /></span>} {claim.correction}{' '}
                <Refs ids={claim.sources} numbers={numbers} /> <WeakSource notes={weakOnly(claim.sources, sources)} />{' '}
                <span class="meta">
                  <When iso={claim.asOf ?? pack.meta.factsAsOf} prefix="as of " />
                </span>{' '}
                <button type="button" class="chip" data-entry-id={entry.id} onClick={() => onOpenEntry(entry.id)}>
                  About: {entry.label}
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section>
          <h3>Sources</h3>
          <SourceList sources={cited.map((id) => sources.get(id)!)} />
        </section>
        <p class="footer">
          A note on this sentence, not a verdict on the outlet. {pack.meta.title} · facts as of <When iso={pack.meta.factsAsOf} />
        </p>
      </div>
    </div>
  );
}
