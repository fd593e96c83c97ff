import { describe, expect, it } from 'vitest';
import {
  atWordBoundaries,
  foldText,
  normalize,
  toOriginal,
} from '../../../src/core/text/normalize.ts';

describe('normalize', () => {
  it('folds case, accents, curly quotes, dashes and the ellipsis character', () => {
    expect(normalize('“Nicolás” – Maduro’s…').text).toBe('"nicolas" - maduro\'s...');
    expect(normalize('‘a’ «b» — c ‐ d').text).toBe('\'a\' "b" - c - d');
  });

  it('folds NFC and NFD accents alike', () => {
    expect(normalize('Nicolás'.normalize('NFC')).text).toBe('nicolas');
    expect(normalize('Nicolás'.normalize('NFD')).text).toBe('nicolas');
  });

  it('collapses any run of whitespace (NBSP, thin space, tab, newline) to one space', () => {
    expect(normalize('a\u00A0b\u2009c \t\n d\u202Fe').text).toBe('a b c d e');
  });

  it('drops leading whitespace and keeps one trailing space; foldText trims it', () => {
    expect(normalize('  word  ').text).toBe('word ');
    expect(foldText('  Word  ')).toBe('word');
  });

  it('maps every folded character back to the original character that produced it', () => {
    const original = 'It’s … “done”';
    const n = normalize(original);
    expect(n.text).toBe('it\'s ... "done"');
    expect(n.starts).toHaveLength(n.text.length);
    expect(n.ends).toHaveLength(n.text.length);
    // The three dots come from the single "…" at offset 5.
    expect(n.starts.slice(5, 8)).toEqual([5, 5, 5]);
    expect(n.ends.slice(5, 8)).toEqual([6, 6, 6]);
    const at = n.text.indexOf('done');
    const span = toOriginal(n, at, at + 4);
    expect(original.slice(span.start, span.end)).toBe('done');
  });

  it('maps a match ending on an NFD-accented letter back to a span that keeps its combining mark', () => {
    const original = 'Lo dijo Jose\u0301 ayer';
    const n = normalize(original);
    const at = n.text.indexOf('jose');
    const span = toOriginal(n, at, at + 4);
    expect(original.slice(span.start, span.end)).toBe('Jose\u0301');
  });

  it('maps a range across collapsed whitespace to the whole original run', () => {
    const original = 'a \u00A0\n b';
    const n = normalize(original);
    expect(n.text).toBe('a b');
    const span = toOriginal(n, 0, 3);
    expect(original.slice(span.start, span.end)).toBe(original);
  });
});

describe('atWordBoundaries', () => {
  it('accepts a match bounded by spaces or punctuation', () => {
    expect(atWordBoundaries('the venezuelan president', 4, 14)).toBe(true);
    expect(atWordBoundaries('"defeated."', 1, 9)).toBe(true);
  });

  it('rejects a match that starts or ends inside a word', () => {
    const text = 'the venezuelan president';
    expect(atWordBoundaries(text, 4, 13)).toBe(false); // "venezuela" inside "venezuelan"
    expect(atWordBoundaries(text, 5, 14)).toBe(false); // "enezuelan"
  });

  it('does not require boundaries at edges that are themselves punctuation', () => {
    expect(atWordBoundaries('peace."x', 0, 6)).toBe(true);
  });
});

describe('normalize: characters outside the Basic Multilingual Plane', () => {
  it('keeps offsets in step after an emoji, so a later match maps to the right span', () => {
    const text = 'Launch 🚀 was “a step forward” today';
    const n = normalize(text);
    expect(n.starts.length).toBe(n.text.length);
    const at = n.text.indexOf('a step forward');
    const span = toOriginal(n, at, at + 'a step forward'.length);
    expect(text.slice(span.start, span.end)).toBe('a step forward');
  });
});
