// News date wording in English and Spanish that chrono reads too precisely, in the
// wrong tense or not at all, turned into EDTF against the publication date: "since
// 2013" / "desde 2019" (open intervals), "until Thursday" / "hasta finales de marzo",
// "entre 2015 y 2022", bare years, months and "the end of June" at month precision,
// "last week" / "la semana pasada", "este viernes", weekdays in either tense. Anything
// else goes to chrono's English and Spanish parsers. Main function: `wordingToEdtf`.
import * as chrono from 'chrono-node';

/** Which way a date without a year lies from the publication date. */
export type Tense = 'past' | 'future';

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, enero: 1, ene: 1,
  february: 2, feb: 2, febrero: 2,
  march: 3, mar: 3, marzo: 3,
  april: 4, apr: 4, abril: 4, abr: 4,
  may: 5, mayo: 5,
  june: 6, jun: 6, junio: 6,
  july: 7, jul: 7, julio: 7,
  august: 8, aug: 8, agosto: 8, ago: 8,
  september: 9, sept: 9, sep: 9, septiembre: 9, setiembre: 9,
  october: 10, oct: 10, octubre: 10,
  november: 11, nov: 11, noviembre: 11,
  december: 12, dec: 12, diciembre: 12, dic: 12,
}; // prettier-ignore
/** Counts written out, for "hace dos semanas". */
const COUNTS: Record<string, number> = {
  un: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
  diez: 10, once: 11, doce: 12, quince: 15, veinte: 20, treinta: 30,
}; // prettier-ignore
/** Monday = 0 … Sunday = 6. */
const WEEKDAYS: Record<string, number> = {
  monday: 0, lunes: 0, tuesday: 1, martes: 1, wednesday: 2, miercoles: 2,
  thursday: 3, jueves: 3, friday: 4, viernes: 4, saturday: 5, sabado: 5, sunday: 6, domingo: 6,
}; // prettier-ignore

/** Words that open an open-ended interval: "since 2013", "desde julio", "a partir de abril". */
const SINCE =
  /^(?:ever since|since|desde|a partir de(?:l)?|starting(?: from| on| in)?|beginning(?: on| in)?|from)\s+/u;
/**
 * Words that close one: "until Friday", "hasta finales de marzo"; a deadline too, "by the
 * end of June", "no later than Friday": whatever happens, happens up to that date.
 */
const UNTIL = /^(?:until|till|through|hasta|by|no later than)\s+/u;
const MONTH_OR_YEAR = String.raw`(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)(?:,?\s+(?:de\s+)?\d{4})?|\d{4})`;
/** "between April and July", "entre 2015 y 2022"; "from April to December", "de abril a diciembre" (months or years only). */
const BETWEEN = new RegExp(
  String.raw`^(?:(?:between|entre)\s+(.+?)\s+(?:and|y|e)\s+(.+)|(?:from|de|desde)\s+(${MONTH_OR_YEAR})\s+(?:to|through|until|a|hasta)\s+(${MONTH_OR_YEAR}))$`,
  'u',
);
/** Two months joined by "and"/"y", maybe with a year: "for March and April", "en julio y agosto de 2025". */
const MONTH_PAIR =
  /^(?:(?:in|for|during|en|para|durante) )?([a-z]+) (?:and|y|e) ([a-z]+)(?:,? (?:de |of )?(\d{4}))?$/u;
/** Words before the date itself that say nothing of its value. */
const FILLER =
  /^(?:on|in|at|of|during|throughout|the|a|al|el|la|los|las|en|del|de|durante|early|late|earlier|later|mid-?|as (?:early|soon|late) as|for|para|para el|para la|around|about|hacia)\s+/u;
/** Wording that points forward whatever the sentence: "next", "el próximo", "as early as". */
const FUTURE_WORDING =
  /\b(?:next|coming|upcoming|following|tomorrow|proximo|proxima|que viene|siguiente|as (?:early|soon) as|no later than|by|until|till|hasta|a partir)\b|\bin \d+ (?:days?|weeks?|months?|years?)\b/u;

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.,;:!?)\]]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86400000);
const monthText = (y: number, m: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;

/**
 * The EDTF value of `wording` against the publication date `reference` (noon UTC), or
 * undefined when it is not date wording Dossier reads. `tense` says which way a date
 * without a year lies when the wording itself does not ("next", "last"): the past
 * unless given.
 */
export function wordingToEdtf(wording: string, reference: Date, tense?: Tense): string | undefined {
  let text = fold(wording);
  // "March and April", "julio y agosto de 2025": two months in a row are the span they make.
  const pair = MONTH_PAIR.exec(text);
  const [first, second] = [MONTHS[pair?.[1] ?? ''], MONTHS[pair?.[2] ?? '']];
  if (pair && first !== undefined && second === (first % 12) + 1)
    text = `between ${pair[1]} and ${pair[2]}${pair[3] ? ` ${pair[3]}` : ''}`;
  const days = daySpan(text, reference, tense ?? 'past');
  if (days) return days;
  const span = BETWEEN.exec(text);
  const between = span && [span[0], span[1] ?? span[3], span[2] ?? span[4]];
  if (between?.[1] && between[2]) {
    let from = pointEdtf(between[1], reference, tense ?? 'past');
    const to = pointEdtf(between[2], reference, tense ?? 'past');
    // "entre septiembre y diciembre" read in the past in October: the September before
    // that December, not the one just gone.
    const months = /^(\d{4})-(\d{2})$/u;
    const [, toYear, toMonth] = months.exec(to ?? '') ?? [];
    const [, , fromMonth] = months.exec(from ?? '') ?? [];
    // "desde enero hasta marzo de 2026": the start takes the end's year.
    if (
      from &&
      to &&
      (from > to || /\d{4}/u.test(between[2])) &&
      toYear &&
      toMonth &&
      fromMonth &&
      !/\d{4}/u.test(between[1])
    )
      from = `${Number(toYear) - (fromMonth > toMonth ? 1 : 0)}-${fromMonth}`;
    return from && to ? `${from}/${to}` : undefined;
  }
  const since = SINCE.exec(text);
  if (since) {
    text = text.slice(since[0].length);
    // "since" and "desde" look back whatever the sentence; "a partir de", "starting" either way.
    // "desde el jueves" follows the sentence ("no se moverán desde el jueves"); "since" looks back.
    const marker = since[0].trim();
    const way: Tense = FUTURE_WORDING.test(text)
      ? 'future'
      : /^(?:since|ever since)$/u.test(marker)
        ? 'past'
        : marker === 'desde'
          ? (tense ?? 'past')
          : (tense ?? 'future');
    const from = pointEdtf(text, reference, way);
    return from ? `${from.split('/')[0]}/..` : undefined;
  }
  const until = UNTIL.exec(text);
  if (until) {
    const to = pointEdtf(text.slice(until[0].length), reference, tense ?? 'future');
    return to ? `../${to.split('/').pop() ?? to}` : undefined;
  }
  return pointEdtf(text, reference, FUTURE_WORDING.test(text) ? 'future' : (tense ?? 'past'));
}

const ENGLISH_MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
]; // prettier-ignore
/** "May 20-21", "from May 4 to May 8", "Sept. 3 through 5". */
const EN_DAYS =
  /^(?:from |between )?([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|and|through|until)\s*(?:([a-z]+)\.? )?(\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?$/u;
/** "del 20 al 22 de mayo", "20 y 21 de mayo", "desde el 4 de mayo hasta el 8 de junio". */
const ES_DAYS =
  /^(?:(?:del?|desde el|entre el|el) )?(\d{1,2})(?: de ([a-z]+))? (?:al|a|y|e|-|hasta el|y el) (\d{1,2}) de ([a-z]+)(?: de (\d{4}))?$/u;

/** A span of days, one month or two: the interval from the first to the last, in `tense` when no year is given. */
function daySpan(text: string, reference: Date, tense: Tense): string | undefined {
  const en = EN_DAYS.exec(text);
  const es = en ? undefined : ES_DAYS.exec(text);
  const [d1, m1, d2, m2, y] = en
    ? [en[2], en[1], en[4], en[3] ?? en[1], en[5]]
    : es
      ? [es[1], es[2] ?? es[4], es[3], es[4], es[5]]
      : [];
  const first = MONTHS[m1 ?? ''];
  const last = MONTHS[m2 ?? ''];
  if (first === undefined || last === undefined || !d1 || !d2) return undefined;
  if (first === last && Number(d2) <= Number(d1)) return undefined;
  const englishLast = ENGLISH_MONTHS[last - 1] ?? '';
  const end = chronoEdtf(`${englishLast} ${d2}${y ? `, ${y}` : ''}`, reference, tense);
  if (!end || !/^\d{4}-\d{2}-\d{2}$/u.test(end)) return undefined;
  const year = Number(end.slice(0, 4)) - (first > last ? 1 : 0);
  const start = `${year}-${String(first).padStart(2, '0')}-${d1.padStart(2, '0')}`;
  return `${start}/${end}`;
}

/** One date (a day, month, year or week) in folded wording. */
function pointEdtf(folded: string, reference: Date, tense: Tense): string | undefined {
  let text = folded.replace(/^mid-(?=[a-z])/u, '');
  for (let m = FILLER.exec(text); m; m = FILLER.exec(text)) text = text.slice(m[0].length);
  const year = reference.getUTCFullYear();
  const month = reference.getUTCMonth() + 1;
  // The month `step` months from the reference's, across years: -1 is last month.
  const monthFromNow = (step: number) => {
    const m0 = month - 1 + step;
    return monthText(year + Math.floor(m0 / 12), (((m0 % 12) + 12) % 12) + 1);
  };

  if (/^\d{4}$/u.test(text)) return text;
  // "anoche": the night before, dated by its day.
  if (text === 'anoche') return iso(addDays(reference, -1));

  // "hace dos semanas", "hace tres días", "hace un mes": as "two weeks ago" reads.
  const ago = /^hace (\d+|[a-z]+) (dias?|semanas?|mes|meses|anos?)$/u.exec(text);
  const count = ago?.[1] ? (/^\d+$/u.test(ago[1]) ? Number(ago[1]) : COUNTS[ago[1]]) : undefined;
  if (ago?.[2] && count !== undefined) {
    if (/^dia/u.test(ago[2])) return iso(addDays(reference, -count));
    if (/^semana/u.test(ago[2])) return iso(addDays(reference, -7 * count));
    if (/^ano/u.test(ago[2])) return String(year - count);
    return monthFromNow(-count);
  }

  // "last October", "next March", "this June": that month, behind, ahead or this year's.
  const named = /^(last|past|next|coming|this) ([a-z]+)$/u.exec(text);
  const namedMonth = named?.[2] ? MONTHS[named[2]] : undefined;
  if (named?.[1] && namedMonth !== undefined)
    return named[1] === 'this'
      ? monthText(year, namedMonth)
      : pointEdtf(
          named[2] ?? '',
          reference,
          /^(?:next|coming)$/u.test(named[1]) ? 'future' : 'past',
        );

  // "el próximo mes de julio", "el pasado mes de marzo": that month, ahead or behind.
  const monthOf = /^(proximo|pasado) mes de ([a-z]+)$/u.exec(text);
  if (monthOf?.[2] && MONTHS[monthOf[2]] !== undefined)
    return pointEdtf(monthOf[2], reference, monthOf[1] === 'proximo' ? 'future' : 'past');

  // "last week", "la semana pasada", "this month", "el año que viene".
  const unit = relativeUnit(text);
  if (unit) {
    const { which, span } = unit;
    const step = which === 'next' ? 1 : which === 'last' ? -1 : 0;
    if (span === 'year') return String(year + step);
    if (span === 'month') {
      return monthFromNow(step);
    }
    const monday = addDays(reference, -((reference.getUTCDay() + 6) % 7) + step * 7);
    return `${iso(monday)}/${iso(addDays(monday, 6))}`;
  }

  // "the end of the month", "a finales de mes", "principios del año": this month or year.
  // "a finales del año pasado", "a principios del próximo mes": the one before or after.
  const current =
    /^(?:(?:the )?(?:end|beginning|start|middle) of the|(?:finales|fines|fin|final|principios|comienzos|mediados) del?)(?: (este|proximo|pasado))? (month|year|mes|ano)(?: (pasado|anterior|proximo|que viene))?$/u.exec(
      text,
    );
  if (current?.[2]) {
    const cue = current[1] ?? current[3] ?? '';
    const step = /^(?:pasado|anterior)$/u.test(cue)
      ? -1
      : /^(?:proximo|que viene)$/u.test(cue)
        ? 1
        : 0;
    if (/^(?:month|mes)$/u.test(current[2])) {
      return monthFromNow(step);
    }
    return String(year + step);
  }

  // "the end of last year", "the beginning of next month": that year or month.
  const ofWhich =
    /^(?:the )?(?:end|beginning|start|middle) of (last|next|this) (month|year)$/u.exec(text);
  if (ofWhich?.[1] && ofWhich[2]) {
    const step = ofWhich[1] === 'last' ? -1 : ofWhich[1] === 'next' ? 1 : 0;
    if (ofWhich[2] === 'year') return String(year + step);
    return monthFromNow(step);
  }

  // "the end of 2026", "a finales de 2027", "principios del año 2025": that year.
  const partOfYear =
    /^(?:(?:the )?(?:end|beginning|start|middle|first half|second half) of|(?:finales|fines|fin|final|principios|comienzos|mediados) del?(?: ano)?) ((?:1[89]|20)\d\d)$/u.exec(
      text,
    );
  if (partOfYear?.[1]) return partOfYear[1];

  // "the end of June", "finales de marzo", "June", "junio de 2024", "May 2025".
  const monthOnly =
    /^(?:(?:the )?(?:end|beginning|start|middle|first half|second half) of (?:the month of )?|(?:finales|fines|principios|comienzos|mediados|primeros|ultimos) de(?:l mes de)? )?([a-z]+)(?:,? (?:de |of )?(\d{4}))?$/u.exec(
      text,
    );
  const monthNumber = monthOnly?.[1] ? MONTHS[monthOnly[1]] : undefined;
  if (monthOnly && monthNumber !== undefined) {
    if (monthOnly[2]) return monthText(Number(monthOnly[2]), monthNumber);
    const y =
      tense === 'future'
        ? monthNumber >= month
          ? year
          : year + 1
        : monthNumber <= month
          ? year
          : year - 1;
    return monthText(y, monthNumber);
  }

  // "este viernes", "this Friday": the day of the publication's week (Monday to Sunday).
  const thisDay = /^(?:este|esta|this) ([a-z]+)$/u.exec(text);
  const thisWeekday = thisDay?.[1] ? WEEKDAYS[thisDay[1]] : undefined;
  if (thisWeekday !== undefined) {
    const monday = addDays(reference, -((reference.getUTCDay() + 6) % 7));
    return iso(addDays(monday, thisWeekday));
  }

  // "Friday", "el pasado martes", "next Monday", "el próximo lunes".
  const weekday =
    /^(?:(last|past|pasado|next|proximo|coming)\s+)?([a-z]+)(?:\s+(pasado|proximo|que viene))?$/u.exec(
      text,
    );
  const day = weekday?.[2] ? WEEKDAYS[weekday[2]] : undefined;
  if (weekday && day !== undefined) {
    const cue = weekday[1] ?? weekday[3];
    const forward = cue ? /next|proximo|coming|que viene/u.test(cue) : tense === 'future';
    const today = (reference.getUTCDay() + 6) % 7;
    // "el próximo martes", "next Tuesday" said on a Monday: news writing says "mañana" or
    // "this Tuesday" for the next day, so the cue points at the Tuesday of the week after.
    const ahead = (day - today + 7) % 7 || 7;
    if (forward) return iso(addDays(reference, ahead === 1 && cue ? 8 : ahead));
    return iso(addDays(reference, -((today - day + 7) % 7 || (cue ? 7 : 0))));
  }

  // "el próximo 20 de marzo", "el pasado 3 de noviembre": the cue gives the tense.
  const cued = /^(proximo|pasado|next|last) (?=\d)/u.exec(text);
  if (cued?.[1])
    return chronoEdtf(
      text.slice(cued[0].length),
      reference,
      /proximo|next/u.test(cued[1]) ? 'future' : 'past',
    );
  return chronoEdtf(text, reference, tense);
}

/** "last week" → { last, week }; "el mes que viene" → { next, month }; "este año" → { this, year }. */
function relativeUnit(
  text: string,
): { which: 'last' | 'this' | 'next'; span: 'week' | 'month' | 'year' } | undefined {
  const span = (w: string | undefined) =>
    w === 'week' || w === 'semana'
      ? 'week'
      : w === 'month' || w === 'mes'
        ? 'month'
        : w === 'year' || w === 'ano'
          ? 'year'
          : undefined;
  const which = (w: string | undefined) =>
    w === undefined
      ? undefined
      : /^(?:last|past|previous|pasad[oa]|anterior)$/u.test(w)
        ? 'last'
        : /^(?:next|coming|following|proxim[oa]|que viene|siguiente)$/u.test(w)
          ? 'next'
          : /^(?:this|current|est[ea])$/u.test(w)
            ? 'this'
            : undefined;
  const en =
    /^(?:the )?(last|past|previous|this|current|next|coming|following) (week|month|year)$/u.exec(
      text,
    );
  const es =
    /^(?:(este|esta|proximo|proxima|pasado|pasada) )?(semana|mes|ano)(?: (pasad[oa]|anterior|proxim[oa]|que viene|siguiente))?$/u.exec(
      text,
    );
  const w = which(en?.[1] ?? es?.[1] ?? es?.[3]);
  const s = span(en?.[2] ?? es?.[2]);
  return w && s ? { which: w, span: s } : undefined;
}

/** What chrono (English, then Spanish) reads in `text`, at the precision it is certain of, in `tense` when the year is not given. */
function chronoEdtf(text: string, reference: Date, tense: Tense): string | undefined {
  for (const parser of [chrono.en, chrono.es]) {
    const [parsed] = parser.parse(
      text,
      { instant: reference, timezone: 0 },
      { forwardDate: tense === 'future' },
    );
    if (!parsed || parsed.text.length < text.length * 0.6) continue;
    const c = parsed.start;
    const precision =
      c.isCertain('day') || c.isCertain('weekday')
        ? 'day'
        : c.isCertain('month')
          ? 'month'
          : c.isCertain('year')
            ? 'year'
            : undefined;
    if (!precision) continue;
    let date = c.date();
    const ahead = date.getTime() > reference.getTime() + 12 * 3600 * 1000;
    const behind = date.getTime() < reference.getTime() - 12 * 3600 * 1000;
    if (!c.isCertain('year') && !/\b(?:ago|hace|ayer|yesterday|tomorrow|manana)\b/u.test(text)) {
      const dayOnly = !(c.isCertain('day') || c.isCertain('month'));
      if (tense === 'past' && ahead) date = dayOnly ? addDays(date, -7) : shiftYears(date, -1);
      if (tense === 'future' && behind) date = dayOnly ? addDays(date, 7) : shiftYears(date, 1);
    }
    const value = date.toISOString();
    return precision === 'day'
      ? value.slice(0, 10)
      : precision === 'month'
        ? value.slice(0, 7)
        : value.slice(0, 4);
  }
  return undefined;
}

function shiftYears(date: Date, years: number): Date {
  const shifted = new Date(date.getTime());
  shifted.setUTCFullYear(shifted.getUTCFullYear() + years);
  return shifted;
}
