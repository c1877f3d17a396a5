/** The context card for one pack entry: what it is, key facts, who said what, and the sources. */
import type { Entry, Source, Stance, Statement, TopicPack } from '../../shared/pack/types.ts';
import { localToday } from '../../shared/pack/dates.ts';
import type { FoundAs } from '../../shared/pack/found-as.ts';
import { SourceList } from '../../shared/ui/sources.tsx';
import { FactItem, Refs, ScheduledItem, WeakSource, When, weakOnly, type DateContext } from './card-parts.tsx';
import { t, tParts, type MessageKey } from '../../shared/ui/i18n.ts';

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

const STANCES: { stance: Stance; heading: MessageKey }[] = [
  { stance: 'official', heading: 'cardOfficials' },
  { stance: 'critic', heading: 'cardCritics' },
  { stance: 'supporter', heading: 'cardSupporters' },
  { stance: 'observer', heading: 'cardObservers' },
];

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

function StatementItem({ s, source, numbers }: { s: Statement; source: Source | undefined; numbers: Map<string, number> }) {
  return (
    <li class="statement">
      <blockquote>{s.quote}</blockquote>
      <p class="attribution">
        <span class="speaker">{s.speaker}</span>, {s.role}
        {source ? ` · ${source.publisher}` : ''} · <When iso={s.date} /> <Refs ids={[s.source]} numbers={numbers} />{' '}
        <WeakSource notes={source?.reliability ? [source.reliability] : []} />
      </p>
    </li>
  );
}

export function Card({ pack, entry, theme, related, onClose, onOpenRelated, today = localToday(), found }: CardProps) {
  const sources = new Map(pack.sources.map((s) => [s.id, s]));
  const cited = citedSources(entry).filter((id) => sources.has(id));
  const numbers = new Map(cited.map((id, i) => [id, i + 1]));
  const ctx: DateContext = { today, staleAfterMonths: pack.meta.staleAfterMonths, sources, numbers };
  const scheduled = entry.scheduled ?? [];
  const groups = STANCES.map((g) => ({ ...g, items: entry.statements.filter((s) => s.stance === g.stance) })).filter((g) => g.items.length);

  return (
    <div class="card" role="dialog" aria-labelledby={CARD_TITLE_ID} data-theme={theme} data-term-id={entry.id} lang="en">
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
      <div class={CARD_BODY_CLASS} tabIndex={0}>
        <p class="summary">{entry.summary}</p>

        {entry.facts.length > 0 && (
          <section>
            <h3>{t('cardKeyFacts')}</h3>
            <ul class="facts">
              {entry.facts.map((f) => (
                <FactItem key={f.text} f={f} ctx={ctx} />
              ))}
            </ul>
          </section>
        )}

        {scheduled.length > 0 && (
          <section>
            <h3>{t('cardDates')}</h3>
            <ul class="dates">
              {scheduled.map((ev) => (
                <ScheduledItem key={ev.date + ev.upcoming} ev={ev} ctx={ctx} />
              ))}
            </ul>
          </section>
        )}

        {groups.length > 0 && (
          <section>
            <h3>{t('cardWhoSaidWhat')}</h3>
            {groups.map((g) => (
              <div key={g.stance} class={`stance stance-${g.stance}`}>
                <h4>{t(g.heading)}</h4>
                <ul class="statements">
                  {g.items.map((s) => (
                    <StatementItem key={s.quote} s={s} source={sources.get(s.source)} numbers={numbers} />
                  ))}
                </ul>
              </div>
            ))}
          </section>
        )}

        {entry.misstatements.length > 0 && (
          <section class="misstated">
            <h3>{t('cardMisstated')}</h3>
            <ul>
              {entry.misstatements.map((m) => (
                <li key={m.claim}>
                  <p class="claim">
                    <span class="tag">{t('cardReportedAs')}</span> {m.claim}
                  </p>
                  <p class="correction">
                    <span class="tag">{t('cardBetterSourced')}</span> {m.correction} <Refs ids={m.sources} numbers={numbers} /> <WeakSource notes={weakOnly(m.sources, sources)} />
                  </p>
                </li>
              ))}
            </ul>
          </section>
        )}

        {cited.length > 0 && (
          <section>
            <h3>{t('sources')}</h3>
            <SourceList sources={cited.map((id) => sources.get(id)!)} />
          </section>
        )}

        {related.length > 0 && (
          <section>
            <h3>{t('cardRelated')}</h3>
            <ul class="related">
              {related.map((r) => (
                <li key={r.id}>
                  <button type="button" class="chip" data-related-id={r.id} onClick={() => onOpenRelated(r.id)}>
                    {r.label}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        <p class="footer">
          {tParts('cardFooter', pack.meta.title, <When iso={pack.meta.factsAsOf} />, <When iso={pack.meta.updated} />)}
        </p>
      </div>
    </div>
  );
}
