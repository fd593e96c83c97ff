// The canonical text the incremental build's keys digest (src/node/page-keys.ts): equal
// values give equal text whatever order their keys were set in, every difference shows,
// and a long object met again is not serialised again.
import { describe, expect, it } from 'vitest';
import { adoptDigests, canonical, madeDigests, outputKey } from '../../src/node/page-keys.ts';

/** A value whose canonical text is longer than the limit at which it stands as a digest. */
function long(label: string): { label: string; summary: string; paragraphs: string[] } {
  return {
    label,
    summary: `${label}: ${'A sentence of the summary. '.repeat(12)}`,
    paragraphs: Array.from({ length: 12 }, (_, i) => `Paragraph ${i} of ${label}.`),
  };
}

describe('canonical', () => {
  it('writes short values as JSON with sorted keys', () => {
    expect(canonical({ b: 2, a: [1, 'x', true, null] })).toBe('{"a":[1,"x",true,null],"b":2}');
    expect(canonical({ a: { d: 1, c: 2 } })).toBe(canonical({ a: { c: 2, d: 1 } }));
  });

  it('follows JSON for undefined, functions, non-finite numbers and toJSON', () => {
    expect(
      canonical({
        gone: undefined,
        fn: () => 1,
        list: [undefined, Number.NaN, Number.POSITIVE_INFINITY],
        when: new Date(Date.UTC(2026, 0, 2)),
      }),
    ).toBe('{"list":[null,null,null],"when":"2026-01-02T00:00:00.000Z"}');
    expect(canonical(undefined)).toBe('undefined');
  });

  it('keeps the entries of a Map or a Set, which JSON would drop', () => {
    expect(canonical(new Map([['a', 1]]))).not.toBe(canonical(new Map([['a', 2]])));
    expect(canonical(new Set(['a']))).not.toBe(canonical(new Set(['b'])));
    expect(canonical(new Map([['a', 1]]))).not.toBe(canonical({}));
  });

  it('writes a long object as a digest, the same for equal values built apart', () => {
    const text = canonical({ page: long('one') });
    expect(text).toMatch(/^\{"page":#[A-Za-z0-9_-]{43}\}$/);
    expect(canonical({ page: long('one') })).toBe(text);
    // The key order inside the long object does not matter either.
    const { label, summary, paragraphs } = long('one');
    expect(canonical({ page: { paragraphs, summary, label } })).toBe(text);
  });

  it('tells apart values that differ deep inside a long object', () => {
    const a = long('one');
    const b = long('one');
    b.paragraphs[7] = 'Paragraph 7 of one, edited.';
    expect(canonical({ page: a })).not.toBe(canonical({ page: b }));
    // A string that reads like a digest is not the digest: strings are quoted.
    const digest = canonical(a);
    expect(canonical(digest)).not.toBe(digest);
  });

  it('serialises a long object once, and reuses its digest where it appears again', () => {
    let reads = 0;
    const shared = {
      get text() {
        reads++;
        return 'A paragraph of the source. '.repeat(20);
      },
    };
    const first = canonical({ briefing: shared });
    const second = canonical({ actor: 'x', appearances: [shared, shared] });
    expect(reads).toBe(1);
    expect(second).toContain(first.slice('{"briefing":'.length, -1));
  });

  it('refuses a value that refers to itself', () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle['self'] = cycle;
    expect(() => canonical(cycle)).toThrow(/refers to itself/);
  });
});

describe('digests sent to another thread', () => {
  /** A briefing-like value: long itself, with long quotes in an array, one shared with an actor's list. */
  function briefing(label: string) {
    const quotes = [long(`${label} quote 1`), long(`${label} quote 2`)];
    return { ...long(label), quotes, actor: { name: 'A', appearances: [quotes[1]] } };
  }

  it('are the digests the clone would have, of the object and of its arrays’ objects', () => {
    const original = briefing('sent');
    canonical(original);
    const [table] = madeDigests([original]);
    expect(Object.keys(table ?? {}).sort()).toEqual(['', 'quotes.0', 'quotes.1']);
    // The receiving side: a structured clone keeps the shared quote as one object.
    const clone = structuredClone(original);
    expect(clone.actor.appearances[0]).toBe(clone.quotes[1]);
    adoptDigests([clone], [table!]);
    expect(canonical(clone)).toBe(canonical(original));
    expect(canonical(clone.actor)).toBe(canonical(original.actor));
  });

  it('are taken, not made again: a clone given another value’s digests keys as that value', () => {
    const [one, other] = [briefing('one'), briefing('other')];
    canonical(one);
    canonical(other);
    const clone = structuredClone(one);
    adoptDigests([clone], madeDigests([other]));
    expect(canonical(clone)).toBe(canonical(other));
    expect(canonical(clone.quotes[0])).toBe(canonical(other.quotes[0]));
  });

  it('are ignored when they do not fit: other counts, paths to no object, text that is no digest', () => {
    const one = briefing('fit');
    const expected = canonical(structuredClone(one));
    const clone = structuredClone(one);
    adoptDigests([clone], [{ '': '#a' }, { '': '#b' }]);
    adoptDigests(
      [clone],
      [{ 'summary.0': '#c', 'quotes.9': '#d', 'label.x': '#e', '': 'not one' }],
    );
    expect(canonical(clone)).toBe(expected);
  });
});

describe('outputKey', () => {
  const root = process.cwd();

  it('changes with the route and with the input, not with key order', () => {
    const key = outputKey(root, 'actors/[id]/ {"id":"a"}', { a: long('x'), b: 1 });
    expect(outputKey(root, 'actors/[id]/ {"id":"a"}', { b: 1, a: long('x') })).toBe(key);
    expect(outputKey(root, 'actors/[id]/ {"id":"b"}', { a: long('x'), b: 1 })).not.toBe(key);
    expect(outputKey(root, 'actors/[id]/ {"id":"a"}', { a: long('y'), b: 1 })).not.toBe(key);
  });
});
