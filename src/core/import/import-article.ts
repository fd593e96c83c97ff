// core/import owns importing a plain-text article: title, caption, credit, dateline, language, paragraphs.
//
// Article import: a news article in the plain-text shape of the seed (title line;
// photo caption, possibly repeated; credit line starting with a dash; dateline
// "City, Month Day (Outlet) –"; body paragraphs separated by blank lines) becomes a
// source's frontmatter and its paragraphs, verbatim. Main function: `importArticle`.
import * as chrono from 'chrono-node';
import { stringify } from 'yaml';
import { ID_PATTERN, slugify } from '../actors/actors.ts';
import { error, warning, type Diagnostic, type Position, type Result } from '../diagnostics.ts';
import { AGENCY, bylineOf, creditOutletOf, nameAloneOf, type Byline } from './byline.ts';
import { DASH, datelineOf, type Dateline } from './dateline.ts';
import { detectLanguage } from './language.ts';
import { SourceSchema, type SourceMeta } from '../../schema/source.ts';

export type { Dateline } from './dateline.ts';

export interface ImportOptions {
  /** Name of the article file, for diagnostics ("article.txt", "<stdin>"). */
  file: string;
  /** Briefing folder name; derived from the title when absent. */
  slug?: string | undefined;
  /** Publication date, YYYY-MM-DD; needed when the dateline has no year. */
  published?: string | undefined;
  /** Publisher; taken from the dateline's "(Outlet)" when absent. */
  outlet?: string | undefined;
  url?: string | undefined;
  /** BCP 47 tag; detected from the text when absent (en, es, fr, de, pt, it). */
  language?: string | undefined;
}

/** The parts of the plain text, before any option is applied. */
export interface ArticleParts {
  title: string;
  caption?: string;
  credit?: string;
  dateline?: Dateline;
  /** The byline's reporters ("By …", "Redacción: …", "Reporting by …"), out of the body. */
  author?: string;
  /** Credit lines as printed ("Reporting by …; Editing by …"), out of the body. */
  credits?: string;
  /** "This report by The Canadian Press was first published Nov. 28, 2025.": its outlet and date. */
  firstPublished?: Byline;
  /** The outlet a byline or sign-off names ("By Chinwe Okafor, BBC News, Lagos", "© 2025 AFP"). */
  bylineOutlet?: string;
  /** The outlet a photo credit names next to its photographer ("Photo: Jon Borg/Times of Malta"). */
  creditOutlet?: string;
  /** Body paragraphs, verbatim (line ends trimmed, inner line breaks kept). */
  paragraphs: string[];
  /** 1-based line of each paragraph in the article file. */
  paragraphLines: number[];
}

export interface ImportedArticle {
  slug: string;
  meta: SourceMeta;
  paragraphs: string[];
  /** content/briefings/<slug>/source.md */
  sourceMarkdown: string;
  /** content/briefings/<slug>/briefing.md: the briefing's frontmatter to fill in. */
  briefingMarkdown: string;
}

interface Block {
  lines: string[];
  line: number;
}

const CREDIT = new RegExp(`^${DASH}\\s+(\\S.*)$`, 'u');
/** How a sentence, or a dateline Dossier could not read, ends: such a line is never a caption. */
const SENTENCE_END = /[.!?…:;"”’»)。！？．」』）\u2013\u2014-]$/u;
/** UTF-8 (or UTF-16 with a byte-order mark) bytes to text; invalid UTF-8 is an error naming where. */
export function decodeArticle(bytes: Uint8Array, file: string): Result<string | undefined> {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { value: new TextDecoder('utf-16le').decode(bytes.subarray(2)), diagnostics: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { value: new TextDecoder('utf-16be').decode(bytes.subarray(2)), diagnostics: [] };
  try {
    return {
      value: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes),
      diagnostics: [],
    };
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const lines = lossy.slice(0, Math.max(0, lossy.indexOf('\uFFFD'))).split('\n');
    const at = { file, line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
    return {
      value: undefined,
      diagnostics: [
        error(
          at,
          'import-encoding',
          'The article is not valid UTF-8 text, so it cannot be imported safely.',
          'Save it as UTF-8 ("Save with encoding" → UTF-8) and import it again.',
        ),
      ],
    };
  }
}

/** Splits the plain text into title, caption, credit, dateline and paragraphs. */
export function parseArticle(text: string, file: string): Result<ArticleParts | undefined> {
  const diagnostics: Diagnostic[] = [];
  const blocks = toBlocks(text);
  const first = blocks.shift();
  if (!first) {
    return {
      value: undefined,
      diagnostics: [
        error(
          { file, line: 1, column: 1 },
          'import-empty',
          'The article file is empty.',
          'Paste the article as plain text: the title on the first line, then the paragraphs separated by blank lines.',
        ),
      ],
    };
  }
  const [titleLine = '', ...rest] = first.lines;
  if (rest.length > 0) blocks.unshift({ lines: rest, line: first.line + 1 });

  let caption: string | undefined;
  let credit: string | undefined;
  let dateline: Dateline | undefined;
  const bylines: Byline[] = [];
  let stamped: Byline['published'];
  const extraCaption = (block: Block, text: string) =>
    diagnostics.push(
      warning(
        { file, line: block.line, column: 1 },
        'import-header-extra',
        `A second, different caption line is not imported: "${text}".`,
        'If it belongs to the article, add it to the source.md frontmatter or body by hand.',
      ),
    );
  // Header lines, in order: caption (possibly repeated, possibly ending in its photo credit),
  // credit, dateline; a byline ("By …", "Redacción: …") anywhere among them. When a dateline
  // comes within the first few blocks, every line above it is header: a line Dossier cannot
  // place is listed (import-header-unplaced), never put into the body. Without a dateline,
  // a caption is a short line that is not a sentence, and after the credit the body starts.
  const datelineAt = datelineBlock(blocks);
  let consumed = 0;
  for (const [i, block] of blocks.entries()) {
    if (i === datelineAt.index) {
      if (datelineAt.ownLine) {
        dateline = datelineAt.dateline;
        consumed = i + 1;
      }
      break;
    }
    const single = block.lines.length === 1 ? block.lines[0] : bylineBlock(block);
    const header = single === undefined ? undefined : headerLine(single);
    const before = datelineAt.index > i;
    if (header?.kind === 'byline') bylines.push(header.byline);
    else if (header?.kind === 'stamp') {
      if (header.published && stamped === undefined) stamped = header.published;
    } else if (header?.kind === 'credit' && credit === undefined) credit = header.credit;
    else if (header?.kind === 'caption') {
      if (caption === undefined) caption = header.caption;
      else if (!sameText(caption, header.caption)) extraCaption(block, header.caption);
      if (header.credit !== undefined && credit === undefined) credit = header.credit;
    } else if (
      single !== undefined &&
      header === undefined &&
      looksLikeCaption(single) &&
      (credit === undefined || before)
    ) {
      if (caption === undefined) caption = single;
      else if (!sameText(caption, single)) extraCaption(block, single);
    } else if (before) {
      const text = block.lines.join(' ');
      diagnostics.push(
        warning(
          { file, line: block.line, column: 1 },
          'import-header-unplaced',
          `Line ${block.line} is above the dateline "${datelineAt.dateline?.text ?? ''}" but is not a caption, photo credit or byline Dossier reads, so it is left out of the body: "${text.length > 120 ? `${text.slice(0, 119)}…` : text}".`,
          "If it is a caption or a credit, add it to source.md as caption: or credit: by hand; if it is the article's text, move it below the dateline in the article file and import again.",
        ),
      );
    } else break;
    consumed = i + 1;
  }
  blocks.splice(0, consumed);

  // A dateline that starts the first paragraph ("WASHINGTON, Dec 6 (Reuters) - …") is read
  // for its date and outlet; the paragraph keeps it, verbatim.
  const firstParagraph = blocks[0];
  if (!dateline && firstParagraph)
    dateline = datelineOf(firstParagraph.lines[0] ?? '', firstParagraph.line, false);

  const footers: Byline[] = [];
  // Credit lines after the body ("Reporting by …; Editing by …", "Redacción: …", "This
  // report by … was first published …") are not the article's text either.
  for (
    let last = blocks[blocks.length - 1];
    last && blocks.length > 1;
    last = blocks[blocks.length - 1]
  ) {
    // A block of sign-off lines ("EFE" over "mst/fgg/mt") is one only when every line is one.
    const lines = last.lines.map((line) => bylineOf(line, 'footer'));
    if (lines.length === 0 || lines.some((b) => b === undefined)) break;
    footers.unshift(...lines.flatMap((b) => (b ? [b] : [])));
    blocks.pop();
  }
  bylines.push(...footers);
  // "By Marco Aquino and Teresa Céspedes" then "Writing by Marco Aquino": each reporter once.
  const named: string[] = [];
  const authors: string[] = [];
  for (const b of bylines) {
    if (!b.author) continue;
    const people = b.author.split(/\s*(?:,|\band\b|\by\b|&)\s*/u).filter(Boolean);
    const fresh = people.filter((p) => !named.includes(p));
    if (fresh.length === 0) continue;
    named.push(...fresh);
    authors.push(fresh.length === people.length ? b.author : fresh.join(' and '));
  }
  const author = authors.join(' and ');
  const credits = bylines.flatMap((b) => (b.credits ? [b.credits] : [])).join(' ');
  const firstPublished =
    bylines.find((b) => b.published) ?? (stamped ? { published: stamped } : undefined);
  const bylineOutlet = bylines.find((b) => b.outlet)?.outlet;
  const creditOutlet = credit === undefined ? undefined : creditOutletOf(credit);

  const paragraphs = blocks.map((b) => b.lines.join('\n'));
  if (paragraphs.length === 0) {
    diagnostics.push(
      error(
        { file, line: first.line, column: 1 },
        'import-no-body',
        'The article has a title but no body paragraphs.',
        "Put the article's paragraphs after the title (and caption, credit, dateline), separated by blank lines.",
      ),
    );
    return { value: undefined, diagnostics };
  }
  return {
    value: {
      title: titleLine.trim(),
      ...(caption ? { caption } : {}),
      ...(credit ? { credit } : {}),
      ...(dateline ? { dateline } : {}),
      ...(author ? { author } : {}),
      ...(credits ? { credits } : {}),
      ...(firstPublished ? { firstPublished } : {}),
      ...(bylineOutlet ? { bylineOutlet } : {}),
      ...(creditOutlet ? { creditOutlet } : {}),
      paragraphs,
      paragraphLines: blocks.map((b) => b.line),
    },
    diagnostics,
  };
}

/** Parses the article and applies the options: the source frontmatter, paragraphs and both files' text. */
export function importArticle(
  text: string,
  options: ImportOptions,
): Result<ImportedArticle | undefined> {
  const parsed = parseArticle(text, options.file);
  const diagnostics = [...parsed.diagnostics];
  const parts = parsed.value;
  if (!parts) return { value: undefined, diagnostics };
  const at = (line: number): Position => ({ file: options.file, line, column: 1 });

  const published = publishedDate(parts, options, diagnostics);
  const printedOutlet = parts.dateline?.outlet ?? parts.bylineOutlet ?? parts.creditOutlet;
  const outlet = options.outlet?.trim() || (printedOutlet ? outletName(printedOutlet) : undefined);
  if (!outlet) {
    diagnostics.push(
      error(
        at(parts.dateline?.line ?? 1),
        'import-outlet-missing',
        outletMissing(parts),
        `Give the publisher's name as it should appear on the page: npm run new -- ${options.file} --outlet "<publisher>"`,
      ),
    );
  }
  if (options.url !== undefined && !SourceSchema.shape.url.safeParse(options.url).success) {
    diagnostics.push(
      error(
        at(1),
        'import-url-invalid',
        `--url "${options.url}" is not a full http(s) URL.`,
        "Give the address of the article on the publisher's site, starting with https://, or leave --url out.",
      ),
    );
  }
  const language = options.language ?? detectLanguage(parts.paragraphs.join('\n\n'));
  if (
    options.language !== undefined &&
    !SourceSchema.shape.language.safeParse(options.language).success
  ) {
    diagnostics.push(
      error(
        at(1),
        'import-language-invalid',
        `--language "${options.language}" is not a language tag.`,
        'Use a tag like en, es or pt-BR.',
      ),
    );
  }
  const slug = options.slug ?? slugFromTitle(parts.title);
  if (!slug) {
    diagnostics.push(
      error(
        at(1),
        'import-slug-missing',
        `No folder name can be made from the title "${parts.title}".`,
        `Give one: npm run new -- ${options.file} --slug my-briefing (lowercase letters, digits and dashes).`,
      ),
    );
  } else if (!ID_PATTERN.test(slug)) {
    diagnostics.push(
      error(
        at(1),
        'import-slug-invalid',
        `--slug "${slug}" is not a valid folder name; it becomes the briefing's URL.`,
        `Use lowercase letters, digits and dashes, e.g. --slug ${slugify(slug) || 'my-briefing'}.`,
      ),
    );
  }
  if (diagnostics.some((d) => d.severity === 'error') || !published || !outlet || !slug)
    return { value: undefined, diagnostics };

  const meta: SourceMeta = {
    title: parts.title,
    outlet,
    published,
    ...(options.url ? { url: options.url } : {}),
    ...(parts.author ? { author: parts.author } : {}),
    ...(parts.credits ? { credits: parts.credits } : {}),
    ...(parts.dateline ? { dateline: parts.dateline.text } : {}),
    ...(parts.caption ? { caption: parts.caption } : {}),
    ...(parts.credit ? { credit: parts.credit } : {}),
    ...(language ? { language } : {}),
  };
  const checked = SourceSchema.safeParse(meta);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    diagnostics.push(
      error(
        at(1),
        'import-invalid',
        `The imported source would be invalid: field "${String(issue?.path[0] ?? '')}" ${issue?.message ?? 'is invalid'}.`,
        'Fix the article file or the option given for that field.',
      ),
    );
    return { value: undefined, diagnostics };
  }
  return {
    value: {
      slug,
      meta,
      paragraphs: parts.paragraphs,
      sourceMarkdown: sourceMarkdown(meta, parts.paragraphs),
      briefingMarkdown: briefingMarkdown(parts.title),
    },
    diagnostics,
  };
}

/** Blocks of non-blank lines; CRLF/CR, a BOM and trailing spaces are dropped. */
function toBlocks(text: string): Block[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const blocks: Block[] = [];
  let current: Block | undefined;
  lines.forEach((raw, i) => {
    const line = raw.replace(/[\s\uFEFF]+$/u, '').replace(/^[\s\uFEFF]+/u, '');
    if (line === '') {
      current = undefined;
      return;
    }
    if (!current) {
      current = { lines: [], line: i + 1 };
      blocks.push(current);
    }
    current.lines.push(line);
  });
  return blocks;
}

/** An outlet as a page shows it: "EUROPA PRESS" → "Europa Press", "REUTERS" → "Reuters"; acronyms ("EFE", "AP") kept. */
function outletName(printed: string): string {
  const name = printed.trim();
  if (/\p{Ll}/u.test(name)) return name;
  return name.replace(/\p{Lu}{4,}/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase());
}

/** How many blocks a header may take before the body: caption, credit, bylines, dateline. */
const MAX_HEADER_BLOCKS = 8;
/** A header block longer than this is the article's text: no dateline is looked for after it. */
const MAX_HEADER_LINE = 400;

/**
 * The first block that is a dateline, on its own line or opening a paragraph, among the
 * first blocks, each before it short enough to be a header line; index -1 when none.
 */
function datelineBlock(blocks: readonly Block[]): {
  index: number;
  ownLine: boolean;
  dateline?: Dateline;
} {
  for (const [i, block] of blocks.slice(0, MAX_HEADER_BLOCKS).entries()) {
    const first = block.lines[0] ?? '';
    if (block.lines.length === 1) {
      const own = datelineOf(first, block.line, true);
      if (own) return { index: i, ownLine: true, dateline: own };
    }
    const opening = datelineOf(first, block.line, false);
    if (opening) return { index: i, ownLine: false, dateline: opening };
    if ((block.lines.length > 1 && !bylineBlock(block)) || first.length > MAX_HEADER_LINE) break;
  }
  return { index: -1, ownLine: false };
}

/**
 * A byline printed over two lines, the names then the outlet ("By MAURICIO SAVARESE and
 * ELÉONORE HUGHES" over "Associated Press", "By Daniel Politi" over "BBC News, Buenos
 * Aires"), as one line; undefined for any other block.
 */
function bylineBlock(block: Block): string | undefined {
  if (block.lines.length !== 2) return undefined;
  const joined = block.lines.map((l) => l.trim()).join(', ');
  const byline = bylineOf(joined, 'header');
  return byline?.author !== undefined && byline.outlet !== undefined ? joined : undefined;
}

type HeaderLine =
  | { kind: 'byline'; byline: Byline }
  | { kind: 'stamp'; published?: Byline['published'] }
  | { kind: 'credit'; credit: string }
  | { kind: 'caption'; caption: string; credit?: string };

/**
 * A caption that ends in its photo's credit, as AP, AFP and Europa Press print them:
 * "… June 9, 2025. (AP Photo/Name)", "(AP Photo/Name, File)", "(AFP/File)", "(Foto: EFE)";
 * "(archivo)" and "(file)" mark a file photo and stay in the caption.
 */
const CAPTION_CREDIT =
  /^(?<caption>.*\S)\s*\((?<credit>[^()]*(?:\b(?:Photo|Photos|Foto|Fotos|Pool)\b|\/)[^()]*)\)\.?$/iu;
/** "… del puerto de Palma. GUILLEM BOSCH (EFE)": a caption's sentence, then its photographer in capitals and agency. */
const CAPTION_NAME_AGENCY = new RegExp(
  String.raw`^(?<caption>.*\S[.!?])\s+(?<credit>\p{Lu}{2,}(?:[\s-]+\p{Lu}{2,}){1,3}\s*\(${AGENCY}\))$`,
  'u',
);
const CAPTION_FILE = /^.*\S\s*\((?:archivo|file|foto de archivo|file photo)\)\.?$/iu;
/** "… en una fotografía de archivo. EFE/Lourdes Canché": EFE's captions end in "EFE/Name". */
const CAPTION_AGENCY_CREDIT = new RegExp(
  `^(?<caption>.*\\S)\\s+(?<credit>${AGENCY}\\s*\\/\\s*\\p{Lu}[^/()]{1,60})$`,
  'u',
);
/** "Rescuers search the rubble on Tuesday. Photo: Name": a caption whose sentence ends before its credit. */
const CAPTION_TRAILING_CREDIT =
  /^(?<caption>.*\S[.!?])\s+(?<credit>(?:Photo|Photos|Picture|Foto|Fotos|Fotografía|Imagen)\s*:\s*\p{Lu}[^()]{0,80})$/u;
/** "Image caption, …", "Image source, Getty Images", "Pie de foto: …", "Fuente de la imagen, …". */
const IMAGE_LABEL =
  /^(?<label>Image caption|Caption|Pie de foto|Leyenda|Image source|Photo credit|Photograph|Photo|Foto|Fotografía|Fuente de la imagen|Fuente de imagen|Crédito|Credit)\s*[,:]\s*(?<text>\S.*)$/iu;

/** What a line above the body is, when Dossier can tell: a byline, a photo credit or a caption. */
function headerLine(line: string): HeaderLine | undefined {
  const byline = bylineOf(line, 'header') ?? nameAloneOf(line);
  if (byline) return { kind: 'byline', byline };
  const stamp = dateStamp(line);
  if (stamp) return stamp;
  const dash = CREDIT.exec(line)?.[1];
  if (dash) return { kind: 'credit', credit: dash.trim() };
  const label = IMAGE_LABEL.exec(line)?.groups;
  if (label?.['label'] && label['text']) {
    return /caption|pie|leyenda/iu.test(label['label'])
      ? { kind: 'caption', caption: label['text'].trim() }
      : { kind: 'credit', credit: label['text'].trim() };
  }
  if (line.length > MAX_HEADER_LINE) return undefined;
  const credited = (
    CAPTION_CREDIT.exec(line) ??
    CAPTION_AGENCY_CREDIT.exec(line) ??
    CAPTION_NAME_AGENCY.exec(line)
  )?.groups;
  if (credited?.['caption'] && credited['credit'])
    return { kind: 'caption', caption: credited['caption'], credit: credited['credit'].trim() };
  const trailing = CAPTION_TRAILING_CREDIT.exec(line)?.groups;
  if (trailing?.['caption'] && trailing['credit'])
    return { kind: 'caption', caption: trailing['caption'], credit: trailing['credit'].trim() };
  if (CAPTION_FILE.test(line)) return { kind: 'caption', caption: line };
  return undefined;
}

/** "Published 13 May 2026", "Updated: May 13, 2026 10:45 a.m.", "Actualizado: 13/05/2026 10:45": a date line above the body. */
const STAMP =
  /^(?:(?<label>Published|Publicado|Publicada|Posted|Updated|Last updated|Actualizado|Actualizada|Última actualización)\s*:?\s*(?:on\s+|el\s+)?)?(?<date>\S.{5,60})$/iu;
/** What may follow a stamp's date: its time and zone. */
const STAMP_REST =
  /^[\s,.·|-]*(?:(?:a las\s+)?\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s*(?:h|hrs|[A-Z]{2,5}|GMT[+-]\d{1,2}))?)?[\s.]*$/iu;

/** "Palma - ": a city before a stamp's date, as some outlets print it (the whole rest must be a dated stamp). */
const STAMP_PLACE = /^(\p{Lu}[\p{L}'’. ]{1,40}?)\s+[-–—|]\s+(?=\d)/u;

/**
 * A line that is a date alone, maybe labelled and timed: the publication date unless it
 * says "Updated"/"Actualizado" (then only kept out of the body). Undefined for any other line.
 */
function dateStamp(line: string): HeaderLine | undefined {
  // "Palma - 12 nov 2026 - 13:40 CET": the city it was filed from, then the date.
  const filed = STAMP_PLACE.exec(line.trim());
  if (filed?.[1]) return dateStamp(line.trim().slice(filed[0].length));
  const m = STAMP.exec(line.trim())?.groups;
  const text = m?.['date'];
  if (!text || !/\d{4}/u.test(text)) return undefined;
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/u.exec(text);
  for (const parser of [chrono.en, chrono.es]) {
    const [parsed] = numeric ? [] : parser.parse(text, new Date(Date.UTC(2001, 0, 1, 12)));
    const c = parsed?.start;
    const known = c && c.isCertain('year') && c.isCertain('month') && c.isCertain('day');
    if (!known && !numeric) continue;
    const at = numeric ? numeric.index : (parsed?.index ?? 0);
    const end = numeric ? numeric[0].length : at + (parsed?.text.length ?? 0);
    if (at !== 0 || !STAMP_REST.test(text.slice(end))) return undefined;
    const published = numeric
      ? { day: Number(numeric[1]), month: Number(numeric[2]), year: Number(numeric[3]) }
      : { year: c?.get('year') ?? 0, month: c?.get('month') ?? 0, day: c?.get('day') ?? 0 };
    const updated = /^(?:updated|last updated|actualizad[oa]|última actualización)$/iu.test(
      m?.['label'] ?? '',
    );
    return updated ? { kind: 'stamp' } : { kind: 'stamp', published };
  }
  return undefined;
}

/** What the import found where an outlet is printed, for the message that none was. */
function outletMissing(parts: ArticleParts): string {
  const first = parts.paragraphs[0] ?? '';
  const opening = first.length > 60 ? `${first.slice(0, 59)}…` : first;
  const where = parts.dateline
    ? `its dateline "${parts.dateline.text}" (line ${parts.dateline.line}) has no "(Outlet)"`
    : `no dateline was found (the body starts "${opening}")`;
  const byline = parts.author
    ? `the byline names ${parts.author} but no outlet`
    : 'no byline or sign-off names an agency';
  const credit = parts.credit ? `, and the photo credit "${parts.credit}" names no outlet` : '';
  return `The article names no outlet: ${where}, ${credit ? '' : 'and '}${byline}${credit}.`;
}

function looksLikeCaption(line: string): boolean {
  return line.length <= 200 && !SENTENCE_END.test(line.trim());
}

function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
}

function publishedDate(
  parts: ArticleParts,
  options: ImportOptions,
  diagnostics: Diagnostic[],
): string | undefined {
  const d = parts.dateline;
  const where: Position = { file: options.file, line: d?.line ?? 1, column: 1 };
  if (options.published !== undefined) {
    if (!SourceSchema.shape.published.safeParse(options.published).success) {
      diagnostics.push(
        error(
          where,
          'import-published-invalid',
          `--published "${options.published}" is not a calendar date.`,
          'Write it as YYYY-MM-DD, e.g. --published 2025-12-06.',
        ),
      );
      return undefined;
    }
    const [y, mo, da] = options.published.split('-').map(Number);
    if (
      d?.month !== undefined &&
      d.day !== undefined &&
      (d.month !== mo || d.day !== da || (d.year !== undefined && d.year !== y))
    ) {
      diagnostics.push(
        warning(
          where,
          'import-published-mismatch',
          `--published ${options.published} differs from the dateline's date "${d.date ?? ''}".`,
          'Relative dates ("On Friday") count from --published; check which date is right.',
        ),
      );
    }
    return options.published;
  }
  const first = parts.firstPublished?.published;
  if (first && !(d?.year !== undefined)) {
    const iso = `${String(first.year).padStart(4, '0')}-${String(first.month).padStart(2, '0')}-${String(first.day).padStart(2, '0')}`;
    if (SourceSchema.shape.published.safeParse(iso).success) return iso;
  }
  if (d?.month !== undefined && d.day !== undefined && d.year !== undefined) {
    const iso = `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
    if (SourceSchema.shape.published.safeParse(iso).success) return iso;
  }
  const message = d?.date
    ? `The dateline "${d.text}" has no year, so the publication date is not known.`
    : 'The article has no dated dateline, so the publication date is not known.';
  const example =
    d?.month !== undefined && d.day !== undefined
      ? `YYYY-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`
      : 'YYYY-MM-DD';
  diagnostics.push(
    error(
      where,
      'import-published-missing',
      message,
      `Give it with --published: npm run new -- ${options.file} --published ${example}`,
    ),
  );
  return undefined;
}

const SLUG_STOPWORDS = new Set([
  'a',
  'an',
  'the',
  'to',
  'of',
  'in',
  'on',
  'for',
  'and',
  'or',
  'with',
  'by',
  'at',
  'from',
  'as',
  'de',
  'del',
  'la',
  'el',
  'los',
  'las',
  'le',
  'les',
  'des',
  'du',
  'y',
  'e',
  'et',
  'en',
  'der',
  'die',
  'das',
  'und',
  'do',
  'da',
]);

/** The first few meaningful words of the title: "maduro-offers-police-cooperation-agreements-neighboring". */
export function slugFromTitle(title: string, maxWords = 6): string {
  const words = slugify(title.replace(/['’]/gu, '')).split('-').filter(Boolean);
  const meaningful = words.filter((w) => !SLUG_STOPWORDS.has(w));
  return (meaningful.length > 0 ? meaningful : words)
    .slice(0, maxWords)
    .join('-')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** One YAML scalar as the yaml library writes it: plain when it reads back as the same string, quoted otherwise. */
function yamlScalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

export function sourceMarkdown(meta: SourceMeta, paragraphs: readonly string[]): string {
  const fields: [string, string | undefined][] = [
    ['title', meta.title],
    ['outlet', meta.outlet],
    ['published', meta.published],
    ['url', meta.url],
    ['author', meta.author],
    ['credits', meta.credits],
    ['dateline', meta.dateline],
    ['caption', meta.caption],
    ['credit', meta.credit],
    ['language', meta.language],
  ];
  const yaml = fields
    .filter((f): f is [string, string] => f[1] !== undefined)
    .map(([key, value]) => `${key}: ${yamlScalar(value)}`)
    .join('\n');
  return `---\n${yaml}\n---\n\n${paragraphs.join('\n\n')}\n`;
}

export function briefingMarkdown(title: string): string {
  return [
    '---',
    `title: ${yamlScalar(title)}`,
    '# One or two sentences for the index, the feed and link previews.',
    'summary: ""',
    '# Lowercase kebab-case, e.g. [venezuela, organized-crime].',
    'tags: []',
    '# A draft is checked and previewed, never published: delete this line to publish.',
    'status: draft',
    '---',
    '',
  ].join('\n');
}
