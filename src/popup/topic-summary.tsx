/** A short sourced summary of a topic from its pack: what changed, key numbers, a timeline. */
import packs from 'pack:all';
import type { Fact, Source, TopicPack } from '../shared/pack/types.ts';
import { SourceList, SourceRefs, formatIsoDate, numberSources } from '../shared/ui/sources.tsx';
import { figureAge, localToday, scheduleWording } from '../shared/pack/dates.ts';
import { topicSummary } from './summary.ts';
import { t, tParts } from '../shared/ui/i18n.ts';

/** The pack of the page's topic (the detected one, best first), or the first pack when none was detected. */
export function packForTopic(topic: string | undefined): TopicPack {
  return packs.find((p) => p.meta.id === topic) ?? packs[0]!;
}

function summaryOf(pack: TopicPack) {
  const summary = topicSummary(pack);
  const sources = new Map(pack.sources.map((s) => [s.id, s]));
  const cited = [...summary.points, ...summary.numbers].flatMap((p) => p.fact.sources).concat(summary.timeline.flatMap((t) => t.sources));
  const numbers = numberSources(cited, sources);
  const citedSources = [...numbers.keys()].map((id) => sources.get(id)).filter((s): s is Source => !!s);
  return { summary, sources, numbers, citedSources };
}

/** " · 11 months old", plus a warning once the figure is older than the pack's threshold. */
function ageNote(fact: Fact, today: string, pack: TopicPack): string {
  const age = figureAge(fact, today, pack.meta.staleAfterMonths);
  if (!age) return '';
  return ` · ${age.text}${age.stale ? ` · ${t('summaryMayBeOld')}` : ''}`;
}

export function TopicSummaryView({ pack, today = localToday() }: { pack: TopicPack; today?: string }) {
  const { summary, sources, numbers, citedSources } = summaryOf(pack);
  const refs = (ids: string[]) => <SourceRefs ids={ids} numbers={numbers} sources={sources} />;
  return (
    <section class="summary" aria-labelledby="summary-h" data-testid="summary">
      <h2 id="summary-h">{summary.heading}</h2>
      {summary.lead && <p>{summary.lead.summary}</p>}
      {summary.points.length > 0 && (
        <ul class="points">
          {summary.points.map(({ fact }) => (
            <li key={fact.text}>
              {fact.text} {refs(fact.sources)}
            </li>
          ))}
        </ul>
      )}
      {summary.numbers.length > 0 && (
        <>
          <h3>{t('summaryKeyNumbers')}</h3>
          <ul class="numbers" data-testid="numbers">
            {summary.numbers.map(({ entry, fact }) => (
              <li key={`${entry.id}${fact.value}`}>
                <strong class="value">{fact.value}</strong> <span class="what">{fact.text}</span>{' '}
                <span class="muted">
                  {t('summaryAsOf')} <time dateTime={fact.asOf}>{formatIsoDate(fact.asOf)}</time>
                  {ageNote(fact, today, pack)}
                  {fact.disputed ? ` · ${t('summaryDisputed')}` : ''}
                </span>{' '}
                {refs(fact.sources)}
              </li>
            ))}
          </ul>
        </>
      )}
      {summary.timeline.length > 0 && (
        <>
          <h3>{t('summaryTimeline')}</h3>
          <ol class="timeline" data-testid="timeline">
            {summary.timeline.map((t) => (
              <li key={t.date + t.text}>
                <time dateTime={t.date}>{formatIsoDate(t.date)}</time>{' '}
                <span>{t.scheduled ? `${scheduleWording(t.date, t.scheduled, today).text}.` : t.text}</span> {refs([...new Set([...t.sources, ...(t.scheduled?.confirmedBy ?? [])])])}
              </li>
            ))}
          </ol>
        </>
      )}
      <h3>{t('sources')}</h3>
      <SourceList sources={citedSources} />
      <p class="muted small">
        <span data-testid="facts-as-of">
          {t('summaryFactsAsOf')} <time dateTime={pack.meta.factsAsOf}>{formatIsoDate(pack.meta.factsAsOf)}</time>
        </span>
        {tParts('summaryPackVersion', pack.meta.version, <time dateTime={pack.meta.updated}>{formatIsoDate(pack.meta.updated)}</time>)}
      </p>
    </section>
  );
}
