// core/markdown owns the editor's markdown files: frontmatter, annotation directives and their fences, notes to safe HTML.
//
// Annotation files: markdown with :::quote, :::event, :::claim, :::actor and :::note
// container directives (an event or a claim may hold :::evidence blocks). Parses one file into raw annotations (attributes,
// blockquoted words, note HTML, positions) and reports directive and attribute
// mistakes. Main function: `parseAnnotations(file, body, bodyLine)`.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Blockquote, Nodes, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { z } from 'zod';
import { error, type Diagnostic, type Position, type Result } from '../diagnostics.ts';
import { mdastToHtml } from './markdown.ts';
import { parseFences } from './directive-fences.ts';
import { lintFences, type FenceLayout } from './fence-lint.ts';
import { parsePlain } from './plain-blocks.ts';
import { didYouMean } from '../did-you-mean.ts';
import {
  DIRECTIVES,
  HOLDS_EVIDENCE,
  NESTED_DIRECTIVES,
  type DirectiveName,
} from '../../schema/directives.ts';

/** What a block holds besides its attributes: its blockquoted words and its note. */
interface RawContent {
  /** Where the directive starts. */
  at: Position;
  /** The blockquoted words, when the directive has a blockquote. */
  words?: string;
  /** Where the blockquote starts. */
  wordsAt?: Position;
  /** Where each attribute's name is written on the opening line (absent: at `at`). */
  attributesAt?: Partial<Record<string, Position>>;
  /** The rest of the directive's content, as sanitised HTML ('' when none). */
  noteHtml: string;
  /** The note as plain text, for labels. */
  noteText: string;
}

export interface RawAnnotation<N extends DirectiveName = DirectiveName> extends RawContent {
  directive: N;
  attributes: z.output<(typeof DIRECTIVES)[N]>;
  /**
   * The attributes still a `fill-in-…` placeholder, kept as written: only with
   * `placeholders: 'draft'` (the dev preview), which shows the block flagged.
   */
  toFill?: PreviewPlaceholder[];
  /** The :::evidence blocks inside it, in file order (only an event or a claim has any). */
  evidence: RawEvidence[];
}

/** An :::evidence block inside an event or a claim. */
export interface RawEvidence extends RawContent {
  attributes: z.output<typeof NESTED_DIRECTIVES.evidence>;
}

export type AnyRawAnnotation = { [N in DirectiveName]: RawAnnotation<N> }[DirectiveName];

export interface ParsedAnnotations {
  annotations: AnyRawAnnotation[];
  /** Markdown outside any directive, rendered (briefing.md's introduction). */
  proseHtml: string;
  /** Where the first such prose starts, when there is any. */
  proseAt?: Position;
}

const NAMES = Object.keys(DIRECTIVES) as DirectiveName[];

function isName(name: string): name is DirectiveName {
  return (NAMES as string[]).includes(name);
}

const parser = unified().use(remarkParse).use(remarkDirective).freeze();

type Point = NonNullable<Root['position']>['start'];

/** A plain opening fence: three colons, a name, attributes; no label, no indent. */
const OPENING = /^:::[A-Za-z][\w-]*(?:\{.*\})? *$/;
const CLOSING = /^::: *$/;
const QUOTE_MARKER = /^ {0,3}> ?/;
/** Starts of anything but paragraph text: lists, code, HTML, headings, rules, definitions, directives. */
const BLOCK_START = /^ {4}|^ *(?:[-*+=_#<`~|[:]|\d{1,9}[.)])/;

/**
 * The mdast of an annotation file's body: exactly `parser.parse(body)`, faster for the
 * usual shape. micromark parses a directive block's content as a document of its own,
 * which costs far more than the same lines at the top level. So when every block is
 * a plain ":::name{…}" … ":::" pair whose lines are only paragraph text, blank lines and
 * blockquotes of them, the fences and the prose between blocks are parsed with the
 * blocks' lines removed, the blocks' lines with everything else emptied, and each
 * block gets the nodes on its lines. The blocks' lines skip micromark altogether when
 * they are plain words (`parsePlain`, which builds the same tree), and so do the fences
 * and the prose between blocks when the fences' attributes are of a simple kind and
 * the prose is plain words (`parseFences`, which builds the same tree). Line and column are
 * kept by emptying lines or mapping the outer text's lines back to the file's, and
 * offsets follow from them (no tabs or CRs). A body with
 * "]:" is parsed whole: a definition there would make links of brackets in any part.
 * Anything else, or any tree that does not line up with the fences, is parsed whole.
 */
export function parseBody(body: string): Root {
  if (/[\t\r\0\uFEFF]|\]:/.test(body)) return parser.parse(body);
  const lines = body.split('\n');
  /** [opening line, closing line] of each block, 0-based. */
  const blocks: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^ *:/.test(line)) {
      if (open === -1 && OPENING.test(line)) open = i;
      else if (open !== -1 && CLOSING.test(line)) {
        blocks.push([open, i]);
        open = -1;
      } else return parser.parse(body);
    } else if (open !== -1) {
      let rest = line;
      for (let m = QUOTE_MARKER.exec(rest); m; m = QUOTE_MARKER.exec(rest))
        rest = rest.slice(m[0].length);
      if (BLOCK_START.test(rest)) return parser.parse(body);
    }
  }
  if (open !== -1 || blocks.length === 0) return parser.parse(body);

  const inside = new Array<boolean>(lines.length).fill(false);
  for (const [from, to] of blocks) for (let i = from + 1; i < to; i++) inside[i] = true;
  /** The file line of each line of the outer text, 1-based. */
  const outerLines: number[] = [];
  const outerText = lines.filter((_, i) => {
    if (inside[i]) return false;
    outerLines.push(i + 1);
    return true;
  });
  const outer = parseFences(outerText) ?? parser.parse(outerText.join('\n'));
  const innerLines = lines.map((l, i) => (inside[i] ? l : ''));
  const inner = parsePlain(innerLines) ?? parser.parse(innerLines.join('\n'));

  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  // Nodes can share point objects: each is moved once.
  const placed = new Set<Point>();
  const place = (node: Nodes, lineOf: (line: number) => number) => {
    const p = node.position;
    if (p) {
      for (const point of [p.start, p.end]) {
        if (placed.has(point)) continue;
        placed.add(point);
        point.line = lineOf(point.line);
        point.offset = (lineStarts[point.line - 1] ?? 0) + point.column - 1;
      }
    }
    if ('children' in node) for (const child of node.children) place(child, lineOf);
  };
  place(outer, (line) => outerLines[line - 1] ?? 0);

  const containers = outer.children.filter((n) => n.type === 'containerDirective');
  if (containers.length !== blocks.length) return parser.parse(body);
  for (const [k, node] of containers.entries()) {
    const [from, to] = blocks[k] ?? [-1, -1];
    const p = node.position;
    if (
      node.children.length > 0 ||
      p?.start.line !== from + 1 ||
      p.start.column !== 1 ||
      p.end.line !== to + 1
    )
      return parser.parse(body);
  }
  let k = 0;
  for (const node of inner.children) {
    place(node, (line) => line);
    const start = (node.position?.start.line ?? 0) - 1;
    const end = (node.position?.end.line ?? 0) - 1;
    while (k < blocks.length && (blocks[k]?.[1] ?? 0) < start) k++;
    const [from, to] = blocks[k] ?? [-1, -1];
    const container = containers[k];
    if (!container || start <= from || end >= to) return parser.parse(body);
    container.children.push(node as (typeof container.children)[number]);
  }
  return outer;
}

/** Parses the body of an annotation file; `bodyLine` is the file line the body starts on. */
export function parseAnnotations(
  file: string,
  written: string,
  bodyLine: number,
  options: ParseOptions = {},
): Result<ParsedAnnotations> {
  // Slips in opening lines are reported where they are, and read as the editor meant them.
  const linted = lintFences(file, written, bodyLine);
  const body = linted.body;
  const tree = parseBody(body);
  restoreLiteralColons(tree, body);
  const diagnostics: Diagnostic[] = [...linted.diagnostics];
  /** Where the attributes of a block's opening fence are written. */
  const fenceLine = (node: RootContent): FenceLayout | undefined =>
    linted.fences.get(node.position?.start.line ?? 0);
  const attributesAt = (node: RootContent): Pick<RawContent, 'attributesAt'> => {
    const layout = fenceLine(node);
    return layout && layout.attributes.size > 0
      ? { attributesAt: Object.fromEntries(layout.attributes) }
      : {};
  };
  const at = (node: {
    position?: { start: { line: number; column: number } } | undefined;
  }): Position => ({
    file,
    line: (node.position?.start.line ?? 1) + bodyLine - 1,
    column: node.position?.start.column ?? 1,
  });
  const annotations: AnyRawAnnotation[] = [];
  const prose: RootContent[] = [];

  const queue: RootContent[] = [...tree.children];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i];
    if (!node) continue;
    if (node.type === 'containerDirective') {
      // A block missing its closing ":::" swallows the next one: report the missing fence
      // and read the swallowed blocks as the top-level blocks they were meant to be.
      const cut = node.children.findIndex(
        (c) =>
          c.type === 'containerDirective' &&
          isName(c.name) &&
          fenceLength(c, body) === fenceLength(node, body),
      );
      const swallowed = cut === -1 ? [] : node.children.slice(cut);
      const [next] = swallowed;
      if (next?.type === 'containerDirective') {
        const line = at(next).line;
        diagnostics.push(
          error(
            at(node),
            'directive-unclosed',
            `This :::${node.name} block is not closed before the :::${next.name} on line ${line}, which ends up inside it.`,
            `Add a line ":::" to end this block before line ${line}.`,
          ),
        );
        node.children = node.children.slice(0, cut);
        queue.splice(i + 1, 0, ...swallowed);
      }
    }
    if (node.type !== 'containerDirective') {
      if (node.type === 'leafDirective' && isName(node.name)) {
        diagnostics.push(
          error(
            at(node),
            'directive-not-container',
            `"::${node.name}" is a one-line directive; annotations are blocks.`,
            `Write ":::${node.name}{…}" on its own line, the content, then ":::" to close it.`,
          ),
        );
        continue;
      }
      reportStrayDirectives(node, at, diagnostics);
      prose.push(node);
      continue;
    }
    if (node.name === 'evidence') {
      diagnostics.push(
        error(
          at(node),
          'directive-nesting',
          'An :::evidence block stands on its own; evidence belongs to an event or a claim.',
          'Move it inside the :::event or :::claim it is evidence for, and open that block with four colons ("::::claim{…}" … "::::").',
        ),
      );
      continue;
    }
    if (!isName(node.name)) {
      const guess = didYouMean(node.name, NAMES);
      diagnostics.push(
        error(
          at(node),
          'directive-unknown',
          `Unknown directive ":::${node.name}".`,
          guess
            ? `Did you mean ":::${guess}"? Known: ${NAMES.map((n) => `:::${n}`).join(', ')}.`
            : `Known: ${NAMES.map((n) => `:::${n}`).join(', ')}.`,
        ),
      );
      continue;
    }
    const toFill: PreviewPlaceholder[] = [];
    const parsed = parseDirective(
      node.name,
      DIRECTIVES[node.name],
      node.attributes ?? {},
      at(node),
      diagnostics,
      fenceLine(node),
      options,
      toFill,
    );
    const nested = node.children.filter(
      (c): c is ContainerDirective => c.type === 'containerDirective' && c.name === 'evidence',
    );
    const content = readContent(
      node.name,
      node.children.filter((c) => !nested.includes(c as ContainerDirective)),
      at,
      diagnostics,
    );
    const evidence: RawEvidence[] = [];
    let misnested = false;
    for (const child of nested) {
      if (!HOLDS_EVIDENCE.includes(node.name)) {
        diagnostics.push(
          error(
            at(child),
            'directive-nesting',
            `A :::${node.name} holds no :::evidence; evidence belongs to an event or a claim.`,
            `Quote the passage in the :::${node.name} itself, or make it an :::event or a :::claim with this evidence.`,
          ),
        );
        continue;
      }
      if (fenceLength(child, body) >= fenceLength(node, body)) {
        diagnostics.push(
          error(
            at(node),
            'directive-nesting',
            `The :::evidence on line ${at(child).line} has as many colons as this :::${node.name}, so its closing ":::" ends the :::${node.name} too.`,
            `Open the :::${node.name} with four colons, "::::${node.name}{…}", and close it with "::::".`,
          ),
        );
        misnested = true;
        continue;
      }
      const attributes = parseDirective(
        'evidence',
        NESTED_DIRECTIVES.evidence,
        child.attributes ?? {},
        at(child),
        diagnostics,
        fenceLine(child),
        options,
      );
      const evidenceContent = readContent('evidence', child.children, at, diagnostics);
      if (attributes)
        evidence.push({ attributes, at: at(child), ...attributesAt(child), ...evidenceContent });
    }
    if (!parsed || misnested) continue;
    annotations.push({
      directive: node.name,
      attributes: parsed,
      at: at(node),
      ...attributesAt(node),
      ...content,
      evidence,
      ...(toFill.length > 0 ? { toFill } : {}),
    } as AnyRawAnnotation);
  }
  const first = prose.find((n) => n.type !== 'html' || n.value.trim() !== '');
  return {
    value: { annotations, proseHtml: mdastToHtml(prose), ...(first ? { proseAt: at(first) } : {}) },
    diagnostics,
  };
}

/** A block's children read as its content: the one blockquote's words (a second is reported) and the rest as its note. */
function readContent(
  name: string,
  children: readonly RootContent[],
  at: (node: RootContent) => Position,
  diagnostics: Diagnostic[],
): Omit<RawContent, 'at'> {
  const blockquotes = children.filter((c): c is Blockquote => c.type === 'blockquote');
  const rest = children.filter((c) => c.type !== 'blockquote');
  for (const child of rest) reportStrayDirectives(child, at, diagnostics);
  if (blockquotes.length > 1 && blockquotes[1]) {
    diagnostics.push(
      error(
        at(blockquotes[1]),
        'directive-two-blockquotes',
        `This :::${name} has ${blockquotes.length} blockquotes; one annotation anchors one passage.`,
        name === 'evidence'
          ? 'Keep one "> …" blockquote per :::evidence; give each passage an :::evidence block of its own.'
          : 'Keep one "> …" blockquote per annotation, or split it into several annotations.',
      ),
    );
  }
  const [quote] = blockquotes;
  const words = quote ? quote.children.map((c) => toString(c)).join(' ') : undefined;
  return {
    ...(quote && words !== undefined ? { words, wordsAt: at(quote) } : {}),
    noteHtml: mdastToHtml(rest),
    noteText: rest
      .map((c) => toString(c))
      .join(' ')
      .trim(),
  };
}

/** Options of `parseAnnotations`. */
export interface ParseOptions {
  /** The ids of the site's rating scale, for the hint when `rating=` is still a placeholder. */
  ratingIds?: readonly string[];
  /**
   * What a `fill-in-…` placeholder is. `'error'` (the default: `npm run check`, `npm run
   * build`): an error, and the block is left out. `'draft'` (`astro dev` only): in the
   * attributes the live preview writes (`PREVIEW_PLACEHOLDERS`) a warning, and the block
   * is kept with the attribute named in `toFill`, so the preview shows it flagged.
   */
  placeholders?: 'error' | 'draft';
}

/** What the preview's flag says of each attribute left to fill in. */
export const TO_FILL_LABELS: Record<PreviewPlaceholder, string> = {
  by: 'speaker to fill in',
  date: 'date to fill in',
  rating: 'rating to fill in',
  statement: 'statement to fill in',
};

/** An attribute a block from the live preview may leave to fill in. */
export type PreviewPlaceholder = 'by' | 'date' | 'rating' | 'statement';

/** Per directive, the attributes that are a warning, not an error, as placeholders in the dev preview. */
export const PREVIEW_PLACEHOLDERS: Partial<Record<string, readonly PreviewPlaceholder[]>> = {
  quote: ['by'],
  event: ['date'],
  claim: ['by', 'rating', 'statement'],
};

/** A value npm run suggest writes for the editor to replace: `fill-in-speaker`, `fill-in-rating`, … */
const PLACEHOLDER = /(?:^|\s)(fill-in-[\w-]*)/u;

/** What to write instead of a placeholder in `key=`. */
function placeholderFix(key: string, name: string, options: ParseOptions): string {
  switch (key) {
    case 'by':
      return 'Replace it with the actor id of who said it (a file in content/actors/; the comment suggest wrote lists the candidates).';
    case 'rating':
      return `Replace it with your verdict, the id of a rating on the site's scale: ${(options.ratingIds ?? []).join(', ') || 'see content/ratings.md'}.`;
    case 'statement':
      return 'Replace it with what the words claim, in one sentence of your own, between double quotes.';
    case 'actors':
      return 'Replace it with the ids of the actors involved, separated by spaces.';
    default:
      return `Replace it with the value this :::${name} needs (example: ${key}=${exampleValue(key)}).`;
  }
}

function parseDirective<S extends z.ZodObject>(
  name: string,
  schema: S,
  attributes: Record<string, string | null | undefined>,
  at: Position,
  diagnostics: Diagnostic[],
  fence: FenceLayout | undefined,
  options: ParseOptions = {},
  toFill: PreviewPlaceholder[] = [],
): z.output<S> | undefined {
  /** An attribute's own position, when the fence was read. */
  const keyAt = (key: string): Position => fence?.attributes.get(key) ?? at;
  const known = Object.keys(schema.shape);
  const values: Record<string, string> = {};
  const placeholders = new Set<string>();
  let ok = true;
  for (const [key, value] of Object.entries(attributes)) {
    const placeholder = PLACEHOLDER.exec(value ?? '')?.[1];
    if (placeholder) {
      const written = `${key}=${value?.includes(' ') || key === 'statement' ? `"${value}"` : value} on :::${name}`;
      const preview =
        options.placeholders === 'draft'
          ? PREVIEW_PLACEHOLDERS[name]?.find((k) => k === key)
          : undefined;
      if (preview) {
        // The dev preview shows the block flagged; check and build still refuse it.
        diagnostics.push({
          ...error(
            keyAt(key),
            'placeholder-unfilled',
            `${written} is still to fill in ("${placeholder}"): the preview shows it flagged "${TO_FILL_LABELS[preview]}", and npm run check and npm run build refuse it.`,
            placeholderFix(key, name, options),
          ),
          severity: 'warning',
        });
        toFill.push(preview);
        values[key] = value ?? '';
        continue;
      }
      diagnostics.push(
        error(
          keyAt(key),
          'placeholder-unfilled',
          `${written} is a placeholder npm run suggest wrote for you to fill in: "${placeholder}" is not a real value.`,
          placeholderFix(key, name, options),
        ),
      );
      ok = false;
      // Kept as the value, so the schema does not also call the attribute missing.
      placeholders.add(key);
      values[key] = value ?? '';
      continue;
    }
    if (!known.includes(key)) {
      const guess = didYouMean(key, known);
      diagnostics.push(
        error(
          keyAt(key),
          'attribute-unknown',
          `Unknown attribute "${key}" on :::${name}.`,
          guess
            ? `Did you mean "${guess}"? :::${name} takes ${known.join(', ')}.`
            : `:::${name} takes ${known.join(', ')}.`,
        ),
      );
      ok = false;
      continue;
    }
    values[key] = value ?? '';
  }
  const result = schema.safeParse(values);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? '');
      if (placeholders.has(key)) continue;
      if (values[key] === undefined) {
        diagnostics.push(
          error(
            fence?.missingAt ?? at,
            'attribute-missing',
            fence?.braces === false
              ? `:::${name} needs the attribute "${key}": type it in braces right after ":::${name}".`
              : `:::${name} needs the attribute "${key}": type it just after the "{".`,
            `For example: :::${name}{${[`${key}=${exampleValue(key).split(' or ')[0]}`, ...writtenAttributes(attributes, known)].join(' ')}}`,
          ),
        );
      } else {
        diagnostics.push(
          error(
            keyAt(key),
            'attribute-invalid',
            `Attribute ${key}="${values[key]}" on :::${name} ${problem(issue)}.`,
            `Example: ${key}=${exampleValue(key)}.`,
          ),
        );
      }
    }
    return undefined;
  }
  return ok ? result.data : undefined;
}

/** The known attributes as the editor wrote them, for a hint that repeats the line: `id=listen`. */
function writtenAttributes(
  attributes: Record<string, string | null | undefined>,
  known: readonly string[],
): string[] {
  return Object.entries(attributes)
    .filter(([key]) => known.includes(key))
    .map(([key, value]) =>
      /^[^\s"'=<>`{}]+$/u.test(value ?? '') ? `${key}=${value}` : `${key}="${value ?? ''}"`,
    );
}

/** What is wrong with an attribute value, as the end of a sentence: "must be …". */
function problem(issue: z.core.$ZodIssue): string {
  const message = issue.message.replace(/^Invalid input: /, '');
  if (/^(must|is) /.test(message)) return message;
  if (issue.code === 'invalid_format' && issue.format === 'url')
    return 'must be a full http(s) URL';
  if (issue.code === 'invalid_type')
    return issue.expected === 'number'
      ? 'must be a whole ¶ number like 3'
      : `must be a ${issue.expected}`;
  if (issue.code === 'too_small') return 'must not be empty';
  return `is invalid: ${message}`;
}

function exampleValue(key: string): string {
  const examples: Record<string, string> = {
    by: 'nicolas-maduro',
    ref: 'tren-de-aragua',
    date: '"On Friday" or date=2025-12-05',
    actors: '"united-states tren-de-aragua"',
    p: '3',
    id: 'my-quote',
    cite: '"https://example.com/report"',
    prefix: '"the words before"',
    suffix: '"the words after"',
    source: 'wire',
    rating: 'disputed',
    statement: '"What is claimed, in one sentence."',
    stance: 'supports or stance=contradicts',
  };
  return examples[key] ?? '…';
}

/**
 * A colon right after a letter or digit ("10:30", "said:yes", "example.com:8080") is
 * punctuation, not a directive: put it back as text so the words survive (and a
 * blockquote still anchors) instead of being parsed into an empty ":30" directive.
 */
function restoreLiteralColons(tree: Root, body: string): void {
  visit(tree, 'textDirective', (node, index, parent) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || !parent || index === undefined) return;
    const raw = body.slice(start, end);
    if (raw !== `:${node.name}` || !/[\p{L}\p{N}]/u.test(body[start - 1] ?? '')) return;
    parent.children.splice(index, 1, { type: 'text', value: raw, position: node.position });
    return index + 1;
  });
}

/** How many colons open a container directive (":::" is 3). */
function fenceLength(node: RootContent, body: string): number {
  const start = node.position?.start.offset ?? 0;
  return /^[ \t]*(:*)/.exec(body.slice(start, start + 80))?.[1]?.length ?? 0;
}

/** Text and leaf directives outside the known blocks are mistakes, never silently text. */
function reportStrayDirectives(
  node: RootContent,
  at: (n: RootContent) => Position,
  diagnostics: Diagnostic[],
): void {
  visit(node, (child) => {
    if (
      child.type === 'textDirective' ||
      child.type === 'leafDirective' ||
      child.type === 'containerDirective'
    ) {
      const prefix =
        child.type === 'textDirective' ? ':' : child.type === 'leafDirective' ? '::' : ':::';
      diagnostics.push(
        error(
          at(child as RootContent),
          'directive-unknown',
          `Unexpected directive "${prefix}${child.name}" here.`,
          `Annotations are top-level ":::quote", ":::event", ":::actor" or ":::note" blocks; to write a literal colon before a word, escape it as "\\:".`,
        ),
      );
    }
  });
}
