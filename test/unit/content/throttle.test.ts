import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import { throttle } from '../../../src/content/app/throttle.ts';

/**
 * The throttle reads `performance.now()`, which `mock.timers` does not move: a clock of our own
 * moves with the mocked timers, so a slow machine running the burst cannot shift the interval.
 */
function fakeClock(): { tick(ms: number): void } {
  let now = 0;
  mock.method(performance, 'now', () => now);
  mock.timers.enable({ apis: ['setTimeout'] });
  return {
    tick(ms) {
      now += ms;
      mock.timers.tick(ms);
    },
  };
}

const restore = () => {
  mock.timers.reset();
  mock.restoreAll();
};

test('a burst of calls runs once at once and once at the end of the interval, never more (F1)', () => {
  const clock = fakeClock();
  try {
    let calls = 0;
    const report = throttle(() => calls++, 1000);
    for (let i = 0; i < 500; i++) report();
    assert.equal(calls, 1);
    clock.tick(999);
    assert.equal(calls, 1);
    clock.tick(1);
    assert.equal(calls, 2);
    clock.tick(5000);
    assert.equal(calls, 2);
    report.cancel();
  } finally {
    restore();
  }
});

test('flush runs a pending call now; cancel drops it', () => {
  const clock = fakeClock();
  try {
    let calls = 0;
    const report = throttle(() => calls++, 1000);
    report();
    report();
    report.flush();
    assert.equal(calls, 2);
    report();
    report.cancel();
    clock.tick(2000);
    assert.equal(calls, 2);
  } finally {
    restore();
  }
});
