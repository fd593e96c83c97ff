import { describe, expect, it } from 'vitest';
import {
  compareDates,
  formatDate,
  formatPoint,
  impossibleDateHint,
  resolveDate,
  type ResolvedDate,
} from '../../../src/core/dates/dates.ts';

const PUBLISHED = '2025-12-06'; // a Saturday

function resolved(input: string, published: string | undefined = PUBLISHED): ResolvedDate {
  const result = resolveDate(input, published);
  if (!result.ok)
    throw new Error(`expected ${JSON.stringify(input)} to resolve, got ${result.reason}`);
  return result.date;
}

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('resolveDate: wording against the publication date', () => {
  it('"On Friday" is the day before a Saturday paper, at day precision', () => {
    expect(resolved('On Friday')).toEqual({
      wording: 'On Friday',
      edtf: '2025-12-05',
      kind: 'single',
      start: { datetime: '2025-12-05', precision: 'day' },
      relative: true,
      min: utc('2025-12-05'),
      max: utc('2025-12-06') - 1,
    });
  });

  it('"last month" is November 2025 at month precision', () => {
    const date = resolved('last month');
    expect(date).toMatchObject({
      wording: 'last month',
      edtf: '2025-11',
      kind: 'single',
      start: { datetime: '2025-11', precision: 'month' },
      relative: true,
    });
    expect(date.min).toBe(utc('2025-11-01'));
    expect(date.max).toBe(utc('2025-12-01') - 1);
  });

  it('"on Thursday" is 2025-12-04', () => {
    expect(resolved('on Thursday')).toMatchObject({
      edtf: '2025-12-04',
      start: { datetime: '2025-12-04', precision: 'day' },
    });
  });

  it('"Feb. 20" without a year is the past February, 2025-02-20', () => {
    expect(resolved('Feb. 20')).toMatchObject({
      edtf: '2025-02-20',
      start: { datetime: '2025-02-20', precision: 'day' },
      relative: true,
    });
  });

  it('a month-day after the publication date is last year’s ("Dec. 20" → 2024-12-20)', () => {
    expect(resolved('Dec. 20').edtf).toBe('2024-12-20');
  });

  it('"next Friday" is in the future: 2025-12-12', () => {
    expect(resolved('next Friday')).toMatchObject({
      edtf: '2025-12-12',
      start: { datetime: '2025-12-12', precision: 'day' },
    });
  });

  it('"yesterday" and "last year" resolve at their own precision', () => {
    expect(resolved('yesterday').start).toEqual({ datetime: '2025-12-05', precision: 'day' });
    expect(resolved('last year').start).toEqual({ datetime: '2024', precision: 'year' });
  });

  it('keeps the editor’s wording, without outer spaces', () => {
    expect(resolved('  On Friday ').wording).toBe('On Friday');
  });

  it('resolves against the given date, not today', () => {
    expect(resolved('On Friday', '2024-03-02').edtf).toBe('2024-03-01');
    expect(resolved('last month', '2024-01-15').edtf).toBe('2023-12');
  });

  it.each([['someday soon'], ['blorp'], ['the other day']])('cannot resolve %j', (input) => {
    expect(resolveDate(input, PUBLISHED)).toEqual({ ok: false, reason: 'unresolvable' });
  });

  it('needs the publication date for wording, but not for EDTF', () => {
    expect(resolveDate('On Friday', undefined)).toEqual({ ok: false, reason: 'no-published' });
    expect(resolveDate('On Friday', 'December 6')).toEqual({ ok: false, reason: 'no-published' });
    expect(resolved('2025-11', undefined).edtf).toBe('2025-11');
  });
});

describe('resolveDate: EDTF', () => {
  it.each([
    ['2025-12-05', { datetime: '2025-12-05', precision: 'day' }],
    ['2025-11', { datetime: '2025-11', precision: 'month' }],
    ['2025', { datetime: '2025', precision: 'year' }],
  ] as const)('%s is a single date at its own precision', (input, start) => {
    const date = resolved(input);
    expect(date).toMatchObject({
      wording: input,
      edtf: input,
      kind: 'single',
      start,
      relative: false,
    });
    expect(date.qualifier).toBeUndefined();
    expect(date.end).toBeUndefined();
  });

  it('2025-09/2025-12 is an interval from September to the end of December', () => {
    const date = resolved('2025-09/2025-12');
    expect(date).toMatchObject({
      kind: 'interval',
      start: { datetime: '2025-09', precision: 'month' },
      end: { datetime: '2025-12', precision: 'month' },
      relative: false,
    });
    expect(date.min).toBe(utc('2025-09-01'));
    expect(date.max).toBe(utc('2026-01-01') - 1);
  });

  it('2025-10/.. is open-ended: a start and no end', () => {
    const date = resolved('2025-10/..');
    expect(date).toMatchObject({
      kind: 'interval',
      start: { datetime: '2025-10', precision: 'month' },
    });
    expect(date.end).toBeUndefined();
    expect(date.min).toBe(utc('2025-10-01'));
    expect(date.max).toBe(Number.POSITIVE_INFINITY);
  });

  it('../2025-12-06 is open at the start: an end and no start', () => {
    const date = resolved('../2025-12-06');
    expect(date).toMatchObject({
      kind: 'interval',
      end: { datetime: '2025-12-06', precision: 'day' },
    });
    expect(date.start).toBeUndefined();
    expect(date.min).toBe(Number.NEGATIVE_INFINITY);
    expect(date.max).toBe(utc('2025-12-07') - 1);
  });

  it('2025-11~ is approximate, 2025? uncertain, 2025-11% both', () => {
    expect(resolved('2025-11~')).toMatchObject({
      edtf: '2025-11~',
      start: { datetime: '2025-11', precision: 'month' },
      qualifier: 'approximate',
    });
    expect(resolved('2025?')).toMatchObject({
      edtf: '2025?',
      start: { datetime: '2025', precision: 'year' },
      qualifier: 'uncertain',
    });
    expect(resolved('2025-11%').qualifier).toBe('uncertain-approximate');
  });

  it.each([['2025-13'], ['2025-12-10/2025-12-01'], ['XXXX'], ['2025-1X'], ['2025-02-30']])(
    'rejects %s',
    (input) => {
      expect(resolveDate(input, PUBLISHED)).toEqual({ ok: false, reason: 'unresolvable' });
    },
  );
});

describe('formatDate', () => {
  it.each([
    ['On Friday', '5 Dec 2025'],
    ['2025-12-05', '5 Dec 2025'],
    ['last month', 'Nov 2025'],
    ['2025-11', 'Nov 2025'],
    ['2025', '2025'],
    ['2025-11~', 'Nov 2025 (approx.)'],
    ['2025?', '2025 (uncertain)'],
    ['2025-11%', 'Nov 2025 (approx., uncertain)'],
    ['2025-09/2025-12', 'Sep 2025 – Dec 2025'],
    ['2025-10/..', 'from Oct 2025'],
    ['../2025-12-06', 'up to 6 Dec 2025'],
    ['Feb. 20', '20 Feb 2025'],
  ])('%s reads "%s"', (input, label) => {
    expect(formatDate(resolved(input))).toBe(label);
  });

  it('formats a point without padding the day', () => {
    expect(formatPoint({ datetime: '2025-01-02', precision: 'day' })).toBe('2 Jan 2025');
  });

  it("writes a point as the site's language does: English in the house style, others by Intl", () => {
    const day = { datetime: '2025-12-05', precision: 'day' } as const;
    const month = { datetime: '2025-09', precision: 'month' } as const;
    const year = { datetime: '2025', precision: 'year' } as const;
    for (const english of ['en', 'en-GB', 'en-US'])
      expect(
        [day, month, year].map((p) => formatPoint(p, english)),
        english,
      ).toEqual(['5 Dec 2025', 'Sep 2025', '2025']);
    expect([day, month, year].map((p) => formatPoint(p, 'es'))).toEqual([
      '5 dic 2025',
      'sept 2025',
      '2025',
    ]);
    expect(formatPoint(day, 'de')).toBe('5. Dez. 2025');
    expect(formatPoint(day, 'fr')).toBe('5 déc. 2025');
  });
});

describe('compareDates', () => {
  const inputs = [
    '2025-12-05',
    '../2025-12-06',
    '2025-11-15',
    '2025-11',
    '2025',
    '2025-10/..',
    '2025-09/2025-12',
    '2024',
    '2025-11-01',
  ];
  const expected = [
    '2024',
    '2025',
    '2025-09/2025-12',
    '2025-10/..',
    '2025-11',
    '2025-11-01',
    '2025-11-15',
    '2025-12-05',
    '../2025-12-06',
  ];

  it('orders mixed precisions: earliest start first, the wider range first on a tie, open starts by their end', () => {
    expect(
      inputs
        .map((i) => resolved(i))
        .sort(compareDates)
        .map((d) => d.edtf),
    ).toEqual(expected);
  });

  it('gives the same order whatever order the dates come in', () => {
    const dates = inputs.map((i) => resolved(i));
    for (let shift = 1; shift < dates.length; shift++) {
      const rotated = [...dates.slice(shift), ...dates.slice(0, shift)];
      expect(rotated.sort(compareDates).map((d) => d.edtf)).toEqual(expected);
      expect(
        [...rotated]
          .reverse()
          .sort(compareDates)
          .map((d) => d.edtf),
      ).toEqual(expected);
    }
  });

  it('is antisymmetric, and zero only for the same range (ties are the caller’s to break)', () => {
    const month = resolved('2025-11');
    const day = resolved('2025-11-01');
    expect(compareDates(month, day)).toBe(-1);
    expect(compareDates(day, month)).toBe(1);
    expect(compareDates(month, resolved('last month'))).toBe(0);
    expect(compareDates(resolved('2025-12-05'), resolved('2025-12-05~'))).toBe(0);
  });
});

describe('resolveDate: weeks and bare years', () => {
  it('"last week" in a Saturday paper is the Monday–Sunday week before, as an interval', () => {
    expect(resolved('last week')).toMatchObject({
      edtf: '2025-11-24/2025-11-30',
      kind: 'interval',
      start: { datetime: '2025-11-24', precision: 'day' },
      end: { datetime: '2025-11-30', precision: 'day' },
    });
  });

  it('"this week" and "next week" are the week of the paper and the one after', () => {
    expect(resolved('this week').edtf).toBe('2025-12-01/2025-12-07');
    expect(resolved('next week').edtf).toBe('2025-12-08/2025-12-14');
  });

  it('"in 2024" is the year 2024 at year precision', () => {
    expect(resolved('in 2024')).toMatchObject({
      edtf: '2024',
      kind: 'single',
      start: { datetime: '2024', precision: 'year' },
      relative: true,
    });
  });
});

describe('impossibleDateHint: why an EDTF-shaped date does not resolve', () => {
  it.each([
    ['2026-02-30', 'February 2026 has 28 days: write a date that exists, such as 2026-02-28.'],
    ['2024-02-30', 'February 2024 has 29 days: write a date that exists, such as 2024-02-29.'],
    ['2025-04-00~', 'April 2025 has 30 days: write a date that exists, such as 2025-04-01.'],
    ['2025-13', 'There is no month 13: months run from 01 to 12.'],
    ['2025-00-10', 'There is no month 00: months run from 01 to 12.'],
    [
      '2025-22',
      'EDTF seasons (2025-21 … 2025-24) are not supported: use a month interval such as 2025-03/2025-05.',
    ],
    ['2025-09/2025-13', 'There is no month 13: months run from 01 to 12.'],
    [
      '2026-01-20/2026-01-10',
      'The interval ends before it starts: write the earlier date first, as in 2026-01-10/2026-01-20.',
    ],
    [
      '2026-02/2026-01-31',
      'The interval ends before it starts: write the earlier date first, as in 2026-01-31/2026-02.',
    ],
  ])('%s', (input, hint) => {
    expect(resolveDate(input, '2026-02-14').ok).toBe(false);
    expect(impossibleDateHint(input)).toBe(hint);
  });

  it('gives no hint for dates that exist or wording it cannot judge', () => {
    for (const input of [
      '2024-02-29',
      '2025-12',
      '2025-09/2025-12',
      '2025-10/..',
      'XXXX',
      'around the harvest',
    ])
      expect(impossibleDateHint(input)).toBeUndefined();
  });
});

describe('Spanish wording and tense', () => {
  // The seed's publication date, a Saturday.
  const at = (wording: string, tense?: 'past' | 'future') => {
    const r = resolveDate(wording, '2025-12-06', tense);
    return r.ok ? r.date.edtf : r.reason;
  };

  it('reads Spanish wording as npm run check must accept it', () => {
    expect(at('este viernes')).toBe('2025-12-05');
    expect(at('el mes pasado')).toBe('2025-11');
    expect(at('la semana pasada')).toBe('2025-11-24/2025-11-30');
    expect(at('el próximo lunes')).toBe('2025-12-08');
    expect(at('el año pasado')).toBe('2024');
    expect(at('desde 2019')).toBe('2019/..');
    expect(at('hasta finales de marzo')).toBe('../2026-03');
    expect(at('entre 2015 y 2022')).toBe('2015/2022');
    expect(at('de 2015 a 2022')).toBe('2015/2022');
    expect(at('from 2015 to 2022')).toBe('2015/2022');
    expect(at('desde enero hasta marzo de 2026')).toBe('2026-01/2026-03');
  });

  it('gives "since" open intervals, bare years and months their precision', () => {
    expect(at('since 2013')).toBe('2013/..');
    expect(at('since Monday')).toBe('2025-12-01/..');
    expect(at('in 2020')).toBe('2020');
    expect(at('the end of June')).toBe('2025-06');
    expect(at('until Thursday')).toBe('../2025-12-11');
  });

  it('reads a span of days as the interval from the first to the last', () => {
    expect(at('Dec. 20-22', 'future')).toBe('2025-12-20/2025-12-22');
    expect(at('del 30 de diciembre al 2 de enero', 'future')).toBe('2025-12-30/2026-01-02');
    expect(at('from Nov. 3 to Nov. 7')).toBe('2025-11-03/2025-11-07');
  });

  it('reads "hace dos semanas" and "el próximo mes de marzo"', () => {
    expect(at('hace dos semanas')).toBe('2025-11-22');
    expect(at('el próximo mes de marzo')).toBe('2026-03');
    expect(at('el pasado mes de marzo')).toBe('2025-03');
  });

  it('reads a deadline ("by …", "no later than …") as the interval that ends with its date', () => {
    expect(at('by the end of March')).toBe('../2026-03');
    expect(at('by Tuesday')).toBe('../2025-12-09');
    expect(at('no later than 2030')).toBe('../2030');
    expect(at('by next week')).toBe('../2025-12-14');
    // "at the end of March", with no deadline word, is March itself.
    expect(at('the end of March', 'future')).toBe('2026-03');
  });

  it('resolves a date without a year in the tense it is given', () => {
    expect(at('on Monday')).toBe('2025-12-01');
    expect(at('on Monday', 'future')).toBe('2025-12-08');
    expect(at('as early as May')).toBe('2026-05');
    expect(at('May')).toBe('2025-05');
    expect(at('Jan. 14', 'future')).toBe('2026-01-14');
  });
});
