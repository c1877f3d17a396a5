/**
 * Where the content script finds its topic packs. The background injects one chunk per detected
 * topic (`packs/<id>.js`, built by scripts/build.ts) before the app; each chunk registers its pack
 * here, on the content script's own global, and the app reads them in the order they came. Like
 * the app's hooks (src/content/app-contract.ts), only an own property counts: a page element
 * with the same id shows through the isolated global as a named property, never an own one.
 */
import type { TopicPack } from './types.ts';

export const PACKS_HOOK = '__lpcPacks';

type PackGlobal = { [PACKS_HOOK]?: Record<string, TopicPack> };

function registry(): Record<string, TopicPack> | undefined {
  return Object.prototype.hasOwnProperty.call(globalThis, PACKS_HOOK) ? (globalThis as unknown as PackGlobal)[PACKS_HOOK] : undefined;
}

export function registerPack(pack: TopicPack): void {
  const packs = registry() ?? ((globalThis as unknown as PackGlobal)[PACKS_HOOK] = {});
  packs[pack.meta.id] = pack;
}

/** The packs registered so far, in the order they were injected (the best-scoring topic first). */
export function registeredPacks(): TopicPack[] {
  return Object.values(registry() ?? {});
}

/** Whether the chunk of this topic has run in this world. */
export function hasPack(id: string): boolean {
  return !!registry()?.[id];
}
