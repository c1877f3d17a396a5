/** Numbered source references and the list they point to, shared by the popup and options page. */
import type { Source } from '../pack/types.ts';
import { formatIsoDate } from '../dates.ts';
import { t, tParts } from './i18n.ts';

/** Numbers sources in the order they are first cited: [1], [2], … */
export function numberSources(ids: Iterable<string>, sources: Map<string, Source>): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const id of ids) if (sources.has(id) && !numbers.has(id)) numbers.set(id, numbers.size + 1);
  return numbers;
}

export function SourceRefs({ ids, numbers, sources }: { ids: string[]; numbers: Map<string, number>; sources: Map<string, Source> }) {
  return (
    <span class="refs">
      {ids.map((id) => {
        const s = sources.get(id);
        const n = numbers.get(id);
        if (!s || n === undefined) return null;
        return (
          <a key={id} href={s.url} target="_blank" rel="noopener noreferrer" aria-label={t('sourceLabel', n, s.publisher, s.undated ? t('sourceUndated') : formatIsoDate(s.published))} title={`${s.publisher}: ${s.title}`}>
            [{n}]
          </a>
        );
      })}
    </span>
  );
}

export function SourceList({ sources, testId }: { sources: Source[]; testId?: string }) {
  return (
    <ol class="sources" data-testid={testId}>
      {sources.map((s) => (
        <li key={s.id}>
          <span class="publisher">{s.publisher}</span>:{' '}
          <a href={s.url} target="_blank" rel="noopener noreferrer">
            {s.title}
          </a>{' '}
          {s.undated ? (
            <span class="undated">{tParts('sourceUndatedRead', <time dateTime={s.published}>{formatIsoDate(s.published)}</time>)}</span>
          ) : (
            <time dateTime={s.published}>{formatIsoDate(s.published)}</time>
          )}
          {s.reliability && <span class="reliability">{t('sourceWeak', s.reliability)}</span>}
        </li>
      ))}
    </ol>
  );
}

export { formatIsoDate };
