// Date wordings in a paragraph, English or Spanish, for the suggestions: what chrono's
// English and Spanish parsers find, plus what they miss (bare years after a
// preposition, months, "la semana pasada", "entre 2015 y 2022"), widened to the words
// that change their value ("since", "hasta", "el próximo", "the end of"); and the tense
// of the sentence around one, which decides a date without a year ("talks are due to
// resume on Monday"). Main functions: `dateWordings(text)` and `tenseAround(text, range)`.
import * as chrono from 'chrono-node';
import type { Range } from '../anchoring/anchoring.ts';
import { resolveDate, type DateResult, type Tense } from '../dates/dates.ts';
import { foldText } from '../text/normalize.ts';

const MONTH_NAMES =
  'January|February|March|April|May|June|July|August|September|October|November|December|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
const WEEKDAY_NAMES = 'lunes|martes|miércoles|jueves|viernes|sábado|domingo';

const EN_MONTHS = MONTH_NAMES.split('|').slice(0, 12);
/** English months as news copy writes them, in full or abbreviated ("Sept.", "Jan."). */
const EN_MONTH_WORDS = `${EN_MONTHS.join('|')}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec`;
const ES_MONTHS = MONTH_NAMES.split('|')
  .filter((m) => m !== 'setiembre')
  .slice(12);
/** Two months in a row joined by "and"/"y": "March and April", "julio y agosto" (a span; any other pair is two dates). */
const MONTH_PAIRS = [EN_MONTHS, ES_MONTHS]
  .flatMap((names) =>
    names.map((m, i) => String.raw`${m}\s+(?:and|y|e)\s+${names[(i + 1) % 12] ?? ''}`),
  )
  .join('|');

/** Wordings chrono does not find on its own. */
const EXTRA = new RegExp(
  [
    // Spans of days: "May 20-21", "from May 4 to May 8", "Sept. 3 through 5".
    String.raw`\b(?:(?:[Ff]rom|[Bb]etween)\s+)?(?:${EN_MONTH_WORDS})\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|to|and|through|until)\s*(?:(?:${EN_MONTH_WORDS})\.?\s+)?\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|per cent|por ciento|[.,]\d))(?:,?\s+(?:1[89]|20)\d\d\b)?`,
    // "del 20 al 22 de mayo", "20 y 21 de mayo", "desde el 4 de mayo hasta el 8 de junio".
    String.raw`\b(?:(?:[Dd]el?|[Dd]esde el|[Ee]ntre el)\s+)?\d{1,2}(?:\s+de\s+(?:${ES_MONTHS.join('|')}))?\s+(?:al|a|y|e|-|hasta el|y el)\s+\d{1,2}\s+de\s+(?:${ES_MONTHS.join('|')})\b(?:\s+de\s+(?:1[89]|20)\d\d\b)?`,
    // "last October", "next March": a month named with the word that says which.
    String.raw`\b(?:[Ll]ast|[Nn]ext|[Tt]his)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b`,
    // "hasta fin de año", "antes de final de mes" (not "no llegan a fin de mes", making ends meet).
    String.raw`(?<=\b(?:[Hh]asta|[Aa]ntes de|[Pp]ara|[Dd]esde|[Aa] partir de)\s)(?:fin|final)\s+de\s+(?:año|mes)\b`,
    // "el próximo mes de julio", "el pasado mes de marzo".
    String.raw`\b(?:próximo|pasado)\s+mes\s+de\s+(?:${MONTH_NAMES})\b`,
    // Two months in a row, maybe with their year: "for March and April", "en julio y agosto de 2025".
    String.raw`\b(?:${MONTH_PAIRS})\b(?:,?\s+(?:de\s+)?(?:1[89]|20)\d\d\b)?`,
    // A year after a preposition: "in 2020", "desde 2019", "hasta 2030".
    // Capitalised too, opening a sentence: "Since 2019, …", "Desde 2020, …".
    String.raw`(?<=\b(?:[Ii]n|[Ii]nto|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]hrough|[Dd]uring|[Ff]rom|[Bb]efore|[Aa]fter|[Aa]round|[Dd]esde|[Ee]n|[Hh]asta|[Dd]urante|de|del|[Aa]ntes de|[Dd]espués de|[Pp]ara)\s)(?:1[89]|20)\d\d\b`,
    // A year naming an event: "the 2021 presidential election", "las elecciones de 2021" is above.
    String.raw`(?<=\b(?:the|The)\s)(?:1[89]|20)\d\d(?=\s+\p{Ll})`,
    // A month of the year before or after: "abril del próximo año", "April next year".
    String.raw`\b(?:${MONTH_NAMES})\s+(?:(?:del|de)\s+)?(?:próximo año|año próximo|año que viene|año pasado|este año|next year|last year|this year)\b`,
    // From one month or year to another: "from April to December", "de abril a diciembre".
    String.raw`\b(?:[Ff]rom|[Dd]e|[Dd]esde)\s+(?:(?:${MONTH_NAMES})(?:,?\s+(?:de\s+)?(?:1[89]|20)\d\d)?|(?:1[89]|20)\d\d)\s+(?:to|through|until|a|hasta)\s+(?:(?:${MONTH_NAMES})(?:,?\s+(?:de\s+)?(?:1[89]|20)\d\d)?|(?:1[89]|20)\d\d)\b`,
    // Between two years or months: "between 2015 and 2022", "entre septiembre y diciembre".
    String.raw`\b(?:between|entre)\s+(?:(?:${MONTH_NAMES})(?:,?\s+(?:de\s+)?(?:1[89]|20)\d\d)?|(?:1[89]|20)\d\d)\s+(?:and|y|e)\s+(?:(?:${MONTH_NAMES})(?:,?\s+(?:de\s+)?(?:1[89]|20)\d\d)?|(?:1[89]|20)\d\d)\b`,
    // The end of the month or year: "by the end of the month", "a finales de mes".
    // Of a year: "by the end of 2026" ("a finales de 2027" is a year after "de" above).
    String.raw`\b(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(?:1[89]|20)\d\d\b`,
    String.raw`\b(?:(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+the\s+(?:month|year)|(?:finales|fines|principios|comienzos|mediados)\s+de(?:l)?\s+(?:(?:este|próximo|pasado)\s+)?(?:mes|año)(?:\s+(?:pasado|anterior|próximo|que viene))?)\b`,
    // A month, maybe with its year: "May", "junio de 2024".
    String.raw`\b(?:${MONTH_NAMES})\b(?:,?\s+(?:de\s+)?(?:1[89]|20)\d\d\b)?`,
    // Spanish weeks, months and years: "la semana pasada", "el mes que viene", "este año".
    String.raw`\b(?:(?:este|esta|próximo|próxima|pasado|pasada)\s+(?:semana|mes|año)|(?:semana|mes|año)\s+(?:pasad[oa]|anterior|próxim[oa]|que viene|siguiente))\b`,
    // "antes de que termine el año", "before the year is out": up to the end of this year or month.
    String.raw`\b(?:antes de que (?:termine|acabe|finalice|concluya) (?:(?:el|este) (?:año|mes)|(?:1[89]|20)\d\d)|antes de (?:fin|final) de (?:año|mes)|before the (?:year|month) (?:is out|ends)|before the end of (?:1[89]|20)\d\d)\b`,
    // "this weekend", "este fin de semana", "last weekend", "el próximo fin de semana", "el fin de semana pasado".
    String.raw`\b(?:[Tt]his\s+past|[Tt]his|[Ee]ste|[Ll]ast|[Nn]ext|(?:[Ee]l\s+)?pasado|(?:[Ee]l\s+)?próximo)\s+(?:weekend|fin de semana)\b`,
    String.raw`\b(?:[Ee]l\s+)?fin de semana\s+(?:pasado|anterior|próximo|que viene)\b`,
    // "over the weekend", "durante el fin de semana": the weekend the sentence's tense points to.
    String.raw`\b(?:[Oo]ver|[Dd]uring|[Tt]hroughout|[Aa]t)\s+the\s+weekend\b|\b(?:[Dd]urante|[Ee]n)\s+el\s+fin de semana\b(?!\s+(?:pasado|anterior|próximo|que viene))`,
    // "hace dos semanas", "hace tres días" (not "hace dos años que …", a length of time).
    String.raw`\b[Hh]ace\s+(?:un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|\d+)\s+(?:días?|semanas?|mes|meses|años?)\b(?!\s+que\b)`,
    // "anoche", "last night".
    String.raw`\b(?:[Aa]noche|[Ll]ast night)\b`,
    // "el pasado enero": a month named with "pasado" before it.
    String.raw`\b(?:el\s+)?pasado\s+(?:${MONTH_NAMES})\b`,
    // Holidays: "before Christmas", "en Navidad".
    String.raw`\b(?:Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)|Navidad|Nochebuena|Nochevieja)\b`,
    // Spanish days with the word after: "el viernes pasado", "el lunes que viene".
    String.raw`\b(?:el\s+)?(?:${WEEKDAY_NAMES})\s+(?:pasado|que viene|próximo)\b`,
    // Spanish days: "este viernes", "el próximo lunes", "el pasado martes".
    String.raw`\b(?:este|el próximo|el pasado|próximo|pasado)\s+(?:${WEEKDAY_NAMES})\b`,
    // "el próximo 20 de marzo".
    String.raw`\b(?:próximo|pasado)\s+\d{1,2}\s+de\s+(?:${MONTH_NAMES})\b`,
  ].join('|'),
  'gu',
);
/** Words before a date that change its value, taken into the wording: "since", "hasta finales de", "until at least". */
const LEAD =
  /(?:\b(?:ever since|since|(?:until|till|hasta|before|antes del?|desde|since)\s+(?:at least|al menos|por lo menos)(?:\s+(?:el|la))?|until|till|through|from|before|antes del?|antes de la|starting(?: in| on| from)?|beginning(?: in| on)?|as early as|as soon as|no later than|by|desde(?: el| la)?|hasta(?: el| la)?|a partir del?|el próximo|la próxima|el pasado|la pasada|próximo|pasado|the end of|the beginning of|the start of|the middle of|end of|finales de|principios de|mediados de|comienzos de|fines de|early|late)\s+|\bmid-)$/iu;
/**
 * Found wordings that are not events: "which have now been…", a length of time ("un paro
 * de 24 horas"), a weekend with nothing to say which ("a weekend off").
 */
const NOT_EVENTS =
  /^(?:now|right now|just now|by now|until now|so far|(?:the\s+)?last minute|(?:el\s+)?último momento|ahora|hasta ahora|(?:de|durante|for|por)?\s*(?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|veinticuatro|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty-four)\s+(?:horas?|hours?|minutos?|minutes?)|(?:de|durante|for|por)\s+(?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|quince|treinta|noventa|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|thirty|ninety)\s+(?:días?|days?|semanas?|weeks?|meses|months?|años?|years?)(?:\s+(?:más|more))?|weekend|fin de semana|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\s+(?:days?|weeks?|months?|years?|días?|semanas?|mes|meses|años?)\s+(?:after|before|later|earlier|después|antes|más tarde)|(?:after|tras|después de|within|dentro de|en menos de)\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\s+(?:days?|weeks?|months?|years?|días?|semanas?|mes|meses|años?))$/iu;

/** A wording that runs over a sentence's end is no date: "in the sun. Now" read as Sunday. */
const ACROSS_SENTENCES = /(?<![.\p{L}])\p{Ll}{3,}\.\s+\p{Lu}/u;

const DATE_WORD = new RegExp(
  String.raw`^(?:${MONTH_NAMES}|${WEEKDAY_NAMES}|miercoles|sabado|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$`,
  'iu',
);
/** A month's or weekday's abbreviation standing alone is a word of the text ("el mar Caribe"), not a date. */
const ABBREVIATION =
  /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|ene|abr|ago|dic|lun|mié|mie|jue|vie|sáb|sab|dom|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/iu;
/** A wording that repeats rather than happens: "every Monday", "cada sábado", "los lunes y los viernes". */
const EVERY_BEFORE =
  /\b(?:every|each|cada|todos los|todas las)\s+(?:\p{L}+\s+(?:and|or|y|o)\s+)?$|\blos\s+$|\blos\s+(?:lunes|martes|miércoles|jueves|viernes|sábados|domingos)(?:\s*,\s*\p{L}+)*(?:\s*,|\s+y|\s+o)\s+$|\b(?:on\s+)?(?:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)(?:\s*,\s*\p{L}+)*(?:\s*,|\s+and|\s+or)\s+$/iu;
/** Words that make a sentence's dates habits: "traditionally held in October", "suelen llenarse en diciembre". */
const HABITUAL =
  /\b(?:cada año|cada mes|cada semana|todos los años|every year|each year|every month|year after year|traditionally|usually|typically|normally|customarily|tradicionalmente|habitualmente|normalmente|generalmente|suele|suelen|solía|solían|acostumbra|acostumbran)\b/iu;
/** Capitalised words before a name that start a sentence or a date, not a name: "In March", "Since May". */
const NOT_NAME_BEFORE =
  /^(?:In|On|At|By|Since|Until|From|Before|After|During|Last|Next|This|Early|Late|Mid|The|En|El|La|Desde|Hasta|Antes|Para|Este|Esta|A|Of)$/u;

/**
 * True when a found date wording is not an event's date: a habit ("every Monday", a
 * month in a sentence that says "traditionally"), a month or weekday that is part of a
 * name ("June Persaud", "Abril Santana", "Santo Domingo", "Julio Arceo"), or a short
 * abbreviation standing alone ("el mar Caribe" read as March).
 */
export function notAnEvent(text: string, at: Range, sentence: Range): boolean {
  const wording = text.slice(at.start, at.end);
  const before = text.slice(Math.max(0, at.start - 40), at.start);
  const bare = !/\d/u.test(wording) && !/\s/u.test(wording.trim());
  // "every Monday", "cada 19 de julio": a day that repeats, with no year to make it one.
  if (EVERY_BEFORE.test(before) && !/\b(?:1[89]|20)\d\d\b/u.test(wording)) return true;
  // "cruzó la 9 de Julio", "la avenida 25 de Mayo": Spanish writes months in lower case, so
  // a capitalised one after its day, inside a sentence, names a street or a place.
  if (
    /^\d{1,2}\s+de\s+\p{Lu}/u.test(wording) &&
    SPANISH_MONTH_WORD.test(wording.replace(/^\d{1,2}\s+de\s+/u, ''))
  )
    return true;
  // A habit's month or day; a year, "since"/"desde" or "this"/"pasado" still dates an event.
  // A habit in a clause after the date is that clause's ("until the end of March, when the
  // rains usually arrive").
  const after = text.slice(at.end, sentence.end).search(/,\s*(?:when|where|cuando|donde)\b/iu);
  // …and a habit in a clause before it, cut off by "but", "pero", a semicolon ("The festival
  // usually takes place in August, but this year it was moved to September").
  const cuts = [
    ...text
      .slice(sentence.start, at.start)
      .matchAll(/(?:,\s*(?:but|pero|although|aunque|sin embargo|mientras|while)\b|;)/giu),
  ];
  const lastCut = cuts[cuts.length - 1];
  const from = lastCut ? sentence.start + lastCut.index + lastCut[0].length : sentence.start;
  const to = after === -1 ? sentence.end : at.end + after;
  // …and a habit in a relative clause the date is not in ("La zafra, que tradicionalmente
  // arranca en noviembre, comenzará en enero") is that clause's.
  const habitual = text
    .slice(from, to)
    .replace(
      /,\s*(?:que|quien|which|who|where|donde|cuando|when)\b[^,]*,/giu,
      (clause, offset: number) =>
        from + offset <= at.start && at.end <= from + offset + clause.length ? clause : ',',
    );
  if (
    HABITUAL.test(habitual) &&
    !/\b(?:1[89]|20)\d\d\b/u.test(wording) &&
    !/^(?:since|desde|ever since)\b/iu.test(wording) &&
    !/(?:^|\s)(?:this|last|next|este|esta|pasad[oa]|próxim[oa])(?:\s|$)/iu.test(wording)
  )
    return true;
  if (seasonal(text, at, sentence) || season(text, at, sentence)) return true;
  // "el tratado de 1944", "the Constitution of 1978", "la Ley 1944": a year that names a
  // document (after its noun and "de"/"of", or as its number) is part of the name.
  if (/^(?:1[89]|20)\d\d$/u.test(wording) && DOCUMENT_BEFORE.test(before)) return true;
  if (bare && ABBREVIATION.test(wording)) return true;
  // "la mañana de este lunes", "el primer tren de la mañana", "en una sola mañana", "la
  // misma mañana": the morning, not tomorrow (an article, or one and an adjective of count).
  if (
    /^mañana$/iu.test(wording) &&
    /(?<!\p{L})(?:la|esta|esa|cada|una|toda la|toda una|por la|de la)(?:\s+(?:sola|misma|primera|segunda|última|entera))?\s+$/iu.test(
      before,
    )
  )
    return true;
  // "una Navidad a oscuras", "another Christmas": the holiday as a common noun.
  if (
    /^(?:Christmas|Navidad|Nochebuena|Nochevieja)$/iu.test(wording) &&
    /\b(?:una|un|a|an|otra|another|cada|every)\s+$/iu.test(before)
  )
    return true;
  if (bare && /^\p{Lu}/u.test(wording)) {
    const after = /^\s+(\p{Lu}\p{Ll}+)/u.exec(text.slice(at.end))?.[1];
    const previous = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(before)?.[1];
    const sentenceStart = /(?:^|[.!?:;“"«]\s*)$/u.test(text.slice(sentence.start, at.start));
    // Spanish writes months and weekdays in lower case: capitalised inside a sentence, a name.
    const spanish =
      /^(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|lunes|martes|miércoles|jueves|viernes|sábado|domingo)$/iu;
    if (after && !DATE_WORD.test(after)) return true;
    if (previous && !NOT_NAME_BEFORE.test(previous) && !DATE_WORD.test(previous)) return true;
    if (spanish.test(wording) && !sentenceStart) return true;
  }
  return false;
}

/** A document's noun before a year that names it: "tratado de", "Law of", "Ley", "Decree No.". */
const DOCUMENT_BEFORE =
  /(?:^|[^\p{L}])(?:tratados?|ley|leyes|acuerdos?|convenios?|pactos?|constitución|decreto|estatuto|código|reglamento|carta|treaty|treaties|law|act|accords?|agreements?|convention|constitution|decree|charter|statute|code)(?:\s+(?:n\.?[º°o]\.?|no\.|número)?\s*[\d./-]+)?(?:\s+(?:de|del|of)\s+|\s+(?:n\.?[º°o]\.?\s*|no\.\s*|número\s+)?)$/iu;

/** The end of a span from one month or year to another: "… to June", "… a diciembre". */
const SPAN_END = new RegExp(
  String.raw`\s(?:to|through|until|a|hasta)\s+(?:${MONTH_NAMES}|\d{4})`,
  'iu',
);

/** A month or a span of months with no year: "April", "between April and July", "de mayo a agosto". */
const MONTHS_ONLY = new RegExp(
  String.raw`^(?:(?:in|en|between|entre|from|de|desde)\s+)?(?:${MONTH_NAMES})(?:\s+(?:and|y|to|a|until|hasta)\s+(?:${MONTH_NAMES}))?$`,
  'iu',
);

/**
 * A season that recurs, with no word of habit: months with no year, in a present-tense
 * sentence, followed by a present-tense "when"/"cuando" clause ("most of which leave
 * between April and July, when the soy crop is shipped"; "llegan en marzo, cuando se
 * abre la veda"). Not when a verb before the date or in the clause is past or future, or
 * schedules ("the plant closes in March, when the contract ends").
 */
function seasonal(text: string, at: Range, sentence: Range): boolean {
  if (!MONTHS_ONLY.test(text.slice(at.start, at.end).trim())) return false;
  const when = /^,\s*(?:when|cuando)\s+([^.;:!?]+)/iu.exec(text.slice(at.end, sentence.end));
  if (!when?.[1]) return false;
  // A verb that schedules, in the singular, dates one event in the date's own clause ("the
  // plant closes in March"); in the plural it is what many do each year ("most leave in
  // April", "los jornaleros llegan en marzo"), and in the "when" clause the season's.
  const spanish = /(?:^|\s)(?:el|la|los|las|que|del|se)\s/iu.test(
    text.slice(sentence.start, sentence.end),
  );
  const singular = (w: string) => (spanish ? !/n$/u.test(w) : /s$/u.test(w));
  const plain = (words: readonly string[], own: boolean) =>
    words.every(
      (w, i) =>
        !PAST_CUE.test(w) &&
        !FUTURE_CUE.test(w) &&
        !(own && (SCHEDULED.test(w) || SCHEDULING.test(w)) && singular(w)) &&
        // "is shipped", "are sold": a present passive, not a past.
        !(WEAK_PAST_CUE.test(w) && !/^(?:is|are|gets|get)$/u.test(words[i - 1] ?? '')),
    );
  const before =
    text
      .slice(sentence.start, at.start)
      .toLowerCase()
      .match(/[\p{L}']+/gu) ?? [];
  const clause = when[1].toLowerCase().match(/[\p{L}']+/gu) ?? [];
  return plain(before, true) && plain(clause, false);
}

/** English past forms with no -ed, which a season's present must not have: "the ban ran from March to June". */
const IRREGULAR_PAST =
  /^(?:ran|fell|hit|grew|brought|bought|held|kept|spent|paid|sold|built|stood|struck|swept|drove|flew|froze|threw|wore|tore|broke|spoke|chose|rode|shook|led|fed|fled|fought|caught|taught|thought|sought|found|lay|laid|lit|shut|cut|put|set|let|cost|quit|spread|began|became|ended|lasted|peaked|closed|opened|stopped|started|arrived|returned|continued|remained|stayed|moved)$/u;

/** A Spanish month's name, written as a name would be ("Julio", "Mayo"). */
const SPANISH_MONTH_WORD =
  /^(?:Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Setiembre|Octubre|Noviembre|Diciembre)$/u;

/** A span of months with no year: "between November and April", "de noviembre a febrero". */
const MONTH_SPAN = new RegExp(
  String.raw`\b(?:between|entre|from|de|desde)\s+(?:${MONTH_NAMES})\s+(?:and|y|e|to|a|until|hasta|through)\s+(?:${MONTH_NAMES})\b`,
  'iu',
);
/** A month, a month after a word that opens or closes a span, or a holiday, with no year. */
const SEASON_WORDING = new RegExp(
  String.raw`^(?:(?:in|en|between|entre|from|de|desde|until|hasta|through|a partir de)\s+)?(?:(?:early|late|mid-?|principios de|finales de|mediados de)\s*)?(?:${MONTH_NAMES})(?:\s+(?:and|y|e|to|a|until|hasta|through)\s+(?:${MONTH_NAMES}))?$|^(?:Christmas|Navidad)$`,
  'iu',
);

/**
 * The year's seasons, told in the present with no word of habit: a span of months with no
 * year, and the other months and holidays of its sentence, when the date's clause is in a
 * plain present ("Most of the rain falls between November and April"; "is harvested
 * between October and March, with a smaller mid-crop from May"; "place their Christmas
 * orders between July and September"; "va de noviembre a febrero, y … se alarga hasta
 * marzo"; "se abre en octubre y se prolonga hasta abril"). Not when a verb of the clause is
 * past or future, nor when "this", "next", "last" or a year names which one.
 */
function season(text: string, at: Range, sentence: Range): boolean {
  if (!SEASON_WORDING.test(text.slice(at.start, at.end).trim())) return false;
  const whole = text.slice(sentence.start, sentence.end);
  const months = whole.match(new RegExp(String.raw`\b(?:${MONTH_NAMES})\b`, 'giu')) ?? [];
  if (!MONTH_SPAN.test(whole) && months.length < 2) return false;
  // The date's clause: cut at ", and", ", y", ", but", ";".
  const cuts = [...whole.matchAll(/,\s*(?:and|y|e|but|pero|while|mientras)\s|;/giu)].map(
    (m) => sentence.start + m.index,
  );
  const from = Math.max(sentence.start, ...cuts.filter((c) => c <= at.start));
  const to = Math.min(sentence.end, ...cuts.filter((c) => c >= at.end));
  const clause = text.slice(from, to);
  if (/\b(?:1[89]|20)\d\d\b/u.test(clause)) return false;
  if (/(?:^|\s)(?:this|next|last|este|esta|próximo|próxima|pasado|pasada)(?:\s|$)/iu.test(clause))
    return false;
  // As written: "United States" and "May" are no verbs; "va de noviembre a febrero" is no "va a".
  const words = clause.match(/[\p{L}']+/gu) ?? [];
  return words.every(
    (w, i) =>
      !PAST_CUE.test(w) &&
      !IRREGULAR_PAST.test(w) &&
      !(FUTURE_CUE.test(w) && !(/^(?:va|van)$/u.test(w) && words[i + 1] !== 'a')) &&
      !(WEAK_PAST_CUE.test(w) && !/^(?:is|are|gets|get)$/u.test(words[i - 1] ?? '')),
  );
}

export interface DateWording extends Range {
  wording: string;
}

/** A relative word alone, or run into a unit's letter: chrono reads "lasts" as "last s(econd)". */
const LONE_RELATIVE = /^(?:last|next|past|this)\p{L}*$/iu;

/** Whether `text[start, end)` begins and ends on word edges: no date inside a longer word. */
function wholeWords(text: string, start: number, end: number): boolean {
  return !/[\p{L}\p{N}]/u.test(text[start - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[end] ?? '');
}

/** The date wordings of `text`, longest first where they overlap, in order. */
export function dateWordings(text: string, reference: Date): DateWording[] {
  const spans: Range[] = [];
  for (const parser of [chrono.en, chrono.es])
    for (const r of parser.parse(text, { instant: reference, timezone: 0 }))
      if (wholeWords(text, r.index, r.index + r.text.length) && !LONE_RELATIVE.test(r.text))
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
    .filter((d) => !NOT_EVENTS.test(d.wording) && !ACROSS_SENTENCES.test(d.wording));
}

const FUTURE_CUE =
  /^(?:will|'ll|would|could|may|might|shall|should|due|scheduled|set|expected|expects?|promised|promises?|wants|intends|aims|seeks?|hopes?|going|upcoming|busca|buscan|pretende|pretenden|aspira|aspiran|planea|planean|va|van|vamos|prevé|prevén|previsto|prevista|programado|programada|prometió|prometieron|promete|prometen|amenazó|amenazaron|amenaza|amenazan)$|^\p{Ll}+(?:rá|rán|remos)$|^\p{Ll}+(?:[aei]|[dbl])(?:ría|rían|ríamos)$/u;
/** Verbs of threat or pledge: a date after them is what is threatened ("threatened a strike from Monday"). */
const THREAT = /^(?:threatened|threatens?|pledged|vowed|warned)$/u;
/** Verbs that ask for something: a date in what they ask for is ahead ("urged them to leave before Friday"). */
const REQUEST =
  /^(?:asked|asks|ask|urged|urges|urge|ordered|orders|called|demanded|demands|pidió|pidieron|pide|piden|pedir|exigió|exigieron|exige|exigen|exigir|instó|instaron|solicitó|solicitaron|reclamó|reclamaron|reclama|reclaman|reclamar|pedido|exigido|solicitado|reclamado|instado)$/u;
/** Nouns in -ría that are not the conditional ("categoría", "secretaría"). */
const RIA_NOUN =
  /^(?:categoría|secretaría|galería|batería|lotería|librería|ingeniería|minería|tesorería|consejería|panadería|auditoría|asesoría|consultoría|mayoría|minoría|economía|alcaldía|fiscalía|policía|energía|compañía|garantía|avería|ganadería|cafetería|cervecería|carnicería|pescadería|joyería|lavandería|portería|artillería|caballería|carpintería|mensajería|papelería|peluquería|frutería|zapatería|lechería|piratería|tontería|gendarmería|conserjería|contraloría|procuraduría|personería|veeduría|defensoría|relojería|herrería)s?$/u;
/** Verbs in the present that news writing uses for what is scheduled: "the hearing resumes Monday", "voters go to the polls on Sunday". */
const SCHEDULED =
  /^(?:resumes?|begins?|starts?|runs|opens?|reopens?|closes?|ends?|expires?|takes|goes|go|meets|arrives?|returns|travels|visits|holds|votes|kicks|launches|entra|entran|comienza|comienzan|empieza|empiezan|arranca|arrancan|vence|vencen|expira|expiran|acude|acuden|reanuda|reanudan|reabre|reabren|abre|abren|cierra|cierran|finaliza|finalizan|concluye|concluyen|termina|terminan|acaba|acaban|caduca|caducan|reúne|reúnen|comparece|comparecen|votan|debaten|juega|juegan|disputan|testifies|hosts|viaja|viajan|llega|llegan)$/u;
/** Verbs that convene or schedule: a date after their object is the convened event's ("convocó a una reunión el miércoles"). */
const SCHEDULING =
  /^(?:convocó|convoca|convocan|convocaron|convocado|convocada|convocados|convocadas|citó|cita|citado|fijó|fija|fijan|fijado|fijada|fijados|fijadas|programó|scheduled|rescheduled)$/u;
/** The Spanish past subjunctive, "cayera", "sufriera", "bajaran", "llegaran" (read only after "después de que" and the like). */
const PAST_SUBJUNCTIVE = /^\p{Ll}{2,}(?:ara|aran|iera|ieran|yera|yeran)$/u;
const AFTER_THAT = /(?:^|[^\p{L}])(?:después|antes|luego) de que(?![\p{L}])/iu;
/** Words that open a noun phrase: after "to" they make it a preposition, not a verb's mark. */
const ARTICLE = /^(?:the|a|an|his|her|its|their|our|this|that|these|those)$/u;
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
    FUTURE_CUE.test(word) && !RIA_NOUN.test(word)
      ? 'future'
      : PAST_CUE.test(word)
        ? 'past'
        : undefined;
  const near = before.reverse().slice(0, 8);
  // "después de que el agua cayera a mínimos durante el fin de semana": after "después de
  // que", "antes de que", "luego de que", a verb in the past subjunctive tells a past.
  const pastSubjunctive = (word: string) =>
    PAST_SUBJUNCTIVE.test(word) &&
    AFTER_THAT.test(text.slice(sentence.start, at.start).replace(/\s+/gu, ' '));
  for (const [i, word] of near.entries()) {
    if (pastSubjunctive(word)) return 'past';
    // "convocó el lunes una huelga" dates the calling; "convocó … a una reunión el miércoles", the meeting.
    if (
      SCHEDULING.test(word) &&
      near.slice(0, i).some((w) => !/^(?:el|la|los|las|the|on|a|for|para)$/iu.test(w))
    )
      return 'future';
    if (/\p{Ll}ing$/u.test(word) && near.slice(i + 1, i + 3).some((w) => PROGRESSIVE.test(w)))
      return 'future';
    if (THREAT.test(word)) return 'future';
    // "ahead of Sunday's vote", "de cara a las elecciones de enero": what is prepared for lies ahead.
    if (
      (word === 'of' && near[i + 1] === 'ahead') ||
      (word === 'a' && near[i + 1] === 'cara' && near[i + 2] === 'de') ||
      (word === 'to' && near[i + 1] === 'run-up') ||
      (word === 'miras' && near[i + 1] === 'con') ||
      (word === 'vísperas' && near[i + 1] === 'en')
    )
      return 'future';
    // "the hearing resumes Monday", "la ley entra en vigor el 1 de enero": a present that schedules.
    if (SCHEDULED.test(word)) return 'future';
    // "the vote is on Thursday", "la votación es el jueves": a present that dates an event.
    if (
      /^(?:is|are|es|son)$/u.test(word) &&
      near.slice(0, i).every((w) => /^(?:on|el|the)$/u.test(w))
    )
      return 'future';
    // "asked residents not to return before Friday", "exigir que el Congreso amplíe hasta
    // diciembre": what is asked for lies ahead.
    if (REQUEST.test(word) && near.slice(0, i).some((w) => w === 'to' || w === 'que'))
      return 'future';
    // "told us to come back in July", "told the crews to leave by Friday": an instruction.
    if (
      /^(?:told|tells?)$/u.test(word) &&
      [near[i - 2], near[i - 3]].includes('to') &&
      !ARTICLE.test(near[near[i - 2] === 'to' ? i - 3 : i - 4] ?? 'the')
    )
      return 'future';
    // "fijó la protesta para el lunes", "la cita es para junio": "para" right before a date
    // names what it is set for.
    if (word === 'para' && (i === 0 || (i === 1 && /^(?:el|la|los|las)$/u.test(near[0] ?? ''))))
      return 'future';
    // "plans to meet on Friday", not "asked for a plan in November".
    // "plans to meet on Friday", not "the plan to lawmakers in March" (a noun after an article).
    if (
      /^(?:plans?|planned)$/u.test(word) &&
      near[i - 1] === 'to' &&
      !/^(?:the|a|an|his|her|its|their|our|this|that)$/iu.test(near[i + 1] ?? '')
    )
      return 'future';
    if (/^(?:plans?)$/u.test(word) && near[i - 1] === 'to') continue;
    const t = cue(word);
    if (t) return t;
    // "If it comes in October, we start again", "Si no cortamos en diciembre, …": a
    // condition in the present looks ahead.
    if (/^(?:if|si|unless)$/iu.test(word) && !near.slice(0, i).some((w) => WEAK_PAST_CUE.test(w)))
      return 'future';
  }
  // "ha pedido que se mantenga el servicio nocturno durante las fiestas de enero": a
  // request further back, with nothing past or future between it and the date.
  const far = before.slice(8, 14);
  const asked = far.findIndex((w) => REQUEST.test(w));
  if (
    asked !== -1 &&
    [...near, ...far.slice(0, asked)].some((w) => w === 'to' || w === 'que') &&
    ![...near, ...far.slice(0, asked)].some((w) => cue(w) !== undefined || WEAK_PAST_CUE.test(w))
  )
    return 'future';
  if (near.some((w) => WEAK_PAST_CUE.test(w))) return 'past';
  for (const [j, word] of after.slice(0, 8).entries()) {
    if (REPORTING.test(word)) break;
    if (/^(?:plans?|planned)$/u.test(word) && after[j + 1] === 'to') return 'future';
    // "El 1 de junio entra en vigor la norma": a present that schedules, after the date too.
    if (SCHEDULED.test(word) && j < 3) return 'future';
    const t = cue(word);
    if (t) return t;
  }
  return undefined;
}

/** "before Friday", "antes del 15 de enero": the interval that ends at the date. */
const BEFORE = /^(?:before|antes del?|antes de la)\s+(?:(?:at least|al menos|por lo menos)\s+)?/iu;
/** "by Friday", "no later than June 1": a deadline. */
const BY = /^(?:by|no later than)\s+/iu;
/** "until"/"hasta" after a verb that moves a date names the new date: "retrasar hasta 2036". */
const UNTIL_LEAD =
  /^(?:until|till|hasta)\s+(?:(?:at least|al menos|por lo menos)\s+)?(?:(?:el|la)\s+)?/iu;
const MOVES =
  /\b(?:postpone[sd]?|postponing|delay(?:s|ed)?|deferred|defer|push(?:ed)? back|put off|moved?|retras(?:ar|a|an|ó|aron)|aplaz(?:ar|a|an|ó|aron)|pospon(?:er|e|en)|pospuso|pospusieron|prorrog(?:ar|a|ó))\b[^.;]{0,60}$/iu;
/**
 * "this weekend", "este fin de semana": the Saturday and Sunday of the publication's week;
 * "last weekend", "el fin de semana pasado" the week's before; "next weekend", "el próximo
 * fin de semana" the first after the publication's day.
 */
const WEEKEND =
  /^(?:(this past|this|este|last|next|(?:el\s+)?pasado|(?:el\s+)?próximo)\s+(?:weekend|fin de semana)|(?:el\s+)?fin de semana\s+(pasado|anterior|próximo|que viene))$/iu;
/** A weekend named by the tense alone: "over the weekend", "durante el fin de semana". */
const SOME_WEEKEND =
  /^(?:(?:over|during|throughout|at)\s+the\s+weekend|(?:durante|en)\s+el\s+fin de semana)$/iu;
/** "antes de que termine el año", "before the month is out": the interval ending with the current year or month. */
const END_OF_PERIOD =
  /^(?:antes de que (?:termine|acabe|finalice|concluya) (?:el|este)|antes de (?:fin|final) de|before the)\s+(año|mes|year|month)(?:\s+(?:is out|ends))?$/iu;
/** "abril del próximo año", "April next year": a month of the year after or before. */
const MONTH_OF_YEAR = new RegExp(
  String.raw`^(?:in\s+|en\s+)?(${MONTH_NAMES})\s+(?:(?:del|de)\s+)?(próximo año|año próximo|año que viene|next year|año pasado|last year|este año|this year)$`,
  'iu',
);
const MONTH_NUMBER: Record<string, number> = Object.fromEntries(
  MONTH_NAMES.split('|').map((m, i) => [m.toLowerCase(), (i % 12) + 1]),
);

/**
 * What the draft's date resolves to: `resolveDate` with the sentence's tense, and the
 * wordings whose value the words around them change: "before X" and "antes del X" end
 * at X (`../X`); "until"/"hasta" after a verb that moves a date ("postponed until", "retrasar
 * hasta") is the new date itself; "this weekend" is the coming one; "abril del próximo
 * año" is April of the next year. `before` is the sentence up to the wording.
 */
export function resolveWording(
  wording: string,
  published: string,
  tense: Tense | undefined,
  before: string,
  after = '',
): DateResult {
  // "January's election", "Sunday's vote": a month or day named as the time of a known event
  // is the occurrence nearest the publication, whatever the tense around it.
  // "the Oct. 15 deadline", "the Sept. 30 vote": a day named as an event's, the nearest one.
  if (
    /(?:^|\s)the\s+$/iu.test(before) &&
    /^\s+\p{Ll}+/u.test(after) &&
    !/\d{4}/u.test(wording) &&
    /^(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+\.?)$/u.test(wording)
  )
    return nearest(wording, published);
  // A verb right before it still says ("prices rose in February's cold snap").
  if (/^['’]s\s/u.test(after) && MONTH_ALONE.test(wording)) {
    const verbs = (before.match(/[\p{L}']+/gu) ?? []).slice(-3);
    const past = verbs.some((w) => PAST_CUE.test(w) || WEAK_PAST_CUE.test(w));
    const future = verbs.some((w) => FUTURE_CUE.test(w));
    if (tense === 'future' || future) return resolveDate(wording, published, 'future');
    if (past) return resolveDate(wording, published, 'past');
    return nearest(wording, published);
  }
  // "until at least June 15" is "until June 15" for its value.
  const leastless = wording.replace(/\s(?:at least|al menos|por lo menos)(?=\s)/iu, '');
  if (leastless !== wording)
    return relabel(resolveWording(leastless, published, tense, before), wording);
  const year = Number(published.slice(0, 4));
  const month = MONTH_OF_YEAR.exec(wording);
  if (month?.[1] && month[2]) {
    const which = month[2].toLowerCase();
    const y = /próximo|next|que viene/u.test(which)
      ? year + 1
      : /pasado|last/u.test(which)
        ? year - 1
        : year;
    const m = MONTH_NUMBER[month[1].toLowerCase()] ?? 1;
    return relabel(resolveDate(`${y}-${String(m).padStart(2, '0')}`, published), wording);
  }
  // "antes de que acabe 2027": up to the end of that year.
  const byYear =
    /^(?:antes de que (?:termine|acabe|finalice|concluya)|before the end of)\s+((?:1[89]|20)\d\d)$/iu.exec(
      wording,
    );
  if (byYear?.[1]) return relabel(resolveDate(`../${byYear[1]}`, published), wording);
  const within = END_OF_PERIOD.exec(wording);
  if (within?.[1]) {
    const whole = /^(?:año|year)$/iu.test(within[1]);
    return relabel(resolveDate(`../${published.slice(0, whole ? 4 : 7)}`, published), wording);
  }
  // "over the weekend", "durante el fin de semana": the last one in the past, the next one
  // ahead; with no tense to say which, no date (a habit: "shops close during the weekend").
  if (SOME_WEEKEND.test(wording)) {
    if (!tense) return { ok: false, reason: 'unresolvable' };
    const day = new Date(`${published}T12:00:00Z`);
    const fromMonday = (day.getUTCDay() + 6) % 7;
    const step = tense === 'past' && fromMonday < 5 ? -7 : 0;
    const saturday = new Date(day.getTime() + (5 - fromMonday + step) * 86400000);
    const sunday = new Date(saturday.getTime() + 86400000);
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    return relabel(resolveDate(`${iso(saturday)}/${iso(sunday)}`, published), wording);
  }
  const weekend = WEEKEND.exec(wording);
  if (weekend) {
    const which = foldText(weekend[1] ?? weekend[2] ?? '').replace(/^el\s+/u, '');
    const day = new Date(`${published}T12:00:00Z`);
    const fromMonday = (day.getUTCDay() + 6) % 7;
    // The last one before the publication's week; the next one after the publication's day.
    const step = /^(?:last|this past|pasado|anterior)$/u.test(which)
      ? -7
      : /^(?:next|proximo|que viene)$/u.test(which) && fromMonday >= 5
        ? 7
        : 0;
    const saturday = new Date(day.getTime() + (5 - fromMonday + step) * 86400000);
    const sunday = new Date(saturday.getTime() + 86400000);
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    return relabel(resolveDate(`${iso(saturday)}/${iso(sunday)}`, published), wording);
  }
  // "Christmas", "Navidad": its day, in the sentence's direction.
  const holiday = HOLIDAY.exec(wording);
  if (holiday?.[1]) {
    const day = HOLIDAYS[holiday[1].toLowerCase()] ?? 'December 25';
    const rest = wording.slice(0, holiday.index) + day;
    const result = resolveWording(rest, published, tense, before);
    return relabel(result, wording);
  }
  // "el pasado enero": last January.
  const last = /^(.*?)\b(?:el\s+)?pasado\s+(\p{L}+)$/iu.exec(wording);
  if (last?.[2] && MONTH_NUMBER[last[2].toLowerCase()] !== undefined)
    return relabel(
      resolveWording(`${last[1] ?? ''}${last[2]}`.trim(), published, 'past', before),
      wording,
    );
  // "offered a raise from January", "anunció que a partir del martes …": a start without a
  // year in a sentence not in the future is the occurrence nearest the publication.
  if (
    FROM_LEAD.test(wording) &&
    !/\b\d{4}\b/u.test(wording) &&
    tense !== 'future' &&
    !SPAN_END.test(wording)
  ) {
    const rest = wording.replace(FROM_LEAD, '');
    const start = nearest(rest, published);
    if (start.ok && start.date.kind === 'single')
      return relabel(resolveDate(`${start.date.edtf}/..`, published), wording);
  }
  // "by the end of June", "by next week", "no later than Friday": a deadline, the interval
  // that ends with the date (its last day for a week).
  const byLead = BY.exec(wording);
  // "killed by Sunday's storm", "hit by last year's drought": "by" names who did it, not a deadline.
  if (byLead && /^['’]s(?!\p{L})/u.test(after))
    return relabel(
      resolveWording(wording.slice(byLead[0].length), published, tense, before, after),
      wording,
    );
  if (byLead) {
    const rest = wording.slice(byLead[0].length);
    const inner =
      tense === 'past' && !/\b\d{4}\b/u.test(rest)
        ? nearest(rest, published)
        : resolveWording(rest, published, tense ?? 'future', `${before}${byLead[0]}`, after);
    if (!inner.ok || /^\.\.\/|\/\.\.$/u.test(inner.date.edtf)) return relabel(inner, wording);
    return relabel(resolveDate(`../${inner.date.edtf.split('/').pop()}`, published), wording);
  }
  const beforeLead = BEFORE.exec(wording);
  // "antes del 1 de julio" a week ahead, in a sentence read as past: the nearest one.
  if (beforeLead && !/\b\d{4}\b/u.test(wording) && tense === 'past') {
    const inner = nearest(wording.slice(beforeLead[0].length), published);
    if (inner.ok && inner.date.kind === 'single')
      return relabel(resolveDate(`../${inner.date.edtf}`, published), wording);
  }
  if (beforeLead) {
    const inner = resolveDate(wording.slice(beforeLead[0].length), published, tense ?? 'future');
    if (!inner.ok || inner.date.kind !== 'single') return inner;
    return relabel(resolveDate(`../${inner.date.edtf}`, published), wording);
  }
  const until = UNTIL_LEAD.exec(wording);
  if (until && MOVES.test(before))
    return relabel(resolveDate(wording.slice(until[0].length), published, 'future'), wording);
  // "until"/"hasta" a day or month without a year: the occurrence nearest the publication
  // ("held until April" a month later, "ampliado hasta el 30 de abril" four weeks ahead),
  // unless the sentence speaks of the future ("would last until Monday": the coming one).
  // "suspendieron las clases hasta el viernes": until a weekday is the coming one.
  if (until && WEEKDAY_ONLY.test(wording.slice(until[0].length)))
    return resolveDate(wording, published, 'future');
  if (until && !/\b\d{4}\b/u.test(wording) && tense !== 'future')
    return nearest(wording, published);
  return resolveDate(wording, published, tense);
}

/** "from", "a partir de", "starting": the start of an open interval. */
const FROM_LEAD = /^(?:from|a partir del?|starting(?: in| on| from)?|beginning(?: in| on)?)\s+/iu;
/** A weekday alone: "viernes", "Friday". */
const WEEKDAY_ONLY =
  /^(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/iu;

/** A month's or an English weekday's name alone: "January", "noviembre", "Sunday" (in "Sunday's election"). */
const MONTH_ALONE = new RegExp(
  String.raw`^(?:${MONTH_NAMES}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$`,
  'iu',
);

/** The occurrence of a wording without a year nearest the publication, ahead or behind. */
function nearest(wording: string, published: string): DateResult {
  const ahead = resolveDate(wording, published, 'future');
  const behind = resolveDate(wording, published, 'past');
  if (!ahead.ok || !behind.ok) return resolveDate(wording, published);
  const at = Date.parse(`${published}T12:00:00Z`);
  const gap = (r: typeof ahead) =>
    r.ok
      ? Math.min(Math.abs((r.date.max ?? at) - at), Math.abs((r.date.min ?? at) - at))
      : Infinity;
  return gap(behind) < gap(ahead) ? behind : ahead;
}

/** Holidays with a fixed day, as chrono reads a date. */
const HOLIDAY =
  /\b(Christmas(?: Day)?|Christmas Eve|New Year's Day|New Year's Eve|Navidad|Nochebuena|Nochevieja)$/iu;
const HOLIDAYS: Record<string, string> = {
  christmas: 'December 25',
  'christmas day': 'December 25',
  'christmas eve': 'December 24',
  "new year's day": 'January 1',
  "new year's eve": 'December 31',
  navidad: 'December 25',
  nochebuena: 'December 24',
  nochevieja: 'December 31',
};

function relabel(result: DateResult, wording: string): DateResult {
  return result.ok ? { ok: true, date: { ...result.date, wording } } : result;
}
