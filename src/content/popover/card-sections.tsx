/** The sections of the context card, each shown only when the entry has something for it. */
import type { Entry, Source, Stance, Statement } from '../../shared/pack/types.ts';
import { FactItem, Refs, ScheduledItem, WeakSource, When, weakOnly, type DateContext } from './card-parts.tsx';
import { t, type MessageKey } from '../../shared/ui/i18n.ts';
import type { RelatedTerm } from './card.tsx';

interface SectionProps {
  entry: Entry;
  ctx: DateContext;
}

const STANCES: { stance: Stance; heading: MessageKey }[] = [
  { stance: 'official', heading: 'cardOfficials' },
  { stance: 'critic', heading: 'cardCritics' },
  { stance: 'supporter', heading: 'cardSupporters' },
  { stance: 'observer', heading: 'cardObservers' },
];

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

export function FactsSection({ entry, ctx }: SectionProps) {
  if (!entry.facts.length) return null;
  return (
    <section>
      <h3>{t('cardKeyFacts')}</h3>
      <ul class="facts">
        {entry.facts.map((f) => (
          <FactItem key={f.text} f={f} ctx={ctx} />
        ))}
      </ul>
    </section>
  );
}

export function DatesSection({ entry, ctx }: SectionProps) {
  const scheduled = entry.scheduled ?? [];
  if (!scheduled.length) return null;
  return (
    <section>
      <h3>{t('cardDates')}</h3>
      <ul class="dates">
        {scheduled.map((ev) => (
          <ScheduledItem key={ev.date + ev.upcoming} ev={ev} ctx={ctx} />
        ))}
      </ul>
    </section>
  );
}

export function StatementsSection({ entry, ctx }: SectionProps) {
  const groups = STANCES.map((g) => ({ ...g, items: entry.statements.filter((s) => s.stance === g.stance) })).filter((g) => g.items.length);
  if (!groups.length) return null;
  return (
    <section>
      <h3>{t('cardWhoSaidWhat')}</h3>
      {groups.map((g) => (
        <div key={g.stance} class={`stance stance-${g.stance}`}>
          <h4>{t(g.heading)}</h4>
          <ul class="statements">
            {g.items.map((s) => (
              <StatementItem key={s.quote} s={s} source={ctx.sources.get(s.source)} numbers={ctx.numbers} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

export function MisstatementsSection({ entry, ctx }: SectionProps) {
  if (!entry.misstatements.length) return null;
  return (
    <section class="misstated">
      <h3>{t('cardMisstated')}</h3>
      <ul>
        {entry.misstatements.map((m) => (
          <li key={m.claim}>
            <p class="claim">
              <span class="tag">{t('cardReportedAs')}</span> {m.claim}
            </p>
            <p class="correction">
              <span class="tag">{t('cardBetterSourced')}</span> {m.correction} <Refs ids={m.sources} numbers={ctx.numbers} /> <WeakSource notes={weakOnly(m.sources, ctx.sources)} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function RelatedSection({ related, onOpenRelated }: { related: RelatedTerm[]; onOpenRelated(id: string): void }) {
  if (!related.length) return null;
  return (
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
  );
}
