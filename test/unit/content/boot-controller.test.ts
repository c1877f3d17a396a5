/**
 * The boot controller, which owns the page's state in the content world, with a fake background
 * and a fake app: what it publishes, when it injects and retries, and how it answers messages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createBootController, type BootDeps } from '../../../src/content/boot-controller.ts';
import type { AppSnapshot, ContentApp } from '../../../src/content/app-contract.ts';
import { dispatch, envelope, request, type PageState, type Res } from '../../../src/shared/messages.ts';
import type { DetectionReport } from '../../../src/shared/detection.ts';
import { DEFAULT_SETTINGS, type Settings, type SiteMode } from '../../../src/shared/settings/schema.ts';

const HOST = 'news.example';
Object.defineProperty(globalThis, 'location', { value: new URL(`https://${HOST}/story`), configurable: true });

const report = (detected: boolean, topic = 'landmine-policy'): DetectionReport => ({ detected, topic, topics: detected ? [topic] : [], score: detected ? 30 : 4, threshold: 15, verdict: detected ? { kind: 'detected' } : { kind: 'no-core' }, ms: Math.random(), terms: [] });
const settings = (mode: SiteMode): Settings => ({ ...DEFAULT_SETTINGS, sites: [{ host: HOST, includeSubdomains: true, mode }] });

class FakeApp implements ContentApp {
  starts: Settings[] = [];
  stops = 0;
  onChange = () => {};
  current: AppSnapshot = { terms: [], claims: [] };
  start(s: Settings, _d: DetectionReport | null, onChange: () => void) {
    this.starts.push(s);
    this.onChange = onChange;
  }
  stop() {
    this.stops++;
    this.current = { terms: [], claims: [] };
  }
  snapshot() {
    return this.current;
  }
  handlers: ContentApp['handlers'] = {
    'ui-to-cs:focus-term': ({ termId }) => {
      throw new Error(`no term ${termId}`);
    },
  };
}

/** A controller over a page detected or not, whose background answers load-app with `answers` in turn. */
function setup(detected: boolean, answers: (() => Promise<Res<'cs-to-bg:load-app'>>)[] = [], detection = report(detected)) {
  const fake = new FakeApp();
  let injected = false;
  const published: PageState[] = [];
  // The background injects the detected topics' packs with the app.
  const packs = new Set<string>();
  const page = { topic: 'landmine-policy' };
  let loads = 0;
  const deps: BootDeps = {
    detect: async () => ({ ...detection, topic: page.topic, topics: detection.detected ? [page.topic] : [] }),
    loadApp: async (detection) => {
      const answer = await (answers[loads++] ?? (async () => ({ ok: true })))();
      if (answer.ok) {
        injected = true;
        for (const t of detection.topics) packs.add(t);
      }
      return answer;
    },
    app: () => (injected ? fake : undefined),
    hasPack: (t) => packs.has(t),
    publish: (state) => published.push(state),
  };
  return { boot: createBootController(deps), fake, published, loads: () => loads, page, packs };
}

test('switching a non-detected site on publishes the new state, with no app to report it (the stale popup)', async () => {
  const { boot, published, loads } = setup(false);
  await boot.apply(settings('off'));
  assert.equal(boot.state().siteOff, true);
  assert.equal(boot.state().detection, null);
  // The first state shows nothing: no message wakes the background on every page of the web.
  assert.equal(published.length, 0);
  await boot.apply(settings('on'));
  assert.equal(published.length, 1);
  assert.equal(published[0]!.siteOff, false);
  assert.equal(published[0]!.detection?.detected, false);
  assert.equal(loads(), 0);
  await boot.apply(settings('off'));
  assert.equal(published.length, 2);
  assert.equal(published[1]!.siteOff, true);
});

test('a page the scorer weighed is news to a popup opened while it scored, detected or not; a page that passed no gate is not', async () => {
  const weighed = setup(false);
  await weighed.boot.apply(settings('on'));
  assert.equal(weighed.published.length, 1);
  assert.equal(weighed.published[0]!.detection?.verdict.kind, 'no-core');
  const gated = setup(false, [], { ...report(false), score: 0, verdict: { kind: 'no-term' } });
  await gated.boot.apply(settings('on'));
  assert.equal(gated.boot.state().detection?.verdict.kind, 'no-term');
  assert.equal(gated.published.length, 0, 'a message from nearly every page of the web');
});

test('a re-detection with the same verdict is no news; a changed one is published', async () => {
  const { boot, published } = setup(false);
  await boot.apply(settings('off'));
  await boot.apply(settings('on'));
  const before = published.length;
  // eslint-disable-next-line prefer-spread -- the controller's apply, not Function.prototype.apply
  await boot.apply(undefined, true);
  assert.equal(published.length, before, 'only the detector time differs');
  assert.equal(boot.detected(), false);
});

test('a failed injection is tried once more, then reported in the state', async () => {
  const { boot, fake, loads, published } = setup(true, [async () => ({ ok: false, error: 'Cannot access contents of the page' }), async () => Promise.reject(new Error('Could not establish connection'))]);
  await boot.apply(settings('on'));
  assert.equal(loads(), 2);
  assert.equal(boot.state().error, 'Could not establish connection');
  assert.equal(fake.starts.length, 0);
  // A popup opened before the tries ended hears of the failure: it is pushed, though no term is.
  assert.equal(published.at(-1)?.error, 'Could not establish connection');
});

test('an injection that fails once and then works starts the app, with no error left', async () => {
  const { boot, fake, loads, published } = setup(true, [async () => ({ ok: false, error: 'busy' })]);
  await boot.apply(settings('on'));
  assert.equal(loads(), 2);
  assert.equal(fake.starts.length, 1);
  assert.equal(boot.state().error, undefined);
  // The app reports its terms: boot publishes them, and the same state only once.
  // A detected page is news to an open popup even before any term is marked.
  assert.equal(published.length, 1);
  assert.equal(published[0]!.detection?.detected, true);
  fake.current = { terms: [{ id: 'ottawa', label: 'Ottawa Convention', kind: 'treaty', count: 3 }], claims: [], highlightMs: 4 };
  fake.onChange();
  fake.onChange();
  assert.equal(published.length, 2);
  assert.deepEqual(published[1]!.terms.map((t) => t.id), ['ottawa']);
  assert.equal(published[1]!.highlightMs, 4);
});

test('a client-side navigation to an article of another topic injects that topic\'s pack, then restarts the app on it', async () => {
  const { boot, fake, loads, page, packs } = setup(true);
  await boot.apply(settings('on'));
  assert.equal(loads(), 1);
  assert.deepEqual([...packs], ['landmine-policy']);
  // Same topic again: nothing to inject.
  await boot.apply(settings('on'), true);
  assert.equal(loads(), 1);
  page.topic = 'honeybee-colony-collapse';
  await boot.apply(settings('on'), true);
  assert.equal(loads(), 2);
  assert.deepEqual([...packs], ['landmine-policy', 'honeybee-colony-collapse']);
  assert.equal(fake.starts.length, 3);
  assert.equal(boot.state().detection?.topic, 'honeybee-colony-collapse');
  assert.equal(boot.state().error, undefined);
});

test('an app whose new topic\'s pack never arrives keeps running on the packs it has (it did start)', async () => {
  const { boot, fake, loads, page } = setup(true, [async () => ({ ok: true }), async () => ({ ok: false, error: 'tab closed' }), async () => ({ ok: false, error: 'tab closed' })]);
  await boot.apply(settings('on'));
  page.topic = 'honeybee-colony-collapse';
  await boot.apply(settings('on'), true);
  assert.equal(loads(), 3);
  assert.equal(boot.state().error, undefined);
  assert.equal(fake.starts.length, 2);
});

test('an answer of ok without the app hook counts as a failure', async () => {
  let loads = 0;
  const boot = createBootController({ detect: async () => report(true), loadApp: async () => (loads++, { ok: true }), app: () => undefined, hasPack: () => true, publish: () => undefined });
  await boot.apply(settings('on'));
  assert.equal(loads, 2);
  assert.equal(boot.state().error, 'no app');
});

test('switching the site off while the app is being injected leaves it unstarted; off stops a running app', async () => {
  let release = (_: Res<'cs-to-bg:load-app'>) => {};
  const { boot, fake, published } = setup(true, [() => new Promise((resolve) => (release = resolve))]);
  const first = boot.apply(settings('on'));
  await new Promise((r) => setTimeout(r, 0));
  await boot.apply(settings('off'));
  release({ ok: true });
  await first;
  assert.equal(fake.starts.length, 0);
  await boot.apply(settings('on'));
  assert.equal(fake.starts.length, 1);
  fake.current = { terms: [{ id: 'ottawa', label: 'Ottawa Convention', kind: 'treaty', count: 1 }], claims: [] };
  fake.onChange();
  await boot.apply(settings('off'));
  assert.equal(fake.stops, 1);
  assert.deepEqual(published.at(-1)?.terms, []);
  assert.equal(published.at(-1)?.siteOff, true);
});

test('boot answers get-state with its own fields and the app snapshot; a handler that throws answers its error as data', async () => {
  const { boot, fake } = setup(true);
  await boot.apply(settings('always'));
  fake.current = { terms: [{ id: 'ccw', label: 'CCW', kind: 'treaty', count: 2 }], claims: [], highlightMs: 7 };
  const state = (await boot.onMessage(envelope('ui-to-cs:get-state', {}))) as PageState;
  assert.equal(state.url, `https://${HOST}/story`);
  assert.equal(state.host, HOST);
  assert.equal(state.detection?.detected, true);
  assert.deepEqual(state.terms.map((t) => t.count), [2]);
  assert.equal(state.highlightMs, 7);
  assert.deepEqual(await boot.onMessage(envelope('ui-to-cs:focus-term', { termId: 'x' })), { error: 'no term x' });
  assert.equal(boot.onMessage({ type: 'bg-to-cs:step-term', payload: { direction: 1 } }), undefined, 'not ours to answer');
});

test('the sending side turns an error answer into a rejection with its text', async () => {
  const handlers = { 'ui-to-cs:get-state': () => Promise.reject(new Error('page gone')) };
  const post = (m: unknown) => dispatch(handlers, m) ?? Promise.resolve(undefined);
  await assert.rejects(request(post, 'ui-to-cs:get-state', {}), /page gone/);
  // An answer that merely has an error field beside others is a response, not an error.
  const loadApp = (m: unknown) => dispatch({ 'cs-to-bg:load-app': () => ({ ok: false, error: 'refused' }) }, m) ?? Promise.resolve(undefined);
  assert.deepEqual(await request(loadApp, 'cs-to-bg:load-app', { detection: report(true) }), { ok: false, error: 'refused' });
});
