import { describe, expect, it } from 'vitest';
import {
  anchor,
  haystack,
  needleParts,
  type AnchorOptions,
} from '../../../src/core/anchoring/anchoring.ts';
import { splitParagraphs, type Paragraph } from '../../../src/core/text/paragraphs.ts';
import { seedSource } from '../../helpers/seed-fixture.ts';

const { paragraphs } = seedSource();
const seed = haystack(paragraphs);

/** Anchors `needle` and returns the exact source words the span covers, failing loudly otherwise. */
function anchored(
  needle: string,
  options: AnchorOptions = {},
  source = seed,
  paras: readonly Paragraph[] = paragraphs,
) {
  const result = anchor(needle, source, options);
  if (!result.ok)
    throw new Error(`expected ${JSON.stringify(needle)} to anchor, got ${JSON.stringify(result)}`);
  const text = paras[result.anchor.paragraph - 1]?.text ?? '';
  return {
    paragraph: result.anchor.paragraph,
    words: text.slice(result.anchor.start, result.anchor.end),
    parts: result.anchor.parts.map((p) => text.slice(p.start, p.end)),
    anchor: result.anchor,
  };
}

function synthetic(body: string) {
  const paras = splitParagraphs(body);
  return { paras, source: haystack(paras) };
}

describe('anchor: the five seed quotes', () => {
  it('anchors the ¶2 ellipsis quote from its first to its last word', () => {
    const a = anchored('It is a success … peace.');
    expect(a.paragraph).toBe(2);
    expect(a.words).toBe(
      'It is a success that we place at the service of combating criminal gangs, international crime and drug trafficking… and continuing the victory through the path of law, justice and peace.',
    );
    expect(a.parts).toEqual(['It is a success', 'peace.']);
    expect(a.anchor).toEqual({
      paragraph: 2,
      start: 95,
      end: 281,
      parts: [
        { start: 95, end: 110 },
        { start: 275, end: 281 },
      ],
    });
  });

  it('anchors the full ¶2 quote as the briefing writes it, across the source’s own ellipsis', () => {
    const a = anchored(
      'It is a success that we place at the service of combating criminal gangs,\ninternational crime and drug trafficking… and continuing the victory through\nthe path of law, justice and peace.',
    );
    expect(a.paragraph).toBe(2);
    expect(a.parts).toEqual([
      'It is a success that we place at the service of combating criminal gangs, international crime and drug trafficking',
      'and continuing the victory through the path of law, justice and peace.',
    ]);
  });

  it('anchors the one-word quotes “comprehensive” and “scientific” in ¶3, without their quotation marks', () => {
    expect(anchored('comprehensive')).toMatchObject({
      paragraph: 3,
      words: 'comprehensive',
      anchor: { start: 54, end: 67 },
    });
    expect(anchored('“scientific”')).toMatchObject({
      paragraph: 3,
      words: 'scientific',
      anchor: { start: 74, end: 84 },
    });
  });

  it('anchors “defeated, defeated and disappeared.” in ¶3', () => {
    expect(anchored('defeated, defeated and disappeared.')).toMatchObject({
      paragraph: 3,
      words: 'defeated, defeated and disappeared.',
      anchor: { start: 229, end: 264 },
    });
  });

  it('anchors the government’s “no longer exists” in ¶5', () => {
    expect(anchored('no longer exists')).toMatchObject({
      paragraph: 5,
      words: 'no longer exists',
      anchor: { start: 357, end: 373 },
    });
  });
});

describe('anchor: typographic differences do not matter', () => {
  it('matches a straight apostrophe against the source’s curly one and returns the curly original', () => {
    expect(anchored("the country's police system")).toMatchObject({
      paragraph: 1,
      words: 'the country’s police system',
    });
    expect(anchored("Maduro's proposal")).toMatchObject({
      paragraph: 6,
      words: 'Maduro’s proposal',
    });
  });

  it('matches curly quotes in the needle against straight quotes in the source, and the reverse', () => {
    const { paras, source } = synthetic('He said "enough" twice and it\'s over.');
    expect(anchored('said “enough” twice and it’s over', {}, source, paras).words).toBe(
      'said "enough" twice and it\'s over',
    );
    const curly = synthetic('He said “enough” twice.');
    expect(anchored('said "enough" twice', {}, curly.source, curly.paras).words).toBe(
      'said “enough” twice',
    );
  });

  it('matches en and em dashes against a hyphen, and a hyphen against an em dash', () => {
    expect(anchored('anti–ship bombings').words).toBe('anti-ship bombings');
    expect(anchored('anti—ship bombings').words).toBe('anti-ship bombings');
    const { paras, source } = synthetic('The offer — made on Friday — stands.');
    expect(anchored('offer - made on Friday - stands', {}, source, paras).words).toBe(
      'offer — made on Friday — stands',
    );
  });

  it('matches across NBSP, thin spaces, tabs and line breaks in the needle or the source', () => {
    expect(anchored('Venezuelan\u00A0President', { p: 5 })).toMatchObject({
      paragraph: 5,
      words: 'Venezuelan President',
    });
    expect(anchored('citizen   security\nwith his\tneighboring')).toMatchObject({
      paragraph: 1,
      words: 'citizen security with his neighboring',
    });
    const { paras, source } = synthetic('Caracas,\u00A0December\u20096\nthe  president spoke.');
    expect(anchored('December 6 the president', {}, source, paras).words).toBe(
      'December\u20096\nthe  president',
    );
  });

  it('matches an accented needle against the accent-free source and slices the source’s words', () => {
    expect(anchored('Nicolás Maduro')).toMatchObject({ paragraph: 1, words: 'Nicolas Maduro' });
    expect(anchored('Nicolás Maduro'.normalize('NFD'))).toMatchObject({
      paragraph: 1,
      words: 'Nicolas Maduro',
    });
  });

  it('matches NFC against NFD and accent-free against accented, keeping every combining mark in the span', () => {
    const nfd = synthetic('Lo dijo Nicola\u0301s Maduro y Jose\u0301.');
    expect(anchored('Nicolás Maduro'.normalize('NFC'), {}, nfd.source, nfd.paras).words).toBe(
      'Nicola\u0301s Maduro',
    );
    expect(anchored('Jose', {}, nfd.source, nfd.paras).words).toBe('Jose\u0301');
    const nfc = synthetic('Lo dijo Nicolás Maduro y José.'.normalize('NFC'));
    expect(anchored('Nicolás Maduro'.normalize('NFD'), {}, nfc.source, nfc.paras).words).toBe(
      'Nicolás Maduro'.normalize('NFC'),
    );
    expect(anchored('Nicolas Maduro y Jose', {}, nfc.source, nfc.paras).words).toBe(
      'Nicolás Maduro y José'.normalize('NFC'),
    );
  });

  it('ignores case', () => {
    expect(anchored('ON FRIDAY, VENEZUELAN PRESIDENT')).toMatchObject({
      paragraph: 1,
      words: 'On Friday, Venezuelan President',
    });
  });
});

describe('anchor: an ellipsis means elided words', () => {
  const whole = 'drug trafficking… and continuing';
  it.each([
    ['…', 'drug trafficking … and continuing'],
    ['...', 'drug trafficking ... and continuing'],
    ['[…]', 'drug trafficking […] and continuing'],
    ['[...]', 'drug trafficking [...] and continuing'],
    ['. . .', 'drug trafficking . . . and continuing'],
    ['no spaces', 'drug trafficking...and continuing'],
  ])('treats %s as an elision', (_form, needle) => {
    const a = anchored(needle);
    expect(a.paragraph).toBe(2);
    expect(a.words).toBe(whole);
    expect(a.parts).toEqual(['drug trafficking', 'and continuing']);
  });

  it('elides many words between parts', () => {
    const a = anchored('combating criminal gangs [...] the path of law');
    expect(a.parts).toEqual(['combating criminal gangs', 'the path of law']);
    expect(a.words).toBe(
      'combating criminal gangs, international crime and drug trafficking… and continuing the victory through the path of law',
    );
  });

  it('ignores an ellipsis at either edge of the needle', () => {
    expect(anchored('… and continuing the victory …').words).toBe('and continuing the victory');
  });

  it('requires the parts in order', () => {
    expect(anchor('peace … It is a success', seed)).toMatchObject({
      ok: false,
      reason: 'not-found',
    });
  });

  it('requires all parts in one paragraph', () => {
    // "joint operations" is in ¶4, "joint actions" in ¶6.
    expect(anchor('joint operations … joint actions', seed)).toMatchObject({
      ok: false,
      reason: 'not-found',
    });
    expect(anchored('joint operations').paragraph).toBe(4);
    expect(anchored('joint actions').paragraph).toBe(6);
  });

  it('takes the first later occurrence of each following part', () => {
    const a = anchored('eliminating gangs … Tren');
    expect(a.parts).toEqual(['eliminating gangs', 'Tren']);
    expect(a.words).toBe('eliminating gangs like the Tren');
  });
});

describe('anchor: a repeated phrase', () => {
  it('is ambiguous and lists the ¶s it occurs in', () => {
    expect(anchor('Venezuelan President', seed)).toEqual({
      ok: false,
      reason: 'ambiguous',
      paragraphs: [1, 5],
    });
    expect(anchor('neighboring countries', seed)).toEqual({
      ok: false,
      reason: 'ambiguous',
      paragraphs: [1, 4],
    });
  });

  it('lists a ¶ twice when the phrase repeats inside it', () => {
    expect(anchor('defeated', seed)).toEqual({
      ok: false,
      reason: 'ambiguous',
      paragraphs: [3, 3],
    });
  });

  it('is resolved by p=', () => {
    expect(anchored('Venezuelan President', { p: 5 })).toMatchObject({
      paragraph: 5,
      anchor: { start: 23, end: 43 },
    });
    expect(anchored('Venezuelan President', { p: 1 })).toMatchObject({
      paragraph: 1,
      anchor: { start: 11, end: 31 },
    });
  });

  it('is resolved by prefix=, the words right before it', () => {
    expect(anchored('Venezuelan President', { prefix: 'On Friday,' })).toMatchObject({
      paragraph: 1,
      words: 'Venezuelan President',
    });
    expect(anchored('Venezuelan President', { prefix: 'During his speech, the' }).paragraph).toBe(
      5,
    );
  });

  it('is resolved by suffix=, the words right after it', () => {
    expect(anchored('Venezuelan President', { suffix: 'also referred' }).paragraph).toBe(5);
    expect(anchored('Venezuelan President', { suffix: 'Nicolas Maduro' }).paragraph).toBe(1);
  });

  it('is resolved within one paragraph by prefix= or suffix=', () => {
    const first = anchored('defeated', { suffix: ', defeated and' });
    const second = anchored('defeated', { prefix: 'defeated,' });
    expect(first.anchor).toMatchObject({ paragraph: 3, start: 229, end: 237 });
    expect(second.anchor).toMatchObject({ paragraph: 3, start: 239, end: 247 });
  });

  it('folds prefix= and suffix= like the source', () => {
    expect(anchored('defeated', { prefix: 'have now been “' }).anchor.start).toBe(229);
    expect(anchored('police system', { prefix: "the country's" }).paragraph).toBe(1);
  });

  it('is not found when prefix= or p= rule out every occurrence', () => {
    expect(anchor('Venezuelan President', seed, { prefix: 'nothing like this' })).toMatchObject({
      ok: false,
      reason: 'not-found',
    });
    expect(anchor('Venezuelan President', seed, { p: 3 })).toMatchObject({
      ok: false,
      reason: 'not-found',
    });
  });
});

describe('anchor: whole words only', () => {
  it('does not match inside a word', () => {
    expect(anchor('Venez', seed)).toMatchObject({ ok: false, reason: 'not-found' });
    expect(anchor('succes', seed)).toMatchObject({ ok: false, reason: 'not-found' });
    expect(anchor('no longer exist', seed)).toMatchObject({ ok: false, reason: 'not-found' });
  });

  it('finds "Venezuela" only where it is a word of its own, never inside "Venezuelan"', () => {
    expect(anchor('Venezuela', seed)).toEqual({
      ok: false,
      reason: 'ambiguous',
      paragraphs: [3, 6],
    });
    expect(anchored('Venezuela', { p: 6 }).words).toBe('Venezuela');
  });
});

describe('anchor: failures', () => {
  it('reports a misquote as not found with the closest passage, its ¶ and similarity', () => {
    const result = anchor(
      'It is a triumph that we place at the service of combating criminal gangs',
      seed,
    );
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== 'not-found') throw new Error('expected not-found');
    expect(result.closest?.paragraph).toBe(2);
    expect(result.closest?.text).toBe(
      'It is a success that we place at the service of combating criminal gangs',
    );
    // "success" → "triumph": 7 edits over 72 folded characters.
    expect(result.closest?.similarity).toBeCloseTo(1 - 7 / 72, 10);
  });

  it('points a misquoted one-word quote at its ¶', () => {
    const result = anchor('comprehensiv', seed);
    expect(result).toMatchObject({ ok: false, reason: 'not-found', closest: { paragraph: 3 } });
  });

  it('gives no closest passage when nothing in the source is similar', () => {
    expect(anchor('xyzzy plugh', seed)).toEqual({ ok: false, reason: 'not-found' });
  });

  it.each([[''], ['   '], ['“ ”'], ['…'], ['[...]']])('reports %j as empty', (needle) => {
    expect(anchor(needle, seed)).toEqual({ ok: false, reason: 'empty' });
  });

  it.each([[0], [7], [-1]])('reports p=%i as out of range for a six-paragraph source', (p) => {
    expect(anchor('comprehensive', seed, { p })).toEqual({
      ok: false,
      reason: 'p-out-of-range',
      paragraphs: 6,
    });
  });

  it('finds nothing in an empty source', () => {
    expect(anchor('comprehensive', haystack([]))).toEqual({ ok: false, reason: 'not-found' });
  });
});

describe('needleParts', () => {
  it('splits on every ellipsis form, folds, and drops edge quotation marks', () => {
    expect(needleParts('“It is a success … peace.”')).toEqual(['it is a success', 'peace.']);
    expect(needleParts('a [...] b ... c […] d . . . e')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(needleParts("'comprehensive'")).toEqual(['comprehensive']);
  });

  it('keeps inner quotation marks', () => {
    expect(needleParts('said "enough" twice')).toEqual(['said "enough" twice']);
  });
});

describe('anchor: the closest passage is whole words', () => {
  it('a quote that cuts a word is close but not 100% similar', () => {
    const result = anchor('no longer exist', haystack(seedSource().paragraphs));
    expect(result).toMatchObject({
      ok: false,
      reason: 'not-found',
      closest: { paragraph: 5, text: 'no longer exists' },
    });
    if (!result.ok && result.reason === 'not-found')
      expect(result.closest?.similarity).toBeCloseTo(15 / 16, 5);
  });
});
