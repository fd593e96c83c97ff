// Bylines and credit lines of wire copy, which are not the article's text: "By Sofia
// Lindgren", "Por Alejandro Montero", "Redacción: Carmen Villalobos" above the body;
// "Reporting by Priya Natarajan in Port Alder; Editing by Thomas Whitcombe" and "This
// report by The Canadian Press was first published Nov. 28, 2025." or "Associated Press
// writer … contributed to this report." below it. Main
// function: `bylineOf(line)`.
import * as chrono from 'chrono-node';
import de from 'gender-detection-from-name/names/de.js';
import en from 'gender-detection-from-name/names/en.js';
import es from 'gender-detection-from-name/names/es.js';
import it from 'gender-detection-from-name/names/it.js';
import { isPlaceName } from '../places/places.ts';

export interface Byline {
  /** The reporters' names ("Priya Natarajan", "Ana Ruiz and Luis Pérez"), when the line names any. */
  author?: string;
  /** The line as printed when it says more than the author (editing, additional reporting). */
  credits?: string;
  /** "This report by The Canadian Press was first published …": the outlet and its date. */
  outlet?: string;
  published?: { year: number; month: number; day: number };
}

/** One name: capitalised words, particles allowed between ("María de los Ángeles Pérez"). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|del|la|las|los|da|do|dos|van|von|der|y)\s+)*\p{Lu}[\p{L}'’.-]*)*`;
/** Names joined by commas, "and", "y", "e", "&". */
const NAMES = String.raw`${NAME}(?:\s*(?:,|\band\b|\by\b|\be\b|&)\s*${NAME})*`;
const NAMES_RE = new RegExp(NAME, 'gu');

/** The agencies a byline may name after the reporter: "By Colleen Arsenault, The Canadian Press". */
export const AGENCY = String.raw`(?:The\s+)?(?:Associated\s+Press|Canadian\s+Press|Press\s+Association|AP|CP|Reuters|REUTERS|AFP|Agence\s+France-Presse|Bloomberg(?:\s+News)?|EFE|Agencia\s+EFE|Europa\s+Press|EUROPA\s+PRESS|ANSA|dpa|DPA|Xinhua|UPI)`;
const AGENCY_RE = new RegExp(`^${AGENCY}$`, 'u');
/**
 * A part of a byline after the names that names an outlet rather than a person: an agency,
 * or words a newsroom's name ends with ("BBC News", "The Guardian", "El País" are not
 * told apart from a place, so only these shapes count).
 */
const OUTLET_PART =
  /^(?:The\s+)?(?:\p{Lu}[\p{L}.&-]*\s+)*(?:News|Press|Times|Post|Herald|Journal|Tribune|Radio|TV|Television|Televisión|Noticias|Diario|Agency|Agencia|Wire|Service)(?:\s+\p{Lu}[\p{L}.&-]*)*$/u;
/** "By Sofia Lindgren", "Por Alejandro Montero", "Redacción: Carmen Villalobos", "By JANE DOE Associated Press". */
const HEADER_BYLINE = new RegExp(
  String.raw`^(?:(?:By|BY|Por|POR)\s+|(?:Redacción|Redaccion|REDACCIÓN|Texto|Reportaje|Escrito por|Written by|Reporting by|Story by)\s*:?\s*)(?<names>${NAMES})\s*\.?$`,
  'u',
);
const TRAILING_AGENCY = new RegExp(String.raw`\s*[,/|–—-]?\s*${AGENCY}$`, 'u');
/**
 * "Associated Press writer Mateo Ferreyra in Buenos Aires contributed to this report.",
 * "Ana Ruiz in Lima contributed reporting.": contributors named below the body.
 */
const CONTRIBUTED =
  /^(?:[^.;]{0,60}?\b(?:writers?|reporters?|correspondents?|journalists?|photographers?|staff)\s+)?(?<names>\p{Lu}.*?)\s+contributed(?:\s+reporting(?:\s+to\s+this\s+(?:report|story|article))?|\s+to\s+this\s+(?:report|story|article))\.?$/u;
/** "Associated Press writer Tomás Ibarra in Mexico City contributed.": a contributor named by role, without "to this report". */
const CONTRIBUTED_BARE =
  /^[^.;]{0,60}?\b(?:writers?|reporters?|correspondents?|journalists?|photographers?|staff)\s+(?<names>\p{Lu}[^.;]*?)\s+contributed\.?$/u;
/**
 * "El periodista de The Associated Press Iván Rentería en Monterrey contribuyó a este despacho.",
 * "Las periodistas Ana Ruiz y Luisa Paz colaboraron con esta información.": the Spanish
 * sign-off naming contributors below the body.
 */
const CONTRIBUTED_ES = new RegExp(
  String.raw`^(?:(?:El|La|Los|Las)\s+)?(?:periodistas?|reporter[oa]s?|corresponsal(?:es)?|fotógraf[oa]s?|redactor(?:a|as|es)?|escritor(?:a|as|es)?)(?:\s+(?:de|del)\s+(?:la\s+agencia\s+)?${AGENCY})?\s+(?<names>\p{Lu}[^.;]*?)\s+(?:contribuyó|contribuyeron|colaboró|colaboraron)(?:\s+(?:a|en|con)\s+(?:este|esta)\s+(?:despacho|informe|nota|reportaje|artículo|información|reporte))?\.?$`,
  'u',
);
/** "Ostrowski reported from San Juan, Puerto Rico.": where a reporter of the byline filed from. */
const REPORTED_FROM =
  /^(?<names>\p{Lu}[\p{L}'’.-]+(?:\s+(?:and|y)\s+\p{Lu}[\p{L}'’.-]+)*)\s+(?:reported|contributed)\s+from\s+\p{Lu}[^.;]{0,80}\.?$/u;
/** "ojl/rcf", "lp/mr/dga", "bur-ds/jhb": the initials of the wire's editors. */
const EDITOR_INITIALS = /^[a-z]{1,5}(?:[/-][a-z]{1,5}){1,5}$/u;
/** "(c) Agencia EFE", "© 2025 AFP", "Copyright 2025 The Associated Press", "AFP", "— Reuters". */
const AGENCY_LINE = new RegExp(
  String.raw`^(?:[–—-]\s*)?(?:(?:\(c\)|©|Copyright)\s*(?:\d{4}\s+)?)?(?<agency>${AGENCY})\.?(?:\s+(?:All rights reserved|Todos los derechos reservados)\.?)?$`,
  'iu',
);
/** "© 2025 Europa Press. Está expresamente prohibida la redistribución …": a copyright notice of any length after the agency. */
const COPYRIGHT_LINE = new RegExp(
  String.raw`^(?:\(c\)|©|Copyright)\s*(?:\d{4}\s+)?(?<agency>${AGENCY})[.,]\s+\S.*$`,
  'iu',
);
/** "Follow AP's coverage of Latin America at https://…": a newsroom's pointer, not the story. */
const FOLLOW_LINK =
  /^(?:Follow|Read more|Read|More|See|Sigue|Siga|Lea|Más)\b[^\n]{0,200}?https?:\/\/\S+\.?$/iu;

/** A wire's sign-off line below the body that names no author: editors' initials, the agency, a link. */
function signOffOf(text: string): Byline | undefined {
  const agency = (AGENCY_LINE.exec(text) ?? COPYRIGHT_LINE.exec(text))?.groups?.['agency'];
  if (agency) return { credits: text, outlet: agency.replace(/\s+/gu, ' ') };
  if (EDITOR_INITIALS.test(text) || FOLLOW_LINK.test(text)) return { credits: text };
  // "___", "* * *", "---": a rule before the sign-offs, nothing to keep.
  if (/^(?:[_*#=~–—-]\s*){3,}$/u.test(text)) return {};
  if (CONTRIBUTED_BARE.test(text) || REPORTED_FROM.test(text) || CONTRIBUTED_ES.test(text))
    return { credits: text };
  return undefined;
}
/** One part of a credit line: "Reporting by X in City", "Additional reporting by Y", "Editing by Z and W". */
const CREDIT_PART =
  /^(?<role>(?:with\s+(?:additional\s+)?|additional\s+|con\s+)?(?:reporting|writing|editing|edited|contributing|compiled|graphics|information|información|edición|editado|redacción|redactado|reporte|reportería|escrito|texto|fotos?|photos?)(?:\s+adicional)?(?:\s+by|\s+de|\s+por)?)\s*:?\s+(?<names>.+)$/iu;
/** "This report by The Canadian Press was first published Nov. 28, 2025." */
const FIRST_PUBLISHED =
  /^This (?:report|story|article) by (?<outlet>.+?) was first published (?<date>.+?)\.?$/u;

/** The byline or credit in `line`, or undefined when it is a line of the article. */
export function bylineOf(line: string, where: 'header' | 'footer'): Byline | undefined {
  const text = line.trim();
  if (text.length > 240) return undefined;
  const firstPublished = FIRST_PUBLISHED.exec(text)?.groups;
  if (firstPublished?.['outlet'] && firstPublished['date']) {
    const [parsed] = chrono.en.parse(firstPublished['date'], new Date(Date.UTC(2001, 0, 1, 12)));
    const c = parsed?.start;
    const published =
      c && c.isCertain('year') && c.isCertain('month') && c.isCertain('day')
        ? { year: c.get('year') ?? 0, month: c.get('month') ?? 0, day: c.get('day') ?? 0 }
        : undefined;
    return {
      outlet: firstPublished['outlet'].trim(),
      credits: text,
      ...(published ? { published } : {}),
    };
  }
  // "By Jane Doe | Reuters", "Por Ana Ruiz | El Tiempo": a bar between the names and the outlet reads as a comma.
  const header = HEADER_BYLINE.exec(text.replace(/\s+\|\s+/gu, ', '))?.groups?.['names'];
  if (header && (where === 'header' || /:/u.test(text))) {
    // "By Chinwe Okafor, BBC News, Lagos": the names, the outlet, the place it was filed from.
    const parts = header.split(/\s*,\s*/u);
    // "Por Daniela Cedeño, Ecuavisa": one word after the names, not a place, is the outlet;
    // so is a newspaper's name after them, article first ("…, El Nuevo Día").
    const outletAt = parts.findIndex(
      (p, i) =>
        i > 0 &&
        (AGENCY_RE.test(p) ||
          OUTLET_PART.test(p) ||
          (i === parts.length - 1 && /^\p{Lu}[\p{L}&-]+$/u.test(p) && !isPlaceName(p)) ||
          // "Por Valeria Colón Ortiz, El Nuevo Día": a newspaper's name, article first.
          (i === parts.length - 1 &&
            /^(?:El|La|Los|Las|The|Le|Il|O|A)\s+\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,2}$/u.test(
              p,
            ) &&
            !isPlaceName(p))),
    );
    const named = outletAt === -1 ? parts : parts.slice(0, outletAt);
    // "By Jane Doe, Nairobi": where it was filed from is no reporter.
    while (named.length > 1 && isPlaceName(named[named.length - 1] ?? '')) named.pop();
    const names = named.join(', ');
    const agency = TRAILING_AGENCY.exec(names)?.[0];
    const author = names.replace(TRAILING_AGENCY, '').trim();
    // "Redacción Ecuavisa", "Redacción BBC Mundo": a newsroom, not a reporter (one word, or an outlet's shape).
    if (
      /^(?:Redacción|Redaccion|REDACCIÓN)\b/u.test(text) &&
      outletAt === -1 &&
      (!/\s/u.test(author) || OUTLET_PART.test(author) || AGENCY_RE.test(author))
    )
      return { outlet: author, credits: text };
    const outlet =
      outletAt !== -1
        ? parts[outletAt]
        : agency?.replace(/^\s*[,/|–—-]?\s*/u, '').trim() || undefined;
    if (author) return { author: titleCase(author), ...(outlet ? { outlet } : {}) };
  }
  const signOff = where === 'footer' ? signOffOf(text) : undefined;
  if (signOff) return signOff;
  const contributed = where === 'footer' ? CONTRIBUTED.exec(text)?.groups?.['names'] : undefined;
  if (contributed && namesIn(contributed).length > 0) return { credits: text };
  // A footer of credit parts separated by semicolons, each naming its role, in
  // parentheses or not: "(Reporting by …; Editing by …)", "(Reporte de …; editado por …)".
  const parts = text
    .replace(/^\((.*)\)\.?$/u, '$1')
    .replace(/\.$/u, '')
    .split(/\s*;\s*/u)
    .map((p) => CREDIT_PART.exec(p)?.groups);
  // Each part names someone: "Edited out of the final report, …" is a sentence of the story.
  if (
    parts.length === 0 ||
    parts.some((p) => !/^(?:\p{Lu}|(?:the|la|el|los|las)\s+\p{Lu})/u.test(p?.['names'] ?? ''))
  )
    return undefined;
  const reporters = parts
    .filter(
      (p) =>
        p &&
        /^(?:reporting|writing|redacción|redactado|reporte|reportería|escrito|texto|información)/iu.test(
          p['role'] ?? '',
        ),
    )
    .map((p) => namesIn(p?.['names'] ?? ''))
    .flat();
  return {
    ...(reporters.length > 0 ? { author: reporters.join(' and ') } : {}),
    credits: text,
  };
}

/** The people named in "Priya Natarajan in Port Alder" or "Rosalind Hayes and Paul Kerrigan": the place after "in"/"en" left out. */
function namesIn(text: string): string[] {
  return text
    .split(/\s*(?:;|\band\b|\by\b|&)\s*/u)
    .map((part) => part.replace(/\s+(?:in|en|from|desde)\s+\p{Lu}.*$/u, ''))
    .flatMap((people) => [...people.matchAll(NAMES_RE)].map((m) => m[0].trim()))
    .filter(Boolean);
}

/** "DANIELA ORTIZ" → "Daniela Ortiz", as bylines print names in capitals; mixed case kept. */
function titleCase(names: string): string {
  // Capitals but for the words that join names: "MARISOL DURÁN and KEVIN OSTROWSKI".
  if (
    names.replace(/\b(?:and|y|e)\b/gu, '') !== names.replace(/\b(?:and|y|e)\b/gu, '').toUpperCase()
  )
    return names;
  return names.replace(/\p{Lu}[\p{Lu}\p{M}'’.-]+/gu, (word) =>
    /^(?:DE|DEL|LA|LAS|LOS|Y|VAN|VON|DER|DA|DOS)$/u.test(word)
      ? word.toLowerCase()
      : // "MENSAH-BOATENG" → "Mensah-Boateng", "O'BRIEN" → "O'Brien": each part capitalised.
        word
          .toLowerCase()
          .replace(
            /(^|[-'’])(\p{Ll})/gu,
            (_, mark: string, letter: string) => mark + letter.toUpperCase(),
          ),
  );
}

/** A person's name alone: two to four capitalised words, particles allowed between ("Daniela Abela", "José de la Vega"). */
const NAME_ALONE =
  /^\p{Lu}[\p{Ll}'’-]+(?:\s+(?:(?:de|del|la|las|los|da|do|dos|van|von|der)\s+)*\p{Lu}[\p{L}'’-]+){1,3}$/u;

/** Whether a given-name list of gender-detection-from-name knows `word` ("Daniela", "Encarna"). */
function givenName(word: string): boolean {
  const folded = word.toLowerCase();
  return [en, es, it, de].some((list) => list.has(folded));
}

/**
 * A header line that is a reporter's name alone, as local papers print their byline with no
 * "By" ("Daniela Abela", or "Daniela Abela, Times of Malta" with an outlet's name after a
 * comma): two to four capitalised words opening with a given name the lists know, not a
 * place and not an outlet's shape. Undefined for anything else.
 */
export function nameAloneOf(line: string): Byline | undefined {
  // "Daniela Abela, Times of Malta": the outlet after a comma, as a byline prints it.
  // "Sigrún Hallsdóttir in Reykjavík": the city it was filed from after "in".
  const filed = /^(\S.*?)\s+in\s+(\p{Lu}.*)$/u.exec(line.trim());
  // A name's shape is enough there (a given name the list lacks too): "in" and a place that
  // follow it are a byline's.
  if (filed?.[1] && filed[2] && isPlaceName(filed[2]))
    return NAME_ALONE.test(filed[1]) && !AGENCY_RE.test(filed[1]) && !OUTLET_PART.test(filed[1])
      ? { author: filed[1] }
      : undefined;
  const [name = '', outlet, ...more] = line.trim().split(/\s*[,|]\s*/u);
  if (more.length > 0) return undefined;
  if (!NAME_ALONE.test(name) || AGENCY_RE.test(name) || OUTLET_PART.test(name)) return undefined;
  if (isPlaceName(name) || !givenName(name.split(/\s+/u)[0] ?? '')) return undefined;
  if (outlet === undefined) return { author: name };
  if (outletShaped(outlet)) return { author: name, outlet };
  // "Daniela Abela, Valletta": where it was filed from.
  return isPlaceName(outlet) ? { author: name } : undefined;
}

/** An outlet's name as a byline or credit prints it: an agency, a newsroom's word, an article first, "X of Y". */
function outletShaped(side: string): boolean {
  return (
    AGENCY_RE.test(side) ||
    OUTLET_PART.test(side) ||
    /^(?:The|El|La|Los|Las|Le|Il)\s+\p{Lu}/u.test(side) ||
    /^\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)*\s+of\s+\p{Lu}/u.test(side)
  );
}

/**
 * The outlet a photo credit names next to the photographer: "Jon Borg/Times of Malta",
 * "AP Photo/Name", "EFE/Name", "Name/La Opinión de Murcia". The side that is an agency, has
 * an outlet's shape, opens with an article or holds "of" is the outlet, when the other side
 * is a person's name. Undefined when the credit names a person alone ("Rebecca Cutajar").
 */
export function creditOutletOf(credit: string): string | undefined {
  const text = credit
    .trim()
    .replace(/^\(|\)\.?$/gu, '')
    .replace(/^(?:Photo|Photos|Picture|Foto|Fotos|Fotografía|Imagen)\s*:\s*/iu, '')
    .replace(/,\s*(?:File|Archivo)$/iu, '');
  const sides = text.split(/\s*\/\s*/u);
  if (sides.length !== 2) return undefined;
  const outletShape = outletShaped;
  const [a = '', b = ''] = sides.map((side) =>
    side.replace(/\s+(?:Photo|Photos|Foto|Fotos)$/iu, '').trim(),
  );
  const person = new RegExp(`^${NAME}$`, 'u');
  if (outletShape(a) && person.test(b) && !outletShape(b)) return a;
  if (outletShape(b) && person.test(a) && !outletShape(a)) return b;
  return undefined;
}
