import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './chromium',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  outputDir: '../artifacts/playwright',
});
