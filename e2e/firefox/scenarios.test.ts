/**
 * The shared scenarios (e2e/scenarios/) in Firefox. One browser runs every scenario of a build
 * (a launch costs seconds); the driver's reset between scenarios closes their tabs and clears
 * the stored settings. Chromium runs the same list (e2e/chromium/scenarios.spec.ts).
 */
import { beforeEach, describe, test } from 'node:test';
import { useFirefox } from '../harness/firefox.ts';
import { firefoxDriver, type FirefoxDriver } from '../harness/firefox-driver.ts';
import { SCENARIOS } from '../scenarios/index.ts';

/** Per scenario, as Playwright's 60 s with room for Firefox; the runner's own limit covers the whole file (scripts/test.ts). */
const SCENARIO_TIMEOUT_MS = 90_000;

for (const shipped of [false, true]) {
  const list = SCENARIOS.filter((x) => !!x.shipped === shipped);
  if (list.length) describe(shipped ? 'the build as shipped' : 'the inspectable build', () => {
    const env = useFirefox({ shipped });
    let d: FirefoxDriver | undefined;
    beforeEach(async () => {
      d ??= firefoxDriver(env.ff, env.server);
      await d.reset();
    });
    for (const s of list)
      test(`Firefox: ${s.name}`, { timeout: s.timeoutMs ?? SCENARIO_TIMEOUT_MS }, async (t) => {
        const skip = s.skipReason?.();
        if (skip) return t.skip(skip);
        await s.run(d!);
      });
  });
}
