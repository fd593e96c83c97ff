// Datelines: "Madrid, December 6 (European Press) –", "WASHINGTON, Dec. 5, 2025
// (Reuters) -", "MADRID, 6 Dic. (EUROPA PRESS) -", "Caracas, 5 dic (EFE).-",
// "EDMONTON, Alberta, July 22 (Reuters) -": the place (with its region), the printed
// date (read by chrono in the languages it knows, abbreviated months included) and
// the outlet. Main function: `datelineOf`.
import * as chrono from 'chrono-node';
import { AGENCY } from './byline.ts';

/** The dashes a dateline ends with and a credit line starts with. */
export const DASH = '[\\u2013\\u2014\\u2012\\u2015-]';

/**
 * "Madrid, December 6 (European Press) –", "WASHINGTON, Dec 6 (Reuters) -", "Caracas, 5 dic
 * (EFE).-" (the Spanish wires' ".-"), "PORT ALDER, British Columbia, March 14 (Reuters) -":
 * as its own line or at the start of the first paragraph.
 */
const DATELINE = new RegExp(
  `^(?<place>[^\\s,()][^,()\\n]{0,60}?(?:\\s*\\([^()\\n\\d]{2,40}\\))?(?:,\\s*[^\\s,()\\d][^,()\\n\\d]{1,40}?)?),\\s*(?<date>[^,()\\n]{3,40}?(?:,?\\s*\\d{4})?)\\s*(?:\\((?<outlet>[^()\\n]{2,60})\\))?\\s*(?<dash>\\.?${DASH}{1,2})(?:\\s+|$)`,
  'u',
);
/** "WASHINGTON (AP) —", "ASUNCIÓN, Paraguay (AP) —": a dateline with no date, as its own line. */
const DATELINE_NO_DATE = new RegExp(
  `^(?<place>[^\\s,()][^,()\\n]{0,60}?(?:,\\s*[^\\s,()\\d][^,()\\n\\d]{1,40}?)?)\\s*\\((?<outlet>[^()\\n]{2,60})\\)\\s*${DASH}{1,2}\\s*$`,
  'u',
);
/**
 * The same opening the first paragraph ("ASUNCIÓN, Paraguay (AP) — Thousands of…",
 * "McALLEN, Texas, EE.UU. (AP) — …"): only with the place in capitals (a "Mc"/"Mac" prefix
 * aside), as the wires print it, so that "The union (CUPE) — …" is not one.
 */
const DATELINE_NO_DATE_OPENING = new RegExp(
  `^(?<place>\\p{Lu}(?:a?c(?=\\p{Lu}))?[\\p{Lu}\\p{M} .'’-]{1,40}(?:,\\s*[^\\s,()\\d][^,()\\n\\d]{1,40}?){0,2})\\s*\\((?<outlet>[^()\\n]{2,60})\\)\\s*${DASH}{1,2}(?:\\s+|$)`,
  'u',
);
/**
 * "Kampala (AFP) - …", "La Habana (AFP) - …": the place in any case when the parenthesis
 * names a news agency, as AFP prints its datelines.
 */
const DATELINE_AGENCY_OPENING = new RegExp(
  `^(?<place>\\p{Lu}[\\p{L}\\p{M} .'’-]{1,40}(?:,\\s*[^\\s,()\\d][^,()\\n\\d]{1,40}?){0,2})\\s*\\((?<outlet>${AGENCY})\\)\\s*\\.?${DASH}{1,2}(?:\\s+|$)`,
  'u',
);
/**
 * "Guayaquil, 15 de agosto de 2025", "Quito, August 15, 2025": a place and a full date with
 * its year, as its own line, as some broadcasters' sites print it (no outlet, no dash).
 */
const DATELINE_PLACE_DATE =
  /^(?<place>\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{L}[\p{L}\p{M}'’.-]*){0,3}),\s*(?<date>[^,()\n]{3,40}?,?\s*\d{4})\.?$/u;
/** The languages a dateline's date is read in, in order. */
const LOCALES = [chrono.en, chrono.es, chrono.fr, chrono.de, chrono.pt, chrono.it, chrono.nl];

export interface Dateline {
  /** As printed, without the closing dash: "Madrid, December 6 (European Press)". */
  text: string;
  place: string;
  /** The printed date ("December 6"), when there is one. */
  date?: string;
  /** Month and day read from the date, and the year when printed. */
  month?: number;
  day?: number;
  year?: number;
  /** The "(Outlet)" part. */
  outlet?: string;
  line: number;
}

/** The dateline in `line`: on its own line (`ownLine`, the whole line, date optional) or opening a paragraph (a date required unless the place is in capitals). */
export function datelineOf(
  line: string,
  lineNumber: number,
  ownLine: boolean,
): Dateline | undefined {
  const m = DATELINE.exec(line);
  const g = m?.groups;
  if (m && g?.['place'] && g['date'] && (!ownLine || m[0].length === line.length)) {
    const date = readDate(g['date']);
    if (date) {
      const text = line
        .slice(0, m.index + m[0].length)
        .replace(new RegExp(`\\s*\\.?${DASH}{1,2}\\s*$`, 'u'), '')
        .trim();
      return {
        text,
        place: g['place'].trim(),
        date: g['date'].trim(),
        ...date,
        ...(g['outlet'] ? { outlet: g['outlet'].trim() } : {}),
        line: lineNumber,
      };
    }
  }
  const placeDate = ownLine ? DATELINE_PLACE_DATE.exec(line.trim()) : null;
  if (placeDate?.groups?.['place'] && placeDate.groups['date']) {
    const date = readDate(placeDate.groups['date']);
    if (date?.year !== undefined)
      return {
        text: line.trim().replace(/\.$/u, ''),
        place: placeDate.groups['place'],
        date: placeDate.groups['date'].trim(),
        ...date,
        line: lineNumber,
      };
  }
  const n = ownLine
    ? DATELINE_NO_DATE.exec(line)
    : (DATELINE_NO_DATE_OPENING.exec(line) ?? DATELINE_AGENCY_OPENING.exec(line));
  if (n?.groups?.['place'] && n.groups['outlet']) {
    const text = n[0].replace(new RegExp(`\\s*${DASH}{1,2}\\s*$`, 'u'), '').trim();
    return {
      text,
      place: n.groups['place'].trim(),
      outlet: n.groups['outlet'].trim(),
      line: lineNumber,
    };
  }
  return undefined;
}

/** Month and day (and year when printed) of a dateline's date, in any language chrono reads. */
function readDate(text: string): { month: number; day: number; year?: number } | undefined {
  if (!/\d/.test(text)) return undefined;
  const reference = new Date(Date.UTC(2001, 0, 1, 12));
  for (const locale of LOCALES) {
    const [result] = locale.parse(text, { instant: reference, timezone: 0 });
    if (!result || result.text.length < text.trim().replace(/[.,]$/, '').length - 1) continue;
    const c = result.start;
    if (!c.isCertain('month') || !c.isCertain('day')) continue;
    const month = c.get('month');
    const day = c.get('day');
    if (month === null || day === null) continue;
    const year = c.isCertain('year') ? c.get('year') : null;
    return { month, day, ...(year !== null ? { year } : {}) };
  }
  return undefined;
}
