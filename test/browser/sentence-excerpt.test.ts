// Search excerpts as sentences, on the text Pagefind keeps for the seed briefing's
// document (headings and paragraphs joined with full stops, as Pagefind joins blocks).
import { describe, expect, it } from 'vitest';
import {
  endsSentence,
  matchesOrExtendsQuery,
  matchesQuery,
  sentenceExcerpt,
} from '../../src/browser/sentence-excerpt.ts';

const text =
  'United States. Also called: US, U.S., USA, Estados Unidos, EE.UU., EEUU. Country: United States. ' +
  'The United States of America. Sanctions Tren de Aragua, bombs alleged drug boats in the Caribbean and Pacific, and threatens targets inside Venezuela. ' +
  'Venezuela. The Bolivarian Republic of Venezuela.';
const words = text.split(/\s+/);
const at = (word: string, from = 0) => words.findIndex((w, i) => i >= from && w.startsWith(word));
const render = (parts: { text: string; match: boolean }[]) =>
  parts.map((p) => (p.match ? `[${p.text}]` : p.text)).join('');
// The United States section runs up to the next heading, “Venezuela.”
const section = { start: 0, end: at('Bolivarian') - 2, headingWords: 2 };

describe('sentenceExcerpt', () => {
  it('gives the whole sentence of the first match, not a window across sentences', () => {
    expect(render(sentenceExcerpt(words, section, [at('Aragua,')]))).toBe(
      'Sanctions Tren de [Aragua], bombs alleged drug boats in the Caribbean and Pacific, and threatens targets inside Venezuela.',
    );
  });

  it('adds the next sentence when the first is short, and does not end a sentence at “U.S.,”', () => {
    expect(render(sentenceExcerpt(words, section, [at('Estados')]))).toBe(
      'Also called: US, U.S., USA, [Estados] Unidos, EE.UU., EEUU. Country: United States.',
    );
  });

  it('never runs into the next section, and starts at the body when only the heading matched', () => {
    expect(render(sentenceExcerpt(words, section, [0]))).toBe(
      'Also called: US, U.S., USA, Estados Unidos, EE.UU., EEUU. Country: United States.',
    );
    const venezuela = { start: section.end, end: words.length, headingWords: 1 };
    expect(render(sentenceExcerpt(words, venezuela, [section.end, words.length - 1]))).toBe(
      'The Bolivarian Republic of [Venezuela].',
    );
  });

  it('cuts a long sentence around the match at word boundaries, saying where it cut', () => {
    const parts = sentenceExcerpt(words, section, [at('Caribbean')], 8);
    expect(render(parts)).toBe('… in the [Caribbean] and Pacific, and threatens targets …');
  });
});

describe('endsSentence', () => {
  it('reads full stops, question marks and closing quotes, not abbreviations', () => {
    expect(['past.', 'disappeared.”', 'why?', 'so…', '(1953).'].map(endsSentence)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['U.S.', 'Dr.', 'EE.UU.,', 'Aragua,', 'Mr.'].map(endsSentence)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('matchesQuery', () => {
  it('marks the words of the query and their forms, not longer words that start like a short term', () => {
    const query = 'Tren de Aragua';
    expect(matchesQuery('Aragua,', query)).toBe(true);
    expect(matchesQuery('“Tren', query)).toBe(true);
    expect(matchesQuery('de', query)).toBe(true);
    expect(matchesQuery('defeated', query)).toBe(false);
    expect(matchesQuery('decided', query)).toBe(false);
    expect(matchesQuery('Trenches', query)).toBe(false);
    expect(matchesQuery('sanctions', 'sanction')).toBe(true);
    expect(matchesQuery('classified', 'classify')).toBe(true);
    expect(matchesQuery('Nicolás', 'nicolas')).toBe(true);
    expect(matchesQuery('Maduro’s', 'maduro')).toBe(true);
  });
});

describe('matchesOrExtendsQuery', () => {
  it('keeps a match and a longer word a term begins as typed, not a shorter word a term begins', () => {
    expect(matchesOrExtendsQuery('sanctions', 'Sanction')).toBe(true);
    expect(matchesOrExtendsQuery('“Aragua,”', 'arag')).toBe(true);
    expect(matchesOrExtendsQuery('Índígena', 'indig')).toBe(true);
    // Pagefind's fallback in an index without "Aragua": the word "a" is no match of it.
    expect(matchesOrExtendsQuery('a', 'Aragua')).toBe(false);
    expect(matchesOrExtendsQuery('defeated', 'Tren')).toBe(false);
  });
});
