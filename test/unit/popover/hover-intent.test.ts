import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DWELL_MS, GRACE_MS, HoverIntent, type Clock } from '../../../src/content/popover/hover-intent.ts';

/** A manual clock: timers fire only when the test advances time. */
function fakeClock() {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const clock: Clock = {
    set(fn, ms) {
      const id = next++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clear(handle) {
      timers.delete(handle as number);
    },
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = [...timers].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].fn();
    }
    now = until;
  };
  return { clock, advance, pending: () => timers.size };
}

function setup() {
  const c = fakeClock();
  const log: string[] = [];
  const intent = new HoverIntent<string>({ open: (t) => log.push(`open ${t}`), close: () => log.push('close') }, c.clock);
  return { ...c, log, intent };
}

test('the dwell and grace are named constants in the ranges the design asks for', () => {
  assert.ok(DWELL_MS >= 150 && DWELL_MS <= 300);
  assert.ok(GRACE_MS >= 250 && GRACE_MS <= 400);
});

test('a card opens only after the pointer dwells on a term', () => {
  const { intent, advance, log } = setup();
  intent.enter('a');
  advance(DWELL_MS - 1);
  assert.deepEqual(log, []);
  advance(1);
  assert.deepEqual(log, ['open a']);
  assert.equal(intent.openTarget, 'a');
});

test('passing over a term without dwelling opens nothing', () => {
  const { intent, advance, log, pending } = setup();
  intent.enter('a');
  advance(50);
  intent.leave();
  advance(1000);
  assert.deepEqual(log, []);
  assert.equal(pending(), 0);
});

test('a newer hover never shows an older card', () => {
  const { intent, advance, log } = setup();
  intent.enter('a');
  advance(DWELL_MS - 10);
  intent.enter('b');
  advance(DWELL_MS * 3);
  assert.deepEqual(log, ['open b']);
});

test('a timer that fires after being overtaken is ignored (token check)', () => {
  // A clock whose clear() does nothing: only the token stops the stale timer.
  const fired: (() => void)[] = [];
  const leaky: Clock = { set: (fn) => fired.push(fn), clear: () => undefined };
  const log: string[] = [];
  const intent = new HoverIntent<string>({ open: (t) => log.push(`open ${t}`), close: () => log.push('close') }, leaky);
  intent.enter('a');
  intent.enter('b');
  fired[1]!();
  fired[0]!();
  assert.deepEqual(log, ['open b']);
  assert.equal(intent.openTarget, 'b');
});

test('leaving closes after the grace period; coming back into the card keeps it open', () => {
  const { intent, advance, log } = setup();
  intent.enter('a');
  advance(DWELL_MS);
  intent.leave();
  advance(GRACE_MS - 50);
  intent.hold(); // pointer reached the card
  advance(GRACE_MS * 3);
  assert.deepEqual(log, ['open a']);
  intent.leave(); // pointer left the card too
  advance(GRACE_MS);
  assert.deepEqual(log, ['open a', 'close']);
  assert.equal(intent.openTarget, null);
});

test('returning to the open term cancels the pending close without reopening', () => {
  const { intent, advance, log } = setup();
  intent.enter('a');
  advance(DWELL_MS);
  intent.leave();
  advance(100);
  intent.enter('a');
  advance(1000);
  assert.deepEqual(log, ['open a']);
});

test('moving from one open term to another swaps the card after the dwell, not before', () => {
  const { intent, advance, log } = setup();
  intent.enter('a');
  advance(DWELL_MS);
  intent.leave();
  intent.enter('b');
  advance(DWELL_MS - 1);
  assert.deepEqual(log, ['open a']);
  advance(1);
  assert.deepEqual(log, ['open a', 'open b']);
});

test('openNow and closeNow skip the timers and cancel pending ones', () => {
  const { intent, advance, log } = setup();
  intent.enter('a');
  intent.openNow('b');
  advance(1000);
  assert.deepEqual(log, ['open b']);
  intent.leave();
  intent.closeNow();
  advance(1000);
  assert.deepEqual(log, ['open b', 'close']);
  intent.closeNow();
  assert.deepEqual(log, ['open b', 'close'], 'closing twice reports once');
});
