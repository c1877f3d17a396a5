import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatProblems, validatePack, type PackProblem } from '../../../src/shared/pack/validate.ts';
import { isCommonWord } from '../../../src/shared/pack/common-words.ts';
import type { TopicPack } from '../../../src/shared/pack/types.ts';
import { TODAY, fixturePack } from './fixture.ts';

/** Breaks a fresh fixture with `mutate`, validates it and returns the problems. */
function problemsAfter(mutate: (p: TopicPack & Record<string, unknown>) => void): PackProblem[] {
  const pack = fixturePack() as TopicPack & Record<string, unknown>;
  mutate(pack);
  return validatePack(pack, { today: TODAY });
}

/** Asserts exactly one problem whose message contains every fragment; returns it. */
function one(problems: PackProblem[], ...fragments: string[]): PackProblem {
  const hits = problems.filter((p) => fragments.every((f) => p.message.includes(f)));
  assert.equal(hits.length, 1, `expected one problem with ${JSON.stringify(fragments)}, got:\n${formatProblems(problems)}`);
  return hits[0]!;
}

const entry = (p: TopicPack, id: string) => {
  const e = p.entries.find((x) => x.id === id);
  assert.ok(e);
  return e;
};

test('the fixture pack is valid', () => {
  assert.deepEqual(validatePack(fixturePack(), { today: TODAY }), []);
});

// ---- schema

test('schema: a missing required field names the entry and the field', () => {
  const problems = problemsAfter((p) => {
    delete (entry(p, 'gizmo').facts[0] as Partial<TopicPack['entries'][0]['facts'][0]>).asOf;
  });
  const p = one(problems, 'entry "gizmo"', 'facts[0].asOf', 'missing');
  assert.equal(p.entry, 'gizmo');
  assert.equal(p.field, 'facts[0].asOf');
  assert.equal(p.path, '/entries/1/facts/0/asOf');
});

test('schema: an unknown stance is rejected with the allowed values', () => {
  const problems = problemsAfter((p) => {
    (entry(p, 'widget-treaty').statements[0] as { stance: string }).stance = 'fan';
  });
  one(problems, 'entry "widget-treaty": statements[0].stance must be one of', '"critic"');
});

test('schema: an unknown field is rejected', () => {
  const problems = problemsAfter((p) => {
    (entry(p, 'gizmo') as unknown as Record<string, unknown>).sumary = 'typo';
  });
  one(problems, 'entry "gizmo": sumary is not a known field');
});

test('schema: a fact, misstatement or timeline event without sources is rejected', () => {
  const problems = problemsAfter((p) => {
    entry(p, 'gizmo').facts[0]!.sources = [];
    entry(p, 'widget-treaty').misstatements[0]!.sources = [];
    p.timeline[0]!.sources = [];
  });
  one(problems, 'entry "gizmo": facts[0].sources must have at least 1');
  one(problems, 'entry "widget-treaty": misstatements[0].sources must have at least 1');
  one(problems, 'timeline[0] (2024-11-20): sources must have at least 1');
});

test('schema: a malformed date is rejected', () => {
  const problems = problemsAfter((p) => {
    entry(p, 'gizmo').facts[0]!.asOf = '19 Dec 2025';
  });
  one(problems, 'entry "gizmo": facts[0].asOf is not a date');
});

test('schema: a source without publisher or title is rejected', () => {
  const problems = problemsAfter((p) => {
    delete (p.sources[1] as Partial<TopicPack['sources'][0]>).publisher;
    p.sources[1]!.title = ' ';
  });
  one(problems, 'source "src-b": publisher is missing');
  one(problems, 'source "src-b": title must not be blank');
});

// ---- cross-checks: ids

test('dangling source ids are reported where they are used', () => {
  const problems = problemsAfter((p) => {
    entry(p, 'gizmo').facts[0]!.sources.push('src-x');
    entry(p, 'widget-treaty').statements[0]!.source = 'src-y';
    entry(p, 'widget-treaty').misstatements[0]!.sources = ['src-z'];
    p.timeline[1]!.sources = ['src-a', 'src-w'];
  });
  one(problems, 'entry "gizmo": facts[0].sources[1] names source "src-x", which is not in sources[]');
  one(problems, 'entry "widget-treaty": statements[0].source names source "src-y"');
  one(problems, 'entry "widget-treaty": misstatements[0].sources[0] names source "src-z"');
  one(problems, 'timeline[1] (2025-12-19): sources[1] names source "src-w"');
});

test('dangling or self-referencing entry ids are reported', () => {
  const problems = problemsAfter((p) => {
    entry(p, 'gizmo').related = ['widget-treaty', 'ghost', 'gizmo'];
    p.timeline[0]!.entry = 'phantom';
  });
  one(problems, 'entry "gizmo": related[1] names entry "ghost", which is not in entries[]');
  one(problems, 'entry "gizmo": related[2] names the entry itself');
  one(problems, 'timeline[0] (2024-11-20): entry names entry "phantom"');
});

test('duplicate entry and source ids are reported', () => {
  const problems = problemsAfter((p) => {
    p.entries.push({ ...structuredClone(entry(p, 'gizmo')), aliases: [{ text: 'other gizmo' }] });
    p.sources.push({ ...structuredClone(p.sources[0]!), url: 'https://example.org/c' });
  });
  one(problems, 'entry "gizmo": id "gizmo" is used by another entry (entries[1])');
  one(problems, 'source "src-a": id "src-a" is used by another source (sources[0])');
});

test('a source nobody cites is reported', () => {
  const problems = problemsAfter((p) => {
    p.sources.push({ id: 'src-c', publisher: 'P', title: 'T', url: 'https://example.org/c', published: '2025' });
  });
  one(problems, 'source "src-c": is not cited');
});

// ---- cross-checks: aliases

test('the same alias in two entries is reported, ignoring case unless both are case-sensitive', () => {
  const problems = problemsAfter((p) => {
    entry(p, 'gizmo').aliases.push({ text: 'widget treaty' });
  });
  const p = one(problems, 'entry "gizmo": aliases[2] "widget treaty" is also an alias of entry "widget-treaty"');
  assert.equal(p.entry, 'gizmo');
  assert.equal(p.field, 'aliases[2]');

  // A case-insensitive alias collides with a case-sensitive one of the same letters...
  // (reported at the later of the two, here the case-sensitive "GIZMO" of entry "gizmo").
  one(problemsAfter((p) => entry(p, 'widget-treaty').aliases.push({ text: 'gizmo' })), 'entry "gizmo": aliases[1] "GIZMO" is also an alias of entry "widget-treaty"');
  // ...but two case-sensitive aliases that differ in case do not.
  assert.deepEqual(problemsAfter((p) => entry(p, 'widget-treaty').aliases.push({ text: 'Gizmo', caseSensitive: true })), []);
});

test('an alias repeated within one entry is reported', () => {
  const problems = problemsAfter((p) => {
    entry(p, 'gizmo').aliases.push({ text: 'Gizmo Launcher' });
  });
  one(problems, 'entry "gizmo": aliases[2] "Gizmo Launcher" repeats another alias of this entry');
});

test('a common word as an alias must be case-sensitive or part of a phrase', () => {
  const problems = problemsAfter((p) => {
    p.detection.commonWords = ['mine', 'treaty'];
    entry(p, 'gizmo').aliases.push({ text: 'mine' }, { text: 'Mines' }, { text: 'treaty' });
  });
  one(problems, 'entry "gizmo": aliases[2] "mine" is a common word; mark it caseSensitive or remove it');
  one(problems, 'aliases[3] "Mines" is a common word');
  one(problems, 'aliases[4] "treaty" is a common word');
  // Allowed: the acronym form, and the word inside a longer phrase.
  assert.deepEqual(problemsAfter((p) => entry(p, 'gizmo').aliases.push({ text: 'ADAM', caseSensitive: true }, { text: 'gizmo mine' })), []);
});

test('a very short alias must be case-sensitive', () => {
  const problems = problemsAfter((p) => {
    entry(p, 'gizmo').aliases.push({ text: 'gzm' });
  });
  one(problems, 'entry "gizmo": aliases[2] "gzm" is too short to match safely');
});

test('the common-word list covers plurals and ignores phrases', () => {
  const topic = new Set(['mine', 'war', 'volcano']);
  assert.equal(isCommonWord('mine', topic), true);
  assert.equal(isCommonWord('Mines', topic), true);
  assert.equal(isCommonWord('war', topic), true);
  assert.equal(isCommonWord('Volcano', topic), true);
  assert.equal(isCommonWord('The'), true);
  assert.equal(isCommonWord('mine'), false, 'a topic word is common only for the topic that lists it');
  assert.equal(isCommonWord('landmine', topic), false);
  assert.equal(isCommonWord('Volcano mine system', topic), false);
});

test("an alias that is one of the pack's own common words must be case-sensitive", () => {
  assert.deepEqual(problemsAfter((p) => entry(p, 'gizmo').aliases.push({ text: 'widgets' })), []);
  const problems = problemsAfter((p) => {
    p.detection.commonWords = ['widget'];
    entry(p, 'gizmo').aliases.push({ text: 'widgets' });
  });
  one(problems, 'entry "gizmo": aliases[2] "widgets" is a common word; mark it caseSensitive or remove it');
});

test("an entry's kind must be one of meta.kinds", () => {
  const problems = problemsAfter((p) => {
    entry(p, 'gizmo').kind = 'gadget';
  });
  one(problems, 'entry "gizmo": kind "gadget" is not one of meta.kinds ("treaty", "weapon")');
});

// ---- cross-checks: dates, URLs, summaries

test('dates in the future are reported in every dated field', () => {
  const problems = problemsAfter((p) => {
    entry(p, 'gizmo').facts[0]!.asOf = '2027';
    entry(p, 'widget-treaty').statements[0]!.date = '2026-11-22';
    p.sources[0]!.published = '2026-12';
    p.timeline[1]!.date = '2030-01-01';
    p.meta.updated = '2026-12-01';
  });
  one(problems, 'entry "gizmo": facts[0].asOf "2027" is in the future (today is 2026-11-21)');
  one(problems, 'entry "widget-treaty": statements[0].date "2026-11-22" is in the future');
  one(problems, 'source "src-a": published "2026-12" is in the future');
  one(problems, 'timeline[1] (2030-01-01): date "2030-01-01" is in the future');
  one(problems, 'meta: updated "2026-12-01" is in the future');
  // Today and the current month are not in the future.
  assert.deepEqual(problemsAfter((p) => { entry(p, 'gizmo').facts[0]!.asOf = '2026-11'; p.meta.updated = TODAY; p.meta.factsAsOf = TODAY; }), []);
});

test('an impossible calendar date is reported', () => {
  const problems = problemsAfter((p) => {
    entry(p, 'gizmo').facts[0]!.asOf = '2025-02-30';
  });
  one(problems, 'entry "gizmo": facts[0].asOf "2025-02-30" is not a real calendar date');
});

test('a non-https URL is reported once, naming the source', () => {
  const problems = problemsAfter((p) => {
    p.sources[1]!.url = 'http://example.org/b';
  });
  assert.equal(problems.length, 1, formatProblems(problems));
  const p = one(problems, 'source "src-b": url "http://example.org/b" is not an https URL');
  assert.equal(p.path, '/sources/1/url');
});

test('a summary over 280 characters is reported once, with its length', () => {
  assert.deepEqual(problemsAfter((p) => { entry(p, 'gizmo').summary = 'x'.repeat(280); }), []);
  const problems = problemsAfter((p) => {
    entry(p, 'gizmo').summary = 'x'.repeat(281);
  });
  assert.equal(problems.length, 1, formatProblems(problems));
  one(problems, 'entry "gizmo": summary is 281 characters; the limit is 280');
});

test('the timeline must be in date order', () => {
  const problems = problemsAfter((p) => {
    p.timeline.reverse();
  });
  one(problems, 'timeline[1] (2024-11-20): date "2024-11-20" is earlier than the event before it');
});

// ---- cross-checks: detection vocabulary

test('detection phrases: lower case unless case-sensitive, no duplicates, no case-sensitive negatives', () => {
  const problems = problemsAfter((p) => {
    p.detection.terms.push({ phrase: 'Widget', weight: 1, role: 'context' });
    p.detection.terms.push({ phrase: 'widget  treaty', weight: 1, role: 'context' });
    p.detection.negatives.push({ phrase: 'WIDGET', weight: 1, role: 'context', caseSensitive: true });
  });
  one(problems, 'detection: terms[2].phrase "Widget" must be lower case unless caseSensitive');
  one(problems, 'detection: terms[3].phrase "widget  treaty" is already listed at detection.terms[0]');
  one(problems, 'detection: negatives[1].caseSensitive is not supported for negatives');
});

test('detection needs a case-insensitive core term and positive weights', () => {
  const problems = problemsAfter((p) => {
    p.detection.terms[0]!.role = 'context';
    p.detection.negatives[0]!.weight = -3;
  });
  one(problems, 'detection: terms needs at least one core term');
  one(problems, 'detection: negatives[0].weight must be > 0');
});

// ---- robustness and formatting

test('garbage input gives problems, not exceptions', () => {
  assert.ok(validatePack(null, { today: TODAY }).length > 0);
  assert.ok(validatePack({ entries: 'no' }, { today: TODAY }).length > 0);
  assert.ok(validatePack({ entries: [null, 3], sources: [{}], timeline: [{ date: 5 }] }, { today: TODAY }).length > 0);
});

test('formatProblems prints a count and one line per problem with its path', () => {
  const problems = problemsAfter((p) => {
    p.detection.commonWords = ['mine'];
    entry(p, 'gizmo').aliases.push({ text: 'mine' });
    p.sources[0]!.url = 'ftp://example.org';
  });
  const text = formatProblems(problems);
  assert.match(text, /^Topic pack: 2 problems:/);
  assert.match(text, /entry "gizmo": aliases\[2\] "mine" is a common word.*\[at \/entries\/1\/aliases\/2\]/);
  assert.match(text, /source "src-a": url "ftp:\/\/example.org" is not an https URL/);
  assert.equal(formatProblems([]), 'Topic pack: no problems.');
});

test('meta.summary: references to a missing entry, fact or timeline date are named', () => {
  const problems = problemsAfter((p) => {
    p.meta.summary = {
      heading: 'What changed',
      lead: 'no-such-entry',
      numbers: [{ entry: 'gizmo', match: 'a value no fact has' }],
      timeline: ['1900-01-01'],
    };
  });
  one(problems, 'meta', 'lead', '"no-such-entry" is not an entry id');
  one(problems, '"a value no fact has" matches no fact of entry "gizmo"');
  one(problems, '"1900-01-01" is not the date of a timeline event');
});

// ---- honest dates (issue 12)

test('meta: factsAsOf is required and cannot be later than updated', () => {
  one(problemsAfter((p) => delete (p.meta as Partial<TopicPack['meta']>).factsAsOf), 'meta: factsAsOf is missing');
  one(problemsAfter((p) => (p.meta.factsAsOf = '2026-02-01')), 'meta: factsAsOf "2026-02-01" is later than meta.updated');
});

test('a fact cannot be current beyond meta.factsAsOf', () => {
  one(problemsAfter((p) => (entry(p, 'widget-treaty').facts[0]!.asOf = '2026-03')), 'facts[0].asOf "2026-03" is later than meta.factsAsOf');
});

test('a scheduled event needs a date and a confirmation state; confirmed needs a source from the day on', () => {
  const sched = (p: TopicPack) => entry(p, 'widget-treaty').scheduled![0]! as unknown as Record<string, unknown>;
  one(problemsAfter((p) => delete sched(p).date), 'scheduled[0].date is missing');
  one(problemsAfter((p) => delete sched(p).confirmation), 'scheduled[0].confirmation is missing');
  one(problemsAfter((p) => (sched(p).confirmation = 'confirmed')), 'scheduled[0].confirmation is "confirmed" but confirmedBy names no source');
  one(problemsAfter((p) => (sched(p).confirmedBy = ['src-a'])), 'scheduled[0].confirmedBy is set but confirmation is "unconfirmed"');
  one(
    problemsAfter((p) => Object.assign(sched(p), { confirmation: 'confirmed', confirmedBy: ['src-a'] })),
    'scheduled[0].confirmedBy[0] source "src-a" was published 2025-12-19, before the event',
  );
  one(problemsAfter((p) => (sched(p).passed = 'It took effect')), 'scheduled[0].passed');
  // A schedule may lie in the future; the same date on a plain timeline event may not.
  assert.deepEqual(problemsAfter(() => undefined), []);
});

test('a timeline event after factsAsOf must be scheduled', () => {
  const problems = problemsAfter((p) => p.timeline.push({ date: '2026-02-20', text: 'Something is due.', sources: ['src-a'] }));
  one(problems, 'timeline[2] (2026-02-20): date "2026-02-20" is later than meta.factsAsOf', 'must be scheduled');
  const ok = problemsAfter((p) =>
    p.timeline.push({ date: '2026-02-20', text: 'Something is due.', sources: ['src-a'], scheduled: { upcoming: 'Due on {date}', passed: 'Was due on {date}', confirmation: 'unconfirmed' } }),
  );
  assert.deepEqual(ok, []);
});

test('a statement is dated when it was said, never after its source was published', () => {
  one(problemsAfter((p) => (entry(p, 'widget-treaty').statements[0]!.date = '2026-01-02')), 'statements[0].date "2026-01-02" is after its source was published (2025-12-19)');
  assert.deepEqual(problemsAfter((p) => (entry(p, 'widget-treaty').statements[0]!.date = '2025-12')), []);
});

test('a source whose note calls it a mirror, aggregator or rewrite must carry a reliability note', () => {
  one(problemsAfter((p) => (p.sources[1]!.note = 'Read through a mirror.')), 'source "src-b": reliability is missing', 'mirror');
  assert.deepEqual(problemsAfter((p) => Object.assign(p.sources[1]!, { note: 'Read through a mirror.', reliability: 'Mirror copy; the original was not reachable.' })), []);
});

test('figures say whether they go out of date; time-sensitive facts carry a value', () => {
  const figure = problemsAfter((p) => {
    entry(p, 'gizmo').kind = 'figure';
    entry(p, 'gizmo').facts[0]!.value = '3';
  });
  one(figure, 'entry "gizmo": facts[0].timeSensitive is missing');
  one(problemsAfter((p) => (entry(p, 'gizmo').facts[0]!.timeSensitive = true)), 'entry "gizmo": facts[0].value is missing');
  one(
    problemsAfter((p) => (p.meta.summary = { heading: 'H', lead: 'gizmo', numbers: [{ entry: 'widget-treaty', match: '12' }], timeline: [] })),
    'meta: summary.numbers[0] picks a fact of entry "widget-treaty" that does not say whether it goes out of date',
  );
});
