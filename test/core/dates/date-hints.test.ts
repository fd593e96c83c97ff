// Did-you-mean for dates that do not resolve: near-ISO values and misspelt wording,
// corrected with the date words of the source's language, offered only when they resolve.
import { describe, expect, it } from 'vitest';
import { dateDidYouMean } from '../../../src/core/dates/date-hints.ts';
import { resolveDate } from '../../../src/core/dates/dates.ts';
import { assembleSite } from '../../../src/core/assembly/site.ts';
import {
  EVENTS,
  columnOf,
  lineOf,
  replaceOnce,
  seedFiles,
  toRaw,
} from '../../helpers/seed-fixture.ts';

const PUBLISHED = '2025-12-06';

describe('dateDidYouMean', () => {
  it.each([
    ['2025-12-5', undefined, '2025-12-05'],
    ['2025-1-09', undefined, '2025-01-09'],
    ['2025/12/05', undefined, '2025-12-05'],
    ['2025.11', undefined, '2025-11'],
    ['2025-11-3~', undefined, '2025-11-03~'],
    ['on Wednsday', 'en', 'on Wednesday'],
    ['On Fridya', 'en', 'On Friday'],
    ['last mnth', 'en', 'last month'],
    ['Decmber 5', 'en', 'December 5'],
    ['el miércols', 'es', 'el miércoles'],
    ['el miercols', 'es', 'el miércoles'],
    ['el mes pasdo', 'es', 'el mes pasado'],
    ['5 de diciembr', 'es-VE', '5 de diciembre'],
    ['el miercols', undefined, 'el miércoles'],
  ])('%s (source language %s) → %s', (wording, language, expected) => {
    expect(dateDidYouMean(wording, PUBLISHED, language)).toBe(expected);
  });

  it('a word written without its accent is no slip: "el miercoles" resolves as "el miércoles" does', () => {
    for (const wording of ['el miercoles', 'el miércoles', 'este miercoles'])
      expect(resolveDate(wording, PUBLISHED)).toMatchObject({
        ok: true,
        date: { edtf: '2025-12-03' },
      });
    expect(dateDidYouMean('el miercoles', PUBLISHED, 'es')).toBeUndefined();
  });

  it('uses the source’s language only: an English source gets no Spanish word', () => {
    expect(dateDidYouMean('el miercols', PUBLISHED, 'en')).toBeUndefined();
    expect(dateDidYouMean('on Wednsday', PUBLISHED, 'es')).toBeUndefined();
  });

  it.each([['blorp'], ['2025-13-5'], ['2025-02-30'], ['someday soon'], ['2025-12-05']])(
    'offers nothing for %s (no close date that resolves, or nothing to correct)',
    (wording) => {
      expect(dateDidYouMean(wording, PUBLISHED, 'en')).toBeUndefined();
    },
  );
});

describe('date-unresolvable offers it, at the date= attribute', () => {
  it.each([
    ['2025-12-5', 'Did you mean date="2025-12-05"?'],
    ['on Wednsday', 'Did you mean date="on Wednesday"?'],
  ])('date="%s"', (written, hint) => {
    const files = seedFiles();
    const events = files.get(EVENTS) ?? '';
    files.set(EVENTS, replaceOnce(events, 'date="On Friday"', `date="${written}"`));
    const errors = assembleSite(toRaw(files)).diagnostics.filter((d) => d.severity === 'error');
    const text = files.get(EVENTS) ?? '';
    expect(errors).toEqual([
      expect.objectContaining({
        file: EVENTS,
        rule: 'date-unresolvable',
        line: lineOf(text, `date="${written}"`),
        column: columnOf(text, `date="${written}"`),
        hint: expect.stringMatching(new RegExp(`^${hint.replace(/[?.*()]/g, '\\$&')} `)),
      }),
    ]);
  });
});
