/**
 * Resolves the pack's `meta.summary` (plain references into entries and the timeline) into what
 * the popup shows. Works for any pack: without a summary it falls back to the latest event's
 * entry, the facts with values of `figure` entries, and the latest timeline events.
 */
import type { Entry, Fact, FactRef, TimelineEvent, TopicPack } from '../shared/pack/types.ts';

export interface PickedFact {
  entry: Entry;
  fact: Fact;
}

export interface TopicSummary {
  heading: string;
  lead: Entry | undefined;
  points: PickedFact[];
  numbers: PickedFact[];
  timeline: TimelineEvent[];
}

const FALLBACK_NUMBERS = 4;
const FALLBACK_TIMELINE = 8;

function pickFact(entries: Map<string, Entry>, ref: FactRef): PickedFact | undefined {
  const entry = entries.get(ref.entry);
  const fact = entry?.facts.find((f) => f.value === ref.match) ?? entry?.facts.find((f) => f.text.startsWith(ref.match));
  return entry && fact ? { entry, fact } : undefined;
}

const byDate = (a: TimelineEvent, b: TimelineEvent) => a.date.localeCompare(b.date);

export function topicSummary(pack: Pick<TopicPack, 'meta' | 'entries' | 'timeline'>): TopicSummary {
  const entries = new Map(pack.entries.map((e) => [e.id, e]));
  const timeline = [...pack.timeline].sort(byDate);
  const spec = pack.meta.summary;
  if (spec) {
    const picked = (refs: FactRef[] = []) => refs.flatMap((r) => pickFact(entries, r) ?? []);
    const dates = new Set(spec.timeline);
    return {
      heading: spec.heading,
      lead: entries.get(spec.lead),
      points: picked(spec.points),
      numbers: picked(spec.numbers),
      timeline: timeline.filter((t) => dates.has(t.date)),
    };
  }
  const latest = timeline.at(-1);
  const lead = latest?.entry ? entries.get(latest.entry) : pack.entries[0];
  return {
    heading: lead ? lead.label : pack.meta.title,
    lead,
    points: [],
    numbers: pack.entries
      .filter((e) => e.kind === 'figure')
      .flatMap((entry) => entry.facts.filter((f) => f.value).map((fact) => ({ entry, fact })))
      .slice(0, FALLBACK_NUMBERS),
    timeline: timeline.slice(-FALLBACK_TIMELINE),
  };
}
