/**
 * Our content script's isolated world in a Chromium tab, seen over the DevTools protocol:
 * exceptions thrown there and console output from there (which page listeners never see), and
 * read-only evaluation in it to take the content script's own timings.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';

export const EXTENSION_WORLD_NAME = 'Landmine Policy Context';

export interface ContentWorld {
  /** Uncaught exceptions and unhandled rejections in our world. */
  exceptions: string[];
  /** Anything our world wrote to the console (our code logs only when something went wrong). */
  console: string[];
  /** Runs `fn(arg)` in our world; undefined when the content script is not there (yet). */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T | undefined>;
  /** Polls `fn` in our world until it returns truthy; false on timeout. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<boolean>;
  /** Polls `fn` in our world until it returns a value other than undefined; undefined on timeout. */
  waitForValue<T, A = undefined>(fn: (arg: A) => T | undefined, arg?: A, timeoutMs?: number): Promise<T | undefined>;
  session: CDPSession;
}

export async function watchContentWorld(context: BrowserContext, page: Page): Promise<ContentWorld> {
  const session = await context.newCDPSession(page);
  const ours = new Set<number>();
  let latest: number | undefined;
  const exceptions: string[] = [];
  const consoleOut: string[] = [];
  session.on('Runtime.executionContextCreated', ({ context: c }) => {
    if (c.name === EXTENSION_WORLD_NAME && c.origin.startsWith('chrome-extension://')) {
      ours.add(c.id);
      latest = c.id;
    }
  });
  session.on('Runtime.executionContextDestroyed', ({ executionContextId }) => {
    if (executionContextId === latest) latest = undefined;
  });
  session.on('Runtime.executionContextsCleared', () => {
    latest = undefined;
  });
  session.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    if (d.executionContextId !== undefined && ours.has(d.executionContextId))
      exceptions.push(`${d.text} ${d.exception?.description ?? ''}`.trim());
  });
  session.on('Runtime.consoleAPICalled', ({ type, args, executionContextId }) => {
    if (ours.has(executionContextId)) consoleOut.push(`${type}: ${args.map((a) => a.value ?? a.description ?? '').join(' ')}`);
  });
  await session.send('Runtime.enable');

  const evaluate = async <T, A>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T | undefined> => {
    if (latest === undefined) return undefined;
    const r = await session
      .send('Runtime.evaluate', { contextId: latest, expression: `(${fn.toString()})(${JSON.stringify(arg ?? null)})`, returnByValue: true, awaitPromise: true })
      .catch(() => undefined);
    if (!r || r.exceptionDetails) return undefined;
    return r.result.value as T;
  };
  const waitForValue = async <T, A>(fn: (arg: A) => T | undefined, arg?: A, timeoutMs = 10_000): Promise<T | undefined> => {
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
      const value = await evaluate(fn, arg);
      if (value !== undefined && value !== null) return value;
      await new Promise((r) => setTimeout(r, 50));
    }
    return undefined;
  };
  return {
    exceptions,
    console: consoleOut,
    session,
    evaluate,
    async waitFor(fn, arg, timeoutMs = 10_000) {
      // `fn` runs in the page's content world (serialised), so it cannot be wrapped here.
      const end = Date.now() + timeoutMs;
      while (Date.now() < end) {
        if (await evaluate(fn, arg)) return true;
        await new Promise((r) => setTimeout(r, 50));
      }
      return false;
    },
    waitForValue,
  };
}
