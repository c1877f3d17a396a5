/**
 * The claim card: what this sentence of the article says, what the sources say, the verdict in
 * neutral words, numbered dated sources, as-of, and a way to the entry's own card.
 */
import type { Entry, Misstatement, TopicPack } from '../../shared/pack/types.ts';
import type { Verdict, Voice } from '../../shared/claims/types.ts';
import { SourceList } from '../../shared/ui/sources.tsx';
import { Refs, AsOf, When, WeakSource, weakOnly } from '../popover/card-parts.tsx';
import { CARD_BODY_CLASS, CARD_TITLE_ID } from '../popover/card.tsx';
import { t, tParts, type MessageKey } from '../../shared/ui/i18n.ts';

const VERDICT_KEYS: Record<Verdict, MessageKey> = {
  incorrect: 'claimVerdictIncorrect',
  misleading: 'claimVerdictMisleading',
  unverified: 'claimVerdictUnverified',
  outdated: 'claimVerdictOutdated',
};

export const verdictLabel = (verdict: Verdict): string => t(VERDICT_KEYS[verdict]);

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
  if (voice === 'quoted') return speaker ? t('claimQuotes', speaker) : t('claimQuotesSomeone');
  if (voice === 'attributed') return speaker ? t('claimCiting', speaker) : t('claimCitingSource');
  return t('claimSays');
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
          <span class="kind">{t('claimCardKind')}</span>
          <h2 id={CARD_TITLE_ID}>{verdictLabel(first.verdict ?? 'incorrect')}</h2>
        </div>
        <button type="button" class="close" aria-label={t('cardClose')} title={t('cardCloseTitle')} onClick={onClose}>
          ×
        </button>
      </div>
      <div class={CARD_BODY_CLASS} tabIndex={0}>
        <section>
          <h3>{saysHeading(voice, speaker)}</h3>
          <blockquote class="said">{trimSentence(sentence)}</blockquote>
        </section>
        <section>
          <h3>{t('claimSourcesSay')}</h3>
          <ul class="corrections">
            {claims.map(({ entry, claim }) => (
              <li key={claim.id} data-verdict={claim.verdict}>
                {claims.length > 1 && <span class="flag">{verdictLabel(claim.verdict ?? 'incorrect')}</span>}{' '}
                {claim.verdict === 'outdated' && claim.since && <span class="flag">{tParts('claimSince', <When iso={claim.since} />)}</span>} {claim.correction}{' '}
                <Refs ids={claim.sources} numbers={numbers} /> <WeakSource notes={weakOnly(claim.sources, sources)} />{' '}
                <span class="meta">
                  <AsOf iso={claim.asOf ?? pack.meta.factsAsOf} />
                </span>{' '}
                <button type="button" class="chip" data-entry-id={entry.id} onClick={() => onOpenEntry(entry.id)}>
                  {t('claimAbout', entry.label)}
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section>
          <h3>{t('sources')}</h3>
          <SourceList sources={cited.map((id) => sources.get(id)!)} />
        </section>
        <p class="footer">
          {tParts('claimFooter', pack.meta.title, <When iso={pack.meta.factsAsOf} />)}
        </p>
      </div>
    </div>
  );
}
