/** Pieces of the card that depend on dates and source quality: dated facts, scheduled events, weak-source labels. */
import type { Fact, ScheduledEvent, Source } from '../../shared/pack/types.ts';
import { formatIsoDate } from '../../shared/dates.ts';
import { figureAge, scheduleWording } from '../../shared/pack/dates.ts';
import { t, tParts } from '../../shared/ui/i18n.ts';

export function When({ iso, prefix }: { iso: string; prefix?: string }) {
  return (
    <time dateTime={iso}>
      {prefix}
      {formatIsoDate(iso)}
    </time>
  );
}

/** "as of <date>", worded by the locale. */
export function AsOf({ iso }: { iso: string }) {
  return <>{tParts('cardAsOf', <When iso={iso} />)}</>;
}

export function Refs({ ids, numbers }: { ids: string[]; numbers: Map<string, number> }) {
  const ns = ids.map((id) => numbers.get(id)).filter((n): n is number => n !== undefined);
  return ns.length ? <span class="refs">[{ns.join(', ')}]</span> : null;
}

/** The reliability notes of `ids` when every one of them is weak: a fact resting only on weak sources says so next to it. */
export function weakOnly(ids: string[], sources: Map<string, Source>): string[] {
  const notes = ids.map((id) => sources.get(id)?.reliability);
  return notes.length > 0 && notes.every((n): n is string => !!n) ? [...new Set(notes)] : [];
}

export function WeakSource({ notes }: { notes: string[] }) {
  if (!notes.length) return null;
  return (
    <span class="weak">
      <span class="flag weak-flag">{t('cardWeakSource')}</span> {notes.join(' ')}
    </span>
  );
}

export interface DateContext {
  today: string;
  staleAfterMonths: number;
  sources: Map<string, Source>;
  numbers: Map<string, number>;
}

export function FactItem({ f, ctx }: { f: Fact; ctx: DateContext }) {
  const age = figureAge(f, ctx.today, ctx.staleAfterMonths);
  return (
    <li class={f.disputed ? 'fact disputed' : 'fact'}>
      {f.value && <strong class="value">{f.value}</strong>} {f.text} {f.disputed && <span class="badge">{t('cardDisputed')}</span>}{' '}
      {age?.stale && <span class="flag stale">{t('cardMayBeOld')}</span>} <WeakSource notes={weakOnly(f.sources, ctx.sources)} />{' '}
      <span class="meta">
        <AsOf iso={f.asOf} />
        {age && <span class="age"> ({age.text})</span>} <Refs ids={f.sources} numbers={ctx.numbers} />
      </span>
    </li>
  );
}

export function ScheduledItem({ ev, ctx }: { ev: ScheduledEvent; ctx: DateContext }) {
  const { text, state } = scheduleWording(ev.date, ev, ctx.today);
  return (
    <li class={`scheduled ${state}`} data-state={state}>
      <time dateTime={ev.date}>{text}</time>. <Refs ids={[...new Set([...ev.sources, ...(ev.confirmedBy ?? [])])]} numbers={ctx.numbers} />
    </li>
  );
}
