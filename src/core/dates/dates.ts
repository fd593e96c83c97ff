// core/dates owns dates: EDTF values and news wording resolved against the publication date, formatted and ordered.
//
// Dates of events: an EDTF value (2025-12-05, 2025-11~, 2025-09/2025-12) or news
// wording ("On Friday", "last month", "Feb. 20") resolved against the source's
// publication date. Main function: `resolveDate(input, published)`.
import edtf from 'edtf';
import { wordingToEdtf, type Tense } from './news-wording.ts';

export type { Tense } from './news-wording.ts';

export type Precision = 'day' | 'month' | 'year';
export type Qualifier = 'approximate' | 'uncertain' | 'uncertain-approximate';

/** One end of a date: a calendar value at its own precision. */
export interface DatePoint {
  /** `2025-12-05`, `2025-11` or `2025`: what `<time datetime>` carries. */
  datetime: string;
  precision: Precision;
}

export interface ResolvedDate {
  /** What the editor wrote. */
  wording: string;
  /** The EDTF value: as written, or what the wording resolved to. */
  edtf: string;
  /** `single` for one date, `interval` for a from/to range (either end may be open). */
  kind: 'single' | 'interval';
  start?: DatePoint;
  end?: DatePoint;
  qualifier?: Qualifier;
  /** True when `wording` was resolved against the publication date, not written as EDTF. */
  relative: boolean;
  /** Earliest and latest instants covered (ms since epoch), for ordering. */
  min: number;
  max: number;
}

export type DateResult =
  { ok: true; date: ResolvedDate } | { ok: false; reason: 'unresolvable' | 'no-published' };

const EDTF_SHAPE = /^[\d?~%X./-]+$|^\.\.\/|\/\.\.$/;

/**
 * Resolves `input` to a date. `published` is the source's ISO date (YYYY-MM-DD).
 * EDTF is tried first; anything else is read as wording, English or Spanish, against
 * `published`, where a date without a year is in the past unless the wording says
 * otherwise ("next …", "el próximo …", "until …") or `tense` is given (the suggestions
 * read it from the sentence: "talks are due to resume on Monday").
 */
export function resolveDate(
  input: string,
  published: string | undefined,
  tense?: Tense,
): DateResult {
  const wording = input.trim();
  if (EDTF_SHAPE.test(wording)) {
    const parsed = parseEdtf(wording);
    if (parsed) return { ok: true, date: parsed };
    return { ok: false, reason: 'unresolvable' };
  }
  if (!published) return { ok: false, reason: 'no-published' };
  return resolveWording(wording, published, tense);
}

const PLAIN_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%]?)$/;

/** Bounds and point of a calendar date with an optional trailing qualifier, as `edtf()` has them; undefined to leave it to edtf(). */
function plainPoint(
  text: string,
): { point: DatePoint; min: number; max: number; qualifier: Qualifier | undefined } | undefined {
  const m = PLAIN_DATE.exec(text);
  if (!m) return undefined;
  const [, y = '', mo, d, mark = ''] = m;
  const year = Number(y);
  if (year < 1000) return undefined;
  const utc = (yy: number, month: number, day: number) => {
    const date = new Date(0);
    date.setUTCFullYear(yy, month, day);
    return date.getTime();
  };
  const qualifier = qualifierOf(
    mark === '~' || mark === '%' ? 1 : 0,
    mark === '?' || mark === '%' ? 1 : 0,
  );
  if (mo === undefined)
    return {
      point: { datetime: y, precision: 'year' },
      min: utc(year, 0, 1),
      max: utc(year + 1, 0, 1) - 1,
      qualifier,
    };
  const month = Number(mo);
  if (month < 1 || month > 12) return undefined;
  if (d === undefined)
    return {
      point: { datetime: `${y}-${mo}`, precision: 'month' },
      min: utc(year, month - 1, 1),
      max: utc(year, month, 1) - 1,
      qualifier,
    };
  const day = Number(d);
  // A day the month does not have is left to edtf(), which has its own reading of it.
  if (day < 1 || day > new Date(utc(year, month, 0)).getUTCDate()) return undefined;
  return {
    point: { datetime: `${y}-${mo}-${d}`, precision: 'day' },
    min: utc(year, month - 1, day),
    max: utc(year, month - 1, day + 1) - 1,
    qualifier,
  };
}

/**
 * The common shapes without the EDTF parser, which is slow: a calendar date
 * (`2025-12-05`, `2025-11~`, `2025?`), or an interval of two (`2025-09/2025-12`, a
 * week) or open at one end (`../2025-12-06`, `2025-10/..`). Gives exactly what
 * parsing with `edtf()` gives (bounds in UTC); anything else is left to it.
 */
function commonDate(wording: string): ResolvedDate | undefined {
  const [from, to, ...rest] = wording.split('/');
  if (rest.length > 0 || from === undefined) return undefined;
  if (to === undefined) {
    const p = plainPoint(from);
    return (
      p &&
      writtenDate(wording, wording, {
        start: p.point,
        qualifier: p.qualifier,
        min: p.min,
        max: p.max,
      })
    );
  }
  if (from === '..') {
    const p = plainPoint(to);
    return (
      p &&
      writtenDate(wording, wording, {
        end: p.point,
        qualifier: p.qualifier,
        min: Number.NEGATIVE_INFINITY,
        max: p.max,
      })
    );
  }
  if (to === '..') {
    const p = plainPoint(from);
    return (
      p &&
      writtenDate(wording, wording, {
        start: p.point,
        qualifier: p.qualifier,
        min: p.min,
        max: Number.POSITIVE_INFINITY,
      })
    );
  }
  const a = plainPoint(from);
  const b = plainPoint(to);
  // edtf() rejects an interval whose end does not start after its start: left to it.
  if (!a || !b || b.min <= a.min) return undefined;
  return writtenDate(wording, wording, {
    start: a.point,
    end: b.point,
    qualifier: a.qualifier ?? b.qualifier,
    min: a.min,
    max: b.max,
  });
}

interface DateShape {
  start?: DatePoint | undefined;
  end?: DatePoint | undefined;
  qualifier?: Qualifier | undefined;
  min: number;
  max: number;
}

/**
 * A date as written in EDTF (not resolved from wording): the one place the shape of a
 * ResolvedDate is built. An interval (`kind: 'interval'`) is `edtf` with a slash; a
 * single date has only `start`.
 */
function writtenDate(wording: string, edtfValue: string, shape: DateShape): ResolvedDate {
  const { start, end, qualifier, min, max } = shape;
  return {
    wording,
    edtf: edtfValue,
    kind: edtfValue.includes('/') ? 'interval' : 'single',
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    ...(qualifier ? { qualifier } : {}),
    relative: false,
    min,
    max,
  };
}

function parseEdtf(wording: string): ResolvedDate | undefined {
  const common = commonDate(wording);
  if (common) return common;
  let value: ReturnType<typeof edtf>;
  try {
    value = edtf(wording);
  } catch {
    return undefined;
  }
  if (value.type === 'Date') {
    const point = edtfPoint(value.edtf);
    if (!point) return undefined;
    const qualifier = qualifierOf(value.approximate?.value ?? 0, value.uncertain?.value ?? 0);
    return writtenDate(wording, value.edtf, {
      start: point,
      qualifier,
      min: value.min,
      max: value.max,
    });
  }
  if (value.type === 'Interval') {
    const [lowerText = '', upperText = ''] = value.edtf.split('/');
    const start = edtfPoint(lowerText);
    const end = edtfPoint(upperText);
    if (!start && !end) return undefined;
    if (start && end && value.min > value.max) return undefined;
    const lq = value.lower
      ? qualifierOf(value.lower.approximate?.value ?? 0, value.lower.uncertain?.value ?? 0)
      : undefined;
    const uq = value.upper
      ? qualifierOf(value.upper.approximate?.value ?? 0, value.upper.uncertain?.value ?? 0)
      : undefined;
    return writtenDate(wording, value.edtf, {
      start,
      end,
      qualifier: lq ?? uq,
      min: Number.isFinite(value.min) ? value.min : Number.NEGATIVE_INFINITY,
      max: Number.isFinite(value.max) ? value.max : Number.POSITIVE_INFINITY,
    });
  }
  return undefined;
}

/** `2025-12-05~` → day point `2025-12-05`; `..` and unknown (`X`) parts → undefined. */
function edtfPoint(text: string): DatePoint | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?[?~%]?$/.exec(text);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  if (d && mo) return { datetime: `${y}-${mo}-${d}`, precision: 'day' };
  if (mo) return Number(mo) <= 12 ? { datetime: `${y}-${mo}`, precision: 'month' } : undefined;
  return { datetime: `${y}`, precision: 'year' };
}

function qualifierOf(approximate: number, uncertain: number): Qualifier | undefined {
  if (approximate && uncertain) return 'uncertain-approximate';
  if (approximate) return 'approximate';
  if (uncertain) return 'uncertain';
  return undefined;
}

function resolveWording(wording: string, published: string, tense?: Tense): DateResult {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
  if (!m) return { ok: false, reason: 'no-published' };
  const reference = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
  const value = wordingToEdtf(wording, reference, tense);
  const parsed = value ? parseEdtf(value) : undefined;
  return parsed
    ? { ok: true, date: { ...parsed, wording, relative: true } }
    : { ok: false, reason: 'unresolvable' };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Intl's writers of a day and of a month, per language (one each, reused by every date). */
const writers = new Map<string, { day: Intl.DateTimeFormat; month: Intl.DateTimeFormat }>();

/**
 * A point at its own precision, as the site's `language` (BCP 47) writes it. English, in
 * any of its variants, keeps the house style (`5 Dec 2025`, `Nov 2025`, `2025`), the same
 * on every machine; any other language is written by Intl (`es`: `5 dic 2025`, `dic 2025`).
 */
export function formatPoint(point: DatePoint, language = 'en-GB'): string {
  const [y, mo, d] = point.datetime.split('-');
  if (!/^en\b/i.test(language) && mo) {
    let writer = writers.get(language);
    if (!writer) {
      const utc = { timeZone: 'UTC', year: 'numeric', month: 'short' } as const;
      writer = {
        day: new Intl.DateTimeFormat(language, { ...utc, day: 'numeric' }),
        month: new Intl.DateTimeFormat(language, utc),
      };
      writers.set(language, writer);
    }
    const at = new Date(Date.UTC(Number(y), Number(mo) - 1, d ? Number(d) : 1));
    return (d ? writer.day : writer.month).format(at);
  }
  const month = mo ? MONTHS[Number(mo) - 1] : undefined;
  if (d && month) return `${Number(d)} ${month} ${y}`;
  if (month) return `${month} ${y}`;
  return `${y}`;
}

/** Reader-facing label: `5 Dec 2025`, `Nov 2025 (approx.)`, `Sep 2025 – Dec 2025`, `from Oct 2025`. */
export function formatDate(date: ResolvedDate, language?: string): string {
  const qualifier =
    date.qualifier === 'approximate'
      ? ' (approx.)'
      : date.qualifier === 'uncertain'
        ? ' (uncertain)'
        : date.qualifier
          ? ' (approx., uncertain)'
          : '';
  if (date.kind === 'single' && date.start) return formatPoint(date.start, language) + qualifier;
  if (date.start && date.end)
    return `${formatPoint(date.start, language)} – ${formatPoint(date.end, language)}${qualifier}`;
  if (date.start) return `from ${formatPoint(date.start, language)}${qualifier}`;
  if (date.end) return `up to ${formatPoint(date.end, language)}${qualifier}`;
  return date.edtf;
}

/** Where a date sits on a timeline: its start, or its end when the start is open ("../2025-12-06"). */
function timelineKey(date: ResolvedDate): number {
  return Number.isFinite(date.min) ? date.min : date.max;
}

/** Deterministic timeline order: earliest key, then the wider range first; ties are left to the caller. */
export function compareDates(a: ResolvedDate, b: ResolvedDate): number {
  const ka = timelineKey(a);
  const kb = timelineKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  if (a.max !== b.max) return a.max > b.max ? -1 : 1;
  return 0;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Why an EDTF-shaped date that does not resolve is wrong, when it is a calendar
 * mistake: a day or month that does not exist, or an interval that ends before it
 * starts. Undefined for anything else (the caller gives the general hint).
 */
export function impossibleDateHint(wording: string): string | undefined {
  const points = wording.trim().split('/');
  for (const point of points) {
    const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?[?~%]?$/.exec(point);
    if (!m) continue;
    const [, y = '', mo = '', d] = m;
    const month = Number(mo);
    if (month >= 21 && month <= 24)
      return `EDTF seasons (${y}-21 … ${y}-24) are not supported: use a month interval such as ${y}-03/${y}-05.`;
    if (month < 1 || month > 12) return `There is no month ${mo}: months run from 01 to 12.`;
    if (d === undefined) continue;
    const days = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
    if (Number(d) < 1 || Number(d) > days) {
      return `${MONTH_NAMES[month - 1] ?? ''} ${y} has ${days} days: write a date that exists, such as ${y}-${mo}-${String(Math.min(Math.max(Number(d), 1), days)).padStart(2, '0')}.`;
    }
  }
  const [from, to] = points;
  if (
    points.length === 2 &&
    from &&
    to &&
    /^\d{4}(-\d{2}){0,2}$/.test(from) &&
    /^\d{4}(-\d{2}){0,2}$/.test(to) &&
    from > to &&
    !to.startsWith(from)
  ) {
    return `The interval ends before it starts: write the earlier date first, as in ${to}/${from}.`;
  }
  return undefined;
}
