/**
 * A small, valid topic pack for the validator tests. Each test takes a fresh copy and breaks one
 * thing. Not the real pack: nothing here is a claim about the world.
 */
import type { TopicPack } from '../../../src/shared/pack/types.ts';

export const TODAY = '2026-11-21';

export function fixturePack(): TopicPack {
  return {
    meta: { id: 'test-topic', title: 'Test topic', version: '1.0.0', updated: '2026-01-10', factsAsOf: '2026-01-10', staleAfterMonths: 12, license: 'CC BY 4.0', kinds: { treaty: 'Treaties', weapon: 'Weapons' } },
    sources: [
      { id: 'src-a', publisher: 'Example Agency', title: 'A report', url: 'https://example.org/a', published: '2025-12-19' },
      { id: 'src-b', publisher: 'Example Paper', title: 'Another report', url: 'https://example.org/b', published: '2024-11', note: 'Month only.' },
    ],
    entries: [
      {
        id: 'widget-treaty',
        label: 'Widget Treaty',
        kind: 'treaty',
        aliases: [{ text: 'Widget Treaty' }, { text: 'WT', caseSensitive: true }],
        summary: 'A made-up treaty used only by the tests.',
        facts: [{ text: 'It has 12 parties.', value: '12', asOf: '2025-12', sources: ['src-a'] }],
        statements: [{ speaker: 'A. Person', role: 'Minister', quote: 'We like widgets.', date: '2025-12-19', source: 'src-a', stance: 'official' }],
        misstatements: [{ claim: 'It was signed in 2001.', correction: 'It was signed in 1999.', sources: ['src-b'] }],
        related: ['gizmo'],
        scheduled: [{ date: '2027-03-01', sources: ['src-a'], upcoming: 'It takes effect on {date}', passed: 'It took effect on {date}', confirmation: 'unconfirmed' }],
      },
      {
        id: 'gizmo',
        label: 'Gizmo',
        kind: 'weapon',
        aliases: [{ text: 'gizmo launcher' }, { text: 'GIZMO', caseSensitive: true }],
        summary: 'A made-up device.',
        facts: [{ text: 'About 3 units exist, a weak figure.', asOf: '2024', sources: ['src-b'], disputed: true }],
        statements: [],
        misstatements: [],
        related: ['widget-treaty'],
      },
    ],
    timeline: [
      { date: '2024-11-20', text: 'Something happens.', sources: ['src-b'], entry: 'gizmo' },
      { date: '2025-12-19', text: 'Something else happens.', sources: ['src-a'] },
    ],
    detection: {
      threshold: 5,
      terms: [
        { phrase: 'widget treaty', weight: 4, role: 'core' },
        { phrase: 'GIZMO', weight: 2, role: 'context', caseSensitive: true },
      ],
      negatives: [{ phrase: 'widget factory', weight: 3, role: 'context' }],
    },
  };
}
