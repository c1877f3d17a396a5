/** The shared scenarios (e2e/scenarios/) in Chromium, each in a fresh browser; Firefox runs the same list (e2e/firefox/scenarios.test.ts). */
import { test } from '../harness/chromium.ts';
import { chromiumDriver } from '../harness/chromium-driver.ts';
import { SCENARIOS } from '../scenarios/index.ts';

// Each test launches its own browser, so the list can be shared out between the workers.
test.describe.configure({ mode: 'parallel' });

for (const s of SCENARIOS) {
  test.describe(() => {
    if (s.shipped) test.use({ shippedBuild: true });
    test(s.name, async ({ context, worker, extensionId, server }) => {
      if (s.timeoutMs) test.setTimeout(s.timeoutMs);
      const skip = s.skipReason?.();
      test.info().skip(Boolean(skip), skip);
      await s.run(chromiumDriver({ context, worker, extensionId, server }));
    });
  });
}
