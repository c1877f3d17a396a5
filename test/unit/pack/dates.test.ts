/** Time-aware wording, driven by a fixed clock on both sides of each date. */
import '../i18n/install.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ageText, figureAge, hasArrived, localToday, monthsSince, scheduleWording } from '../../../src/shared/pack/dates.ts';
import type { Schedule } from '../../../src/shared/pack/types.ts';

const poland: Schedule = { upcoming: 'Poland’s withdrawal takes effect on {date}', passed: 'Poland’s withdrawal took effect on {date}', confirmation: 'unconfirmed' };

test('a scheduled event reads as upcoming the day before, as passed and unconfirmed from its day on', () => {
  assert.deepEqual(scheduleWording('2026-02-20', poland, '2026-02-19'), { text: 'Poland’s withdrawal takes effect on 20 Feb 2026', state: 'upcoming' });
  assert.deepEqual(scheduleWording('2026-02-20', poland, '2026-02-20'), {
    text: 'Poland’s withdrawal took effect on 20 Feb 2026 (scheduled; not confirmed in this pack)',
    state: 'passed-unconfirmed',
  });
  assert.equal(scheduleWording('2026-02-20', poland, '2026-11-27').state, 'passed-unconfirmed');
});

test('a confirmed event drops the caveat once passed, and still reads as upcoming before', () => {
  const baltic: Schedule = { ...poland, upcoming: 'It takes effect on {date}', passed: 'It took effect on {date}', confirmation: 'confirmed', confirmedBy: ['x'] };
  assert.equal(scheduleWording('2025-12-27', baltic, '2025-12-26').text, 'It takes effect on 27 Dec 2025');
  assert.deepEqual(scheduleWording('2025-12-27', baltic, '2025-12-27'), { text: 'It took effect on 27 Dec 2025', state: 'passed' });
});

test('the 90-day review deadline turns on 2 Mar 2026', () => {
  const review: Schedule = { upcoming: 'Recommendations are due by {date}', passed: 'Recommendations were due by {date}', confirmation: 'unconfirmed' };
  assert.equal(scheduleWording('2026-03-02', review, '2026-03-01').text, 'Recommendations are due by 2 Mar 2026');
  assert.equal(scheduleWording('2026-03-02', review, '2026-03-02').text, 'Recommendations were due by 2 Mar 2026 (scheduled; not confirmed in this pack)');
});

test('a partial date arrives on its first day', () => {
  assert.equal(hasArrived('2026-02', '2026-01-31'), false);
  assert.equal(hasArrived('2026-02', '2026-02-01'), true);
  assert.equal(hasArrived('2026', '2025-12-31'), false);
});

test('figure age counts whole months from the last day the as-of can mean', () => {
  assert.equal(monthsSince('2025-12', '2026-01-30'), 0);
  assert.equal(monthsSince('2025-12', '2026-01-31'), 1);
  assert.equal(monthsSince('2025-12-01', '2026-11-27'), 11);
  assert.equal(monthsSince('2021', '2026-11-27'), 58);
  assert.equal(monthsSince('2026-12', '2026-11-27'), 0);
  assert.equal(ageText(0), 'under a month old');
  assert.equal(ageText(1), '1 month old');
  assert.equal(ageText(11), '11 months old');
  assert.equal(ageText(58), '4 years old');
});

test('a time-sensitive figure is flagged once older than the pack threshold, not the day before', () => {
  const fact = { asOf: '2025-12-01', timeSensitive: true };
  assert.deepEqual(figureAge(fact, '2026-12-01', 12), { months: 12, text: '12 months old', stale: false });
  assert.deepEqual(figureAge(fact, '2027-01-01', 12), { months: 13, text: '13 months old', stale: true });
  assert.equal(figureAge({ asOf: '1997', timeSensitive: false }, '2026-11-27', 12), undefined);
});

test('the reader’s today is their local calendar day', () => {
  assert.equal(localToday(new Date(2026, 1, 20, 0, 5)), '2026-02-20');
  assert.equal(localToday(new Date(2026, 1, 19, 23, 59)), '2026-02-19');
});
