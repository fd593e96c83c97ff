// The content loaders keep Astro's data store in step by digest, as Astro's glob()
// loader does: unchanged entries are not written again, removed ones are deleted.
import { describe, expect, it } from 'vitest';
import { syncStore } from '../../src/integration/loader.ts';

type Stored = { id: string; data: Record<string, unknown>; digest?: string };

/** The part of Astro's DataStore the loaders use, over a Map, counting writes. */
function fakeStore(initial: Stored[] = []) {
  const entries = new Map(initial.map((e) => [e.id, e]));
  const writes: string[] = [];
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: Stored) => {
      writes.push(entry.id);
      entries.set(entry.id, entry);
      return true;
    },
    keys: () => [...entries.keys()],
    delete: (id: string) => void entries.delete(id),
  };
  return { store, entries, writes };
}

describe('syncStore', () => {
  it('writes only new or changed entries and deletes only the ones gone', () => {
    const { store, entries, writes } = fakeStore([
      { id: 'a', data: { n: 1 }, digest: '1' },
      { id: 'b', data: { n: 2 }, digest: '2' },
      { id: 'c', data: { n: 3 }, digest: '3' },
    ]);
    syncStore(store as never, [
      { id: 'a', data: { n: 1 }, digest: '1' },
      { id: 'b', data: { n: 20 }, digest: '20' },
      { id: 'd', data: { n: 4 }, digest: '4' },
    ]);
    expect(writes).toEqual(['b', 'd']);
    expect([...entries.keys()].sort()).toEqual(['a', 'b', 'd']);
    expect(entries.get('b')?.data).toEqual({ n: 20 });
  });
});
