/** The context card for one pack entry. */
import type { Entry, Source, TopicPack } from '../../shared/pack/types.ts';

export interface CardProps {
  pack: TopicPack;
  entry: Entry;
  onClose(): void;
}

function sourceById(pack: TopicPack, id: string): Source | undefined {
  return pack.sources.find((s) => s.id === id);
}

export function Card({ pack, entry, onClose }: CardProps) {
  const sourceIds = [...new Set([...entry.facts.flatMap((f) => f.sources), ...entry.statements.map((s) => s.source)])];
  return (
    <div class="card" role="dialog" aria-label={`${entry.label}: context`}>
      <header>
        <span class="kind">{entry.kind}</span>
        <h2>{entry.label}</h2>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>×</button>
      </header>
      <p class="summary">{entry.summary}</p>
      {entry.facts.length > 0 && (
        <ul class="facts">
          {entry.facts.slice(0, 4).map((f) => (
            <li key={f.text}>{f.text} <span class="asof">(as of {f.asOf})</span></li>
          ))}
        </ul>
      )}
      {sourceIds.length > 0 && (
        <ol class="sources">
          {sourceIds.map((id) => {
            const s = sourceById(pack, id);
            return s ? (
              <li key={id}>
                <a href={s.url} target="_blank" rel="noopener noreferrer">{s.publisher}: {s.title}</a> <span class="date">{s.published}</span>
              </li>
            ) : null;
          })}
        </ol>
      )}
    </div>
  );
}
