import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PACKS_HOOK, registerPack, registeredPacks } from '../../../src/shared/pack/registry.ts';
import { fixturePack } from './fixture.ts';

test('packs register on the global in the order the chunks ran; a page-made look-alike is not read', () => {
  // A named element shows through a global as an inherited property, never an own one.
  const proto = Object.getPrototypeOf(globalThis) as Record<string, unknown>;
  proto[PACKS_HOOK] = { forged: { meta: { id: 'forged' } } };
  try {
    assert.deepEqual(registeredPacks(), []);
    const a = fixturePack();
    const b = fixturePack();
    b.meta.id = 'second';
    registerPack(a);
    registerPack(b);
    assert.deepEqual(registeredPacks().map((p) => p.meta.id), ['test-topic', 'second']);
    registerPack(a);
    assert.equal(registeredPacks().length, 2, 'a chunk injected twice registers its pack once');
  } finally {
    delete proto[PACKS_HOOK];
    delete (globalThis as Record<string, unknown>)[PACKS_HOOK];
  }
});
