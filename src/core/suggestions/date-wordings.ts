// Date wordings in a paragraph, English or Spanish, for the suggestions: what chrono's
// English and Spanish parsers find, plus what they miss (bare years after a
// preposition, months, "la semana pasada", "entre 2015 y 2022"), widened to the words
// that change their value ("since", "hasta", "el próximo", "the end of"); and the tense
// of the sentence around one, which decides a date without a year ("talks are due to
// resume on Monday"). Main functions: `dateWordings(text)` and `tenseAround(text, range)`.
import * as chrono from 'chrono-node';
import type { Range } from '../anchoring/anchoring.ts';
import type { Tense } from '../dates/dates.ts';

const MONTH_NAMES =
  'January|February|March|April|May|June|July|August|September|October|November|December|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
const WEEKDAY_NAMES = 'lunes|martes|miércoles|jueves|viernes|sábado|domingo';

/** Wordings chrono does not find on its own. */
const EXTRA = new RegExp(
  [
    // A year after a preposition: "in 2020", "desde 2019", "hasta 2030".
    String.raw`(?<=\b(?:in|into|since|by|until|through|during|from|before|after|around|desde|en|hasta|durante|de|del|antes de|después de|para)\s)(?:1[89]|20)\d\d\b`,
    // Between two years or months: "between 2015 and 2022", "entre septiembre y diciembre".
    String.raw`\b(?:between|entre)\s+(?:(?:${MONTH_NAMES})(?:,?\s+(?:de\s+)?(?:1[89]|20)\d\d)?|(?:1[89]|20)\d\d)\s+(?:and|y|e)\s+(?:(?:${MONTH_NAMES})(?:,?\s+(?:de\s+)?(?:1[89]|20)\d\d)?|(?:1[89]|20)\d\d)\b`,
    // The end of the month or year: "by the end of the month", "a finales de mes".
    String.raw`\b(?:(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+the\s+(?:month|year)|(?:finales|fines|principios|comienzos|mediados)\s+de(?:l)?\s+(?:mes|año))\b`,
    // A month, maybe with its year: "May", "junio de 2024".
    String.raw`\b(?:${MONTH_NAMES})\b(?:,?\s+(?:de\s+)?(?:1[89]|20)\d\d\b)?`,
    // Spanish weeks, months and years: "la semana pasada", "el mes que viene", "este año".
    String.raw`\b(?:(?:este|esta|próximo|próxima|pasado|pasada)\s+(?:semana|mes|año)|(?:semana|mes|año)\s+(?:pasad[oa]|anterior|próxim[oa]|que viene|siguiente))\b`,
    // Spanish days: "este viernes", "el próximo lunes", "el pasado martes".
    String.raw`\b(?:este|el próximo|el pasado|próximo|pasado)\s+(?:${WEEKDAY_NAMES})\b`,
    // "el próximo 20 de marzo".
    String.raw`\b(?:próximo|pasado)\s+\d{1,2}\s+de\s+(?:${MONTH_NAMES})\b`,
  ].join('|'),
  'gu',
);
/** Words before a date that change its value, taken into the wording: "since", "hasta finales de". */
const LEAD =
  /(?:\b(?:ever since|since|until|till|starting|beginning|as early as|as soon as|no later than|desde(?: el| la)?|hasta(?: el| la)?|a partir del?|el próximo|la próxima|el pasado|la pasada|próximo|pasado|the end of|the beginning of|the start of|the middle of|end of|finales de|principios de|mediados de|comienzos de|fines de|early|late)\s+)$/u;
/**
 * Found wordings that are not events: "which have now been…", a length of time ("un paro
 * de 24 horas"), a weekend with nothing to say which ("a weekend off").
 */
const NOT_EVENTS =
  /^(?:now|right now|just now|by now|until now|so far|ahora|hasta ahora|(?:de|durante|for|por)?\s*\d+\s+(?:horas?|hours?|minutos?|minutes?)|weekend|fin de semana)$/iu;

export interface DateWording extends Range {
  wording: string;
}

/** The date wordings of `text`, longest first where they overlap, in order. */
export function dateWordings(text: string, reference: Date): DateWording[] {
  const spans: Range[] = [];
  for (const parser of [chrono.en, chrono.es])
    for (const r of parser.parse(text, { instant: reference, timezone: 0 }))
      spans.push({ start: r.index, end: r.index + r.text.length });
  for (const m of text.matchAll(EXTRA)) spans.push({ start: m.index, end: m.index + m[0].length });

  const widened = spans.map((s) => {
    let start = s.start;
    for (let m = LEAD.exec(text.slice(0, start)); m; m = LEAD.exec(text.slice(0, start)))
      start -= m[0].length;
    let end = s.end;
    while (end > start && /[\s,.;:!?)\]”"»]/u.test(text[end - 1] ?? '')) end--;
    return { start, end };
  });
  widened.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Range[] = [];
  for (const s of widened)
    if (s.end > s.start && !kept.some((k) => k.start < s.end && s.start < k.end)) kept.push(s);
  return kept
    .sort((a, b) => a.start - b.start)
    .map((s) => ({ ...s, wording: text.slice(s.start, s.end) }))
    .filter((d) => !NOT_EVENTS.test(d.wording));
}

const FUTURE_CUE =
  /^(?:will|'ll|would|could|may|might|shall|should|due|scheduled|set|expected|plans?|planned|promised|wants|intends|aims|going|upcoming|va|van|vamos|prevé|prevén|previsto|prevista|programado|programada)$|^\p{Ll}+(?:rá|rán|remos|ría|rían|ríamos)$/u;
/** Verbs that convene or schedule: a date after their object is the convened event's ("convocó a una reunión el miércoles"). */
const SCHEDULING =
  /^(?:convocó|convoca|convocan|convocaron|citó|cita|fijó|programó|scheduled|rescheduled)$/u;
/** "is/are … -ing": the present progressive, which news writing uses for plans ("we are not leaving on Friday"). */
const PROGRESSIVE = /^(?:is|are|am|'re|'s)$/u;
/** Speech verbs after a date report when it was said, not when it happens ("…, the authority said Tuesday"). */
const REPORTING =
  /^(?:said|says|told|added|dijo|afirmó|señaló|indicó|explicó|aseguró|añadió|informó)$/u;
const PAST_CUE =
  /^(?:said|was|were|had|did|ago|began|took|made|met|told|came|went|left|sent|fell|rose|won|lost|saw|got|gave|ha|han|había|habían|fue|fueron|hace|dijo)$|^\p{Ll}+(?:ó|aron|ieron|aba|aban)$/u;
/** A word in -ed is a weaker cue: it may be an adjective ("will stay closed until Friday"). */
const WEAK_PAST_CUE = /^\p{Ll}+ed$/u;

/**
 * The tense of the words nearest a date: the closest cue before it in its sentence
 * ("would meet … on Tuesday", "said on Friday"), else after it ("si no llegan en febrero,
 * acudiremos"); undefined when none says.
 */
export function tenseAround(text: string, at: Range, sentence: Range): Tense | undefined {
  const before = text.slice(sentence.start, at.start).match(/[\p{L}']+/gu) ?? [];
  const after = text.slice(at.end, sentence.end).match(/[\p{L}']+/gu) ?? [];
  const cue = (word: string): Tense | undefined =>
    FUTURE_CUE.test(word) ? 'future' : PAST_CUE.test(word) ? 'past' : undefined;
  const near = before.reverse().slice(0, 8);
  for (const [i, word] of near.entries()) {
    // "convocó el lunes una huelga" dates the calling; "convocó … a una reunión el miércoles", the meeting.
    if (
      SCHEDULING.test(word) &&
      near.slice(0, i).some((w) => !/^(?:el|la|los|las|the|on|a|for|para)$/iu.test(w))
    )
      return 'future';
    if (/\p{Ll}ing$/u.test(word) && near.slice(i + 1, i + 3).some((w) => PROGRESSIVE.test(w)))
      return 'future';
    const t = cue(word);
    if (t) return t;
  }
  if (near.some((w) => WEAK_PAST_CUE.test(w))) return 'past';
  for (const word of after.slice(0, 8)) {
    if (REPORTING.test(word)) break;
    const t = cue(word);
    if (t) return t;
  }
  return undefined;
}
