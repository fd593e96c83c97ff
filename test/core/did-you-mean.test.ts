import { describe, expect, it } from 'vitest';
import { didYouMean, typoDistance } from '../../src/core/did-you-mean.ts';

describe('didYouMean', () => {
  const ids = ['nicolas-maduro', 'tren-de-aragua', 'tren-del-llano', 'united-states', 'venezuela'];

  it('suggests the closest candidate for a typo', () => {
    expect(didYouMean('nicolas-madur', ids)).toBe('nicolas-maduro');
    expect(didYouMean('venezuala', ids)).toBe('venezuela');
    expect(didYouMean('quot', ['quote', 'event', 'actor', 'note'])).toBe('quote');
    expect(didYouMean('prefx', ['by', 'id', 'p', 'prefix', 'suffix'])).toBe('prefix');
  });

  it('ignores case', () => {
    expect(didYouMean('Venezuela', ids)).toBe('venezuela');
  });

  it('suggests nothing when no candidate is within a third of the length', () => {
    expect(didYouMean('maduro', ids)).toBeUndefined();
    expect(
      didYouMean('birthplace', ['name', 'kind', 'aliases', 'wikidata', 'country']),
    ).toBeUndefined();
    expect(didYouMean('anything', [])).toBeUndefined();
  });

  it('allows two edits even for short names', () => {
    expect(didYouMean('dat', ['date', 'actors'])).toBe('date');
    expect(didYouMean('xy', ['ab'])).toBe('ab');
    expect(didYouMean('xyz', ['abc'])).toBeUndefined();
  });

  it('breaks ties alphabetically, whatever the candidates’ order', () => {
    expect(didYouMean('tren-de-llano', ['tren-del-llano', 'tren-de-aragua'])).toBe(
      'tren-del-llano',
    );
    expect(didYouMean('ab', ['ac', 'aa'])).toBe('aa');
    expect(didYouMean('ab', ['aa', 'ac'])).toBe('aa');
  });

  it('counts two swapped neighbouring letters as one typo: :::qoute is :::quote, not :::note', () => {
    expect(didYouMean('qoute', ['quote', 'event', 'actor', 'note'])).toBe('quote');
    expect(typoDistance('qoute', 'quote')).toBe(1);
    expect(typoDistance('qoute', 'note')).toBe(2);
    expect(typoDistance('', 'abc')).toBe(3);
    expect(typoDistance('kitten', 'sitting')).toBe(3);
  });
});
