/**
 * Property: whatever is stored or imported — any JSON value, any text, objects that are nearly
 * settings — parsing never throws, always yields valid settings (stored data) or named problems
 * (imports), keeps every valid part, and a valid result parses again unchanged.
 */
import { test } from 'node:test';
import '../i18n/install.ts';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_SETTINGS, parseSettings } from '../../../src/shared/settings/schema.ts';
import { exportSettings, importSettings } from '../../../src/shared/settings/transfer.ts';
import { planWrite, type WritePlan } from '../../../src/shared/settings/items.ts';
import { readItems } from '../../../src/shared/settings/store.ts';

const mode = fc.oneof(fc.constantFrom('on', 'off', 'always'), fc.anything());
const rule = fc.oneof(
  fc.record({ host: fc.oneof(fc.domain(), fc.string(), fc.anything()), includeSubdomains: fc.oneof(fc.boolean(), fc.anything()), mode }, { requiredKeys: [] }),
  fc.anything(),
);
/** Objects shaped like settings, each part valid or not. */
const nearlySettings = fc.record(
  {
    version: fc.oneof(fc.constantFrom(0, 1, 2, '1'), fc.anything()),
    defaultMode: mode,
    occurrences: fc.oneof(fc.constantFrom('all', 'first'), fc.anything()),
    appearance: fc.oneof(fc.record({ highlight: fc.oneof(fc.constantFrom('underline', 'background'), fc.string()), theme: fc.oneof(fc.constantFrom('auto', 'light', 'dark'), fc.string()) }, { requiredKeys: [] }), fc.anything()),
    sites: fc.oneof(fc.array(rule, { maxLength: 6 }), fc.anything()),
    disabledSites: fc.array(fc.oneof(fc.domain(), fc.anything()), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

test('stored settings: anything parses to valid settings, valid parts are kept', () => {
  fc.assert(
    fc.property(fc.oneof(nearlySettings, fc.anything(), fc.jsonValue()), (raw) => {
      const { settings, problems } = parseSettings(raw);
      // The result is itself clean, and stable.
      assert.deepEqual(parseSettings(settings), { settings, problems: [] });
      assert.ok(Array.isArray(problems) && problems.every((p) => typeof p === 'string' && p.length > 0));
      if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
        const r = raw as Record<string, unknown>;
        // A valid value is never lost because something else was invalid.
        if (r.version === 1 && ['on', 'off', 'always'].includes(r.defaultMode as string)) assert.equal(settings.defaultMode, r.defaultMode);
        if (r.version === 1 && ['all', 'first'].includes(r.occurrences as string)) assert.equal(settings.occurrences, r.occurrences);
      }
      if (raw === undefined || raw === null) assert.deepEqual(settings, DEFAULT_SETTINGS);
    }),
    { numRuns: 500 },
  );
});

test('imports: any text is either exactly valid settings or rejected with named problems, never a throw', () => {
  const text = fc.oneof(fc.string(), fc.json(), nearlySettings.map((s) => JSON.stringify(s) ?? ''), fc.constantFrom('', '{', '[]', 'null', '{"version":1}'));
  fc.assert(
    fc.property(text, (t) => {
      const r = importSettings(t);
      if (r.ok) assert.deepEqual(parseSettings(r.settings), { settings: r.settings, problems: [] });
      else assert.ok(r.problems.length > 0 && r.problems.every((p) => p.length > 0));
    }),
    { numRuns: 500 },
  );
});

test('imports: every exported settings object imports back unchanged', () => {
  fc.assert(
    fc.property(nearlySettings, (raw) => {
      const { settings } = parseSettings(raw);
      const back = importSettings(exportSettings(settings));
      assert.deepEqual(back, { ok: true, settings });
    }),
    { numRuns: 300 },
  );
});

/** storage.sync after `plan` is written over `items`, as the browser would do it. */
function written(items: Record<string, unknown>, plan: WritePlan): Record<string, unknown> {
  const next = { ...items, ...structuredClone(plan.set) };
  for (const key of plan.remove) delete next[key];
  return next;
}

test('storage layout: any settings written over any other settings read back exactly, each rule in its own item', () => {
  const valid = nearlySettings.map((raw) => parseSettings(raw).settings);
  fc.assert(
    fc.property(valid, valid, (first, second) => {
      const one = written({}, planWrite(first, DEFAULT_SETTINGS, {}));
      assert.deepEqual(readItems(one), { settings: first, problems: [] });
      const two = written(one, planWrite(second, first, one));
      assert.deepEqual(readItems(two), { settings: second, problems: [] });
      assert.equal(Object.keys(two).filter((k) => k.startsWith('site:')).length, second.sites.length);
    }),
    { numRuns: 300 },
  );
});

test('storage layout: any stored items read without throwing into settings that parse again cleanly', () => {
  const key = fc.oneof(fc.constantFrom('settings', 'site:', 'site:*.', 'site:*.a.example'), fc.domain().map((d) => `site:${d}`), fc.string());
  fc.assert(
    fc.property(fc.dictionary(key, fc.oneof(nearlySettings, fc.record({ mode: fc.anything(), at: fc.anything() }, { requiredKeys: [] }), fc.anything())), (items) => {
      const { settings } = readItems(items);
      assert.deepEqual(parseSettings(settings), { settings, problems: [] });
    }),
    { numRuns: 300 },
  );
});
