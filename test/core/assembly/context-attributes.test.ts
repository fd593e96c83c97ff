// Words that are in the source but not where p=, prefix= or suffix= says: the slip is in
// that attribute, so the error is there (its line:column) and says where the words are,
// instead of "not found" at words that are found.
import { describe, expect, it } from 'vitest';
import { assembleSite } from '../../../src/core/assembly/site.ts';
import {
  BRIEFING,
  EVENTS,
  columnOf,
  lineOf,
  replaceOnce,
  seedFiles,
  toRaw,
} from '../../helpers/seed-fixture.ts';

function errorsWith(file: string, from: string, to: string) {
  const files = seedFiles();
  const text = replaceOnce(files.get(file) ?? '', from, to);
  files.set(file, text);
  const errors = assembleSite(toRaw(files)).diagnostics.filter((d) => d.severity === 'error');
  return { errors, text };
}

describe('p=, prefix= and suffix= that leave found words unfound', () => {
  it.each([
    [
      'p=2',
      'Quote “scientific” is not in ¶2, which p=2 asks for: it is in ¶3.',
      'Write p=3, or remove p= if the words occur once.',
    ],
    [
      'prefix="a scientific"',
      'Quote “scientific” is in the source (¶3), but “a scientific” is not right before it, as prefix= says.',
      'Copy into prefix= the words the source prints right before the quoted ones, or remove prefix= if the words occur once.',
    ],
    [
      'suffix="judicial system"',
      'Quote “scientific” is in the source (¶3), but “judicial system” is not right after it, as suffix= says.',
      'Copy into suffix= the words the source prints right after the quoted ones, or remove suffix= if the words occur once.',
    ],
  ])('%s on a quote: quote-not-found at the attribute', (attribute, message, hint) => {
    const { errors, text } = errorsWith(
      BRIEFING,
      ':::quote{by=nicolas-maduro id=scientific}',
      `:::quote{by=nicolas-maduro id=scientific ${attribute}}`,
    );
    expect(errors.map((d) => [d.line, d.column, d.rule, d.message, d.hint])).toEqual([
      [lineOf(text, attribute), columnOf(text, attribute), 'quote-not-found', message, hint],
    ]);
  });

  it('on an event’s words: evidence-not-found at the attribute', () => {
    const { errors, text } = errorsWith(
      EVENTS,
      'id=police-cooperation-offer}',
      'id=police-cooperation-offer p=4}',
    );
    expect(errors.map((d) => [d.line, d.column, d.rule])).toEqual([
      [lineOf(text, 'p=4'), columnOf(text, 'p=4'), 'evidence-not-found'],
    ]);
  });

  it('a right prefix= passes, and words that are nowhere are still reported at the words', () => {
    expect(
      errorsWith(
        BRIEFING,
        ':::quote{by=nicolas-maduro id=scientific}',
        ':::quote{by=nicolas-maduro id=scientific prefix="comprehensive” and “"}',
      ).errors,
    ).toEqual([]);
    const { errors, text } = errorsWith(
      BRIEFING,
      ':::quote{by=nicolas-maduro id=scientific}\n> “scientific”',
      ':::quote{by=nicolas-maduro id=scientific p=3}\n> “sciencey words”',
    );
    expect(errors.map((d) => [d.line, d.column, d.rule])).toEqual([
      [lineOf(text, '> “sciencey'), 1, 'quote-not-found'],
    ]);
  });
});
