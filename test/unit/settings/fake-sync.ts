/**
 * An in-memory storage.sync for the settings tests: get (one key or all), set, remove, the change
 * events the browsers send, failures like the browsers', and a log of the writes, so that a test
 * can replay one device's writes on another as sync does (item by item, last write wins).
 */
import type { StorageApi } from '../../../src/shared/settings/store.ts';

type Change = { oldValue?: unknown; newValue?: unknown };
type Listener = (changes: Record<string, Change>, area: string) => void;
export type Write = { set: Record<string, unknown> } | { remove: string[] };

export function fakeSync(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  const listeners = new Set<Listener>();
  const writes: Write[] = [];
  let fail: string | null = null;
  const tick = () => new Promise((r) => setTimeout(r, 1));
  const apply = (write: Write) => {
    const changes: Record<string, Change> = {};
    const entries: [string, unknown][] = 'set' in write ? Object.entries(write.set) : write.remove.map((k) => [k, undefined]);
    for (const [k, v] of entries) {
      changes[k] = { oldValue: data[k], newValue: structuredClone(v) };
      if (v === undefined) delete data[k];
      else data[k] = structuredClone(v);
    }
    for (const l of listeners) l(changes, 'sync');
  };
  const write = async (w: Write) => {
    await tick();
    if (fail) throw new Error(fail);
    writes.push(structuredClone(w));
    apply(w);
  };
  const sync = {
    get: async (key: string | null) => {
      await tick();
      if (key === null) return structuredClone(data);
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    set: (items: Record<string, unknown>) => write({ set: items }),
    remove: (keys: string[]) => write({ remove: keys }),
  };
  const onChanged = { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) };
  return {
    api: { storage: { sync, onChanged } } as unknown as StorageApi,
    data,
    listeners,
    writes,
    /** What sync does with another device's writes: applied here, item by item. */
    replay: (ws: Write[]) => ws.forEach(apply),
    emit: (changes: Record<string, Change>, area: string) => listeners.forEach((l) => l(changes, area)),
    failWith: (message: string | null) => (fail = message),
  };
}
