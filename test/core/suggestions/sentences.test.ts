// Sentences and clauses of a paragraph, as the suggestions use them.
import { describe, expect, it } from 'vitest';
import {
  clauseAround,
  sentenceAround,
  sentenceRanges,
} from '../../../src/core/suggestions/sentences.ts';

const text = (t: string, r: { start: number; end: number }) => t.slice(r.start, r.end);

describe('sentences', () => {
  it('splits after a full stop, a closing quotation mark or an ellipsis, not after "Mr." or "U.S."', () => {
    const t = 'Mr. Smith met U.S. officials. “It is done.” Then he left… Later, 30 ships left.';
    expect(sentenceRanges(t).map((r) => text(t, r))).toEqual([
      'Mr. Smith met U.S. officials.',
      '“It is done.”',
      'Then he left…',
      'Later, 30 ships left.',
    ]);
  });

  it('keeps a quote and its "she said" in one sentence', () => {
    const t = '“We will win,” she said. He did not.';
    expect(text(t, sentenceAround(t, 1, 12))).toBe('“We will win,” she said.');
  });
});

describe('clauses', () => {
  it('widens a short clause forward until it says something', () => {
    const t =
      'On Friday, Venezuelan President Nicolas Maduro proposed signing cooperation agreements, offering help.';
    expect(text(t, clauseAround(t, 0, 9))).toBe(
      'On Friday, Venezuelan President Nicolas Maduro proposed signing cooperation agreements',
    );
  });

  it('keeps a long clause to itself and drops its trailing comma', () => {
    const t =
      'During his speech, the Venezuelan President also referred to the sanctions imposed by the United States last month on the Aragua Train, which it classified as a terrorist organization.';
    const at = t.indexOf('last month');
    expect(text(t, clauseAround(t, at, at + 10))).toBe(
      'the Venezuelan President also referred to the sanctions imposed by the United States last month on the Aragua Train',
    );
  });
});
