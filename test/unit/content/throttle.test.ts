import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import { throttle } from '../../../src/content/app/throttle.ts';

test('a burst of calls runs once at once and once at the end of the interval, never more (F1)', () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    let calls = 0;
    const report = throttle(() => calls++, 1000);
    for (let i = 0; i < 500; i++) report();
    assert.equal(calls, 1);
    mock.timers.tick(999);
    assert.equal(calls, 1);
    mock.timers.tick(1);
    assert.equal(calls, 2);
    mock.timers.tick(5000);
    assert.equal(calls, 2);
    report.cancel();
  } finally {
    mock.timers.reset();
  }
});

test('flush runs a pending call now; cancel drops it', () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    let calls = 0;
    const report = throttle(() => calls++, 1000);
    report();
    report();
    report.flush();
    assert.equal(calls, 2);
    report();
    report.cancel();
    mock.timers.tick(2000);
    assert.equal(calls, 2);
  } finally {
    mock.timers.reset();
  }
});
