import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../../src/core/text/paragraphs.ts';
import { SEED_TXT, seedSource } from '../../helpers/seed-fixture.ts';

describe('splitParagraphs on the seed source', () => {
  const { text, body, bodyLine, paragraphs } = seedSource();

  it('finds six paragraphs numbered ¶1..¶6 with ids p1..p6', () => {
    expect(paragraphs.map((p) => [p.n, p.id])).toEqual([
      [1, 'p1'],
      [2, 'p2'],
      [3, 'p3'],
      [4, 'p4'],
      [5, 'p5'],
      [6, 'p6'],
    ]);
  });

  it('gives offsets that slice each paragraph verbatim out of the body', () => {
    for (const p of paragraphs) expect(body.slice(p.start, p.end)).toBe(p.text);
    expect(paragraphs.map((p) => [p.start, p.end])).toEqual([
      [1, 331],
      [333, 615],
      [617, 882],
      [884, 1024],
      [1026, 1451],
      [1453, 1858],
    ]);
  });

  it('gives each paragraph the line it starts on in source.md', () => {
    expect(bodyLine).toBe(10);
    expect(paragraphs.map((p) => p.line)).toEqual([11, 13, 15, 17, 19, 21]);
    const lines = text.split('\n');
    for (const p of paragraphs) expect(lines[p.line - 1]).toBe(p.text);
  });

  it('starts and ends each paragraph where the article does', () => {
    expect(paragraphs.map((p) => p.text.slice(0, 20))).toEqual([
      'On Friday, Venezuela',
      'The president said i',
      'Maduro boasted that ',
      'Therefore, it insist',
      'During his speech, t',
      'Maduro’s proposal se',
    ]);
    expect(paragraphs[2]?.text.endsWith('“defeated, defeated and disappeared.”')).toBe(true);
  });

  it('keeps the paragraphs byte-for-byte as the original plain-text article prints them', () => {
    const original = readFileSync(SEED_TXT, 'utf8')
      .split(/\n\s*\n/)
      .map((block) => block.trim())
      .filter(Boolean);
    expect(paragraphs.map((p) => p.text)).toEqual(original.slice(-6));
  });
});

describe('splitParagraphs', () => {
  it('returns no paragraphs for an empty or blank body', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs('\n  \n\t\n')).toEqual([]);
  });

  it('treats whitespace-only lines as blank and keeps inner line breaks', () => {
    const body = 'First line\nsame paragraph\n   \nSecond';
    expect(splitParagraphs(body)).toEqual([
      { n: 1, id: 'p1', text: 'First line\nsame paragraph', start: 0, end: 25, line: 1 },
      { n: 2, id: 'p2', text: 'Second', start: 30, end: 36, line: 4 },
    ]);
  });

  it('trims outer indentation from the offsets and counts lines from firstLine', () => {
    const body = '\n\n  Indented start\n\nNext  ';
    const [first, second] = splitParagraphs(body, 7);
    expect(first).toMatchObject({ text: 'Indented start', start: 4, line: 9 });
    expect(second).toMatchObject({ text: 'Next', start: 20, end: 24, line: 11 });
  });

  it('splits CRLF text on blank lines without keeping the trailing carriage return', () => {
    const body = 'One\r\ntwo\r\n\r\nThree\r\n';
    const paragraphs = splitParagraphs(body);
    expect(paragraphs.map((p) => p.text)).toEqual(['One\r\ntwo', 'Three']);
    for (const p of paragraphs) expect(body.slice(p.start, p.end)).toBe(p.text);
    expect(paragraphs.map((p) => p.line)).toEqual([1, 4]);
  });
});
