// shortLabel: labels cut at the end of a word, never inside one.
import { describe, expect, it } from 'vitest';
import { shortLabel, shortPhrase } from '../../../src/core/publishing/short-label.ts';

const SEED_EVENT =
  "Maduro proposes citizen-security agreements to neighbouring countries and offers Venezuela's police system to the region.";

describe('shortLabel', () => {
  it('leaves a text that fits alone, whitespace collapsed', () => {
    expect(shortLabel('The United States  imposes\nsanctions.', 90)).toBe(
      'The United States imposes sanctions.',
    );
    expect(shortLabel('exactly ten', 11)).toBe('exactly ten');
  });

  it('cuts the seed event label after a whole word, not inside “Venezuela’s”', () => {
    expect(shortLabel(SEED_EVENT, 90)).toBe(
      'Maduro proposes citizen-security agreements to neighbouring countries and offers…',
    );
    expect(shortLabel(SEED_EVENT, 95)).toBe(
      "Maduro proposes citizen-security agreements to neighbouring countries and offers Venezuela's…",
    );
  });

  it('cuts “the Pacific” whole and drops a dangling comma', () => {
    const label =
      'The United States bombs boats of alleged drug traffickers in the Caribbean and the Pacific, an escalating campaign.';
    expect(shortLabel(label, 90)).toBe(
      'The United States bombs boats of alleged drug traffickers in the Caribbean and the…',
    );
    expect(shortLabel(label, 93)).toBe(
      'The United States bombs boats of alleged drug traffickers in the Caribbean and the Pacific…',
    );
  });

  it('never exceeds max characters, ellipsis included, and every cut ends on a word of the text', () => {
    const text = 'Ñandú “quoted words”, a señora’s café — and 🦜 parrots, emoji 👩‍👩‍👧 families.';
    const textWords = new Set(text.split(/[\s,“”—]+/).filter(Boolean));
    for (let max = 6; max < Array.from(text).length; max++) {
      const label = shortLabel(text, max);
      expect(Array.from(label).length, label).toBeLessThanOrEqual(max);
      expect(label.endsWith('…'), label).toBe(true);
      const words = label
        .slice(0, -1)
        .split(/[\s,“”—]+/)
        .filter(Boolean);
      const last = words.at(-1) ?? '';
      expect(textWords.has(last), `${max}: “${label}”`).toBe(true);
    }
  });

  it('cuts a single word longer than max between graphemes, not inside an emoji', () => {
    expect(shortLabel('Donaudampfschifffahrtsgesellschaft', 10)).toBe('Donaudamp…');
    // Each family is five code points: two fit in the 11 before the ellipsis, never half of one.
    expect(shortLabel('👩‍👩‍👧👩‍👩‍👧👩‍👩‍👧👩‍👩‍👧', 12)).toBe('👩‍👩‍👧👩‍👩‍👧…');
    expect(shortLabel('👩‍👩‍👧👩‍👩‍👧👩‍👩‍👧👩‍👩‍👧', 15)).toBe('👩‍👩‍👧👩‍👩‍👧…');
  });
});

/** The seed's first quote, with its elision as the model prints it. */
const SEED_QUOTE =
  'It is a success that we place at the service of combating criminal gangs, international crime and drug trafficking … and continuing the victory through the path of law, justice and peace.';

describe('shortPhrase', () => {
  it('leaves a text that fits alone, its own elisions included', () => {
    expect(shortPhrase(SEED_QUOTE, 200)).toBe(SEED_QUOTE);
  });

  it('cuts where a phrase ends, never inside one, and drops the punctuation at the cut', () => {
    expect(shortPhrase(SEED_QUOTE, 110)).toBe(
      'It is a success that we place at the service of combating criminal gangs…',
    );
    expect(shortPhrase('One. Two, three — four; five: six seven eight nine ten', 30)).toBe(
      'One. Two, three — four; five…',
    );
  });

  it('ends at the first elision rather than showing two ellipses', () => {
    // Room for "… and continuing the victory through the path of law," but not past it.
    const cut = shortPhrase(SEED_QUOTE, 175);
    expect(cut).toBe(
      'It is a success that we place at the service of combating criminal gangs, international crime and drug trafficking…',
    );
    expect(cut?.match(/…/g)).toHaveLength(1);
    expect(
      shortPhrase('Crime was defeated ... and we go on, with peace, justice and law', 40),
    ).toBe('Crime was defeated…');
  });

  it('gives nothing when the first phrase is longer than the room', () => {
    expect(shortPhrase(SEED_QUOTE, 60)).toBeUndefined();
    expect(shortPhrase('one long phrase without any break at all', 20)).toBeUndefined();
  });
});
