/** The context card for one pack entry: what it is, key facts, who said what, and the sources. */
import type { Entry, TopicPack } from '../../shared/pack/types.ts';
import { localToday } from '../../shared/pack/dates.ts';
import type { FoundAs } from '../../shared/pack/found-as.ts';
import { SourceList } from '../../shared/ui/sources.tsx';
import { When, type DateContext } from './card-parts.tsx';
import { DatesSection, FactsSection, MisstatementsSection, RelatedSection, StatementsSection } from './card-sections.tsx';
import { t, tParts } from '../../shared/ui/i18n.ts';

export interface RelatedTerm {
  id: string;
  label: string;
}

export interface CardProps {
  pack: TopicPack;
  entry: Entry;
  theme: 'light' | 'dark';
  /** Related entries that have a highlight on this page. */
  related: RelatedTerm[];
  onClose(): void;
  onOpenRelated(id: string): void;
  /** The reader's today (YYYY-MM-DD); scheduled events and figure ages are worded from it. */
  today?: string;
  /** The highlighted text, when it is a name in another language than the card's English. */
  found?: FoundAs;
}

export const CARD_TITLE_ID = 'lpc-card-title';
export const CARD_BODY_CLASS = 'body';

/** Source ids in the order the card cites them, so references read [1], [2], … top to bottom. */
export function citedSources(entry: Entry): string[] {
  return [
    ...new Set([
      ...entry.facts.flatMap((f) => f.sources),
      ...entry.statements.map((s) => s.source),
      ...entry.misstatements.flatMap((m) => m.sources),
      ...(entry.scheduled ?? []).flatMap((e) => [...e.sources, ...(e.confirmedBy ?? [])]),
    ]),
  ];
}

function CardHead({ entry, found, onClose }: Pick<CardProps, 'entry' | 'found' | 'onClose'>) {
  return (
    <div class="head">
      <div class="titles">
        <span class="kind">{entry.kind}</span>
        <h2 id={CARD_TITLE_ID}>{entry.label}</h2>
        {found && (
          <p class="found" data-testid="found-as">
            {tParts('cardFoundAs', <span lang={found.lang}>{found.text}</span>, found.language)}
          </p>
        )}
      </div>
      <button type="button" class="close" aria-label={t('cardClose')} title={t('cardCloseTitle')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}

export function Card({ pack, entry, theme, related, onClose, onOpenRelated, today = localToday(), found }: CardProps) {
  const sources = new Map(pack.sources.map((s) => [s.id, s]));
  const cited = citedSources(entry).filter((id) => sources.has(id));
  const numbers = new Map(cited.map((id, i) => [id, i + 1]));
  const ctx: DateContext = { today, staleAfterMonths: pack.meta.staleAfterMonths, sources, numbers };

  return (
    <div class="card" role="dialog" aria-labelledby={CARD_TITLE_ID} data-theme={theme} data-term-id={entry.id} lang="en">
      <CardHead entry={entry} found={found} onClose={onClose} />
      <div class={CARD_BODY_CLASS} tabIndex={0}>
        <p class="summary">{entry.summary}</p>
        <FactsSection entry={entry} ctx={ctx} />
        <DatesSection entry={entry} ctx={ctx} />
        <StatementsSection entry={entry} ctx={ctx} />
        <MisstatementsSection entry={entry} ctx={ctx} />
        {cited.length > 0 && (
          <section>
            <h3>{t('sources')}</h3>
            <SourceList sources={cited.map((id) => sources.get(id)!)} />
          </section>
        )}
        <RelatedSection related={related} onOpenRelated={onOpenRelated} />
        <p class="footer">
          {tParts('cardFooter', pack.meta.title, <When iso={pack.meta.factsAsOf} />, <When iso={pack.meta.updated} />)}
        </p>
      </div>
    </div>
  );
}
