/**
 * The extension built with the test packs of test/data/topics beside the shipped ones, for the
 * topic tests: in a temporary folder, never dist/, so nothing else ever loads it. Built once per
 * process; the caller removes it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from '../build.ts';
import { ROOT } from './paths.ts';

export const TEST_PACKS = path.join(ROOT, 'test/data/topics');

export interface TestPackBuild {
  /** Holds chrome/ and firefox/, like dist/. */
  dist: string;
  packDirs: readonly string[];
  remove(): Promise<void>;
}

export async function testPackBuild(): Promise<TestPackBuild> {
  const dist = await mkdtemp(path.join(os.tmpdir(), 'lpc-topics-'));
  await build({ extraPackDirs: [TEST_PACKS], dist, quiet: true });
  return { dist, packDirs: [TEST_PACKS], remove: () => rm(dist, { recursive: true, force: true }) };
}
