// Frontmatter: splits a markdown file into YAML data and body, and validates the
// data against a zod schema with diagnostics that point at the offending line.
// Two YAML parsers: js-yaml reads frontmatter that turns out valid, several times
// faster (the build reads thousands); anything it or the schema refuses is parsed
// again by `yaml`, whose document keeps the positions the diagnostics need.
// Main functions: `splitFrontmatter(text)` and `validateFrontmatter(...)`.
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import {
  LineCounter,
  parseDocument,
  isMap,
  isScalar,
  visit,
  type Document,
  type YAMLError,
} from 'yaml';
import type { z } from 'zod';
import { error, type Diagnostic } from '../diagnostics.ts';
import { didYouMean } from '../did-you-mean.ts';

export interface SplitFile {
  /** The YAML text between the fences; undefined when the file has none. */
  yaml?: string;
  /** Everything after the closing fence. */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** Offset of the body's first character in the file. */
  bodyOffset: number;
}

const FENCE = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

export function splitFrontmatter(text: string): SplitFile {
  const m = FENCE.exec(text);
  if (!m) return { body: text, bodyLine: 1, bodyOffset: 0 };
  const consumed = m[0];
  const bodyLine = 1 + (consumed.match(/\n/g)?.length ?? 0);
  return {
    yaml: m[1] ?? '',
    body: text.slice(consumed.length),
    bodyLine,
    bodyOffset: consumed.length,
  };
}

export interface Frontmatter<T> {
  /** Validated data, or undefined when it is missing or invalid (the diagnostics say why). */
  data?: T;
  diagnostics: Diagnostic[];
}

/**
 * Parses and validates the frontmatter of `file`. Rules: frontmatter-missing,
 * frontmatter-yaml, frontmatter-missing-field, frontmatter-unknown-field, frontmatter-invalid.
 */
export function validateFrontmatter<S extends z.ZodType>(
  file: string,
  split: SplitFile,
  schema: S,
  what: string,
): Frontmatter<z.output<S>> {
  if (split.yaml === undefined) {
    return {
      diagnostics: [
        error(
          { file, line: 1, column: 1 },
          'frontmatter-missing',
          `This ${what} has no frontmatter.`,
          `Start the file with a block between two "---" lines, e.g. "---\\n${what === 'actor' ? 'name: …\\nkind: person' : 'title: …'}\\n---".`,
        ),
      ],
    };
  }
  const quick = quickFrontmatterData(split.yaml, schema);
  if (quick) return { data: quick.data, diagnostics: [] };
  const counter = new LineCounter();
  const doc = parseDocument(split.yaml, {
    lineCounter: counter,
    prettyErrors: false,
    uniqueKeys: true,
  });
  const at = (offset: number) => {
    const pos = counter.linePos(offset);
    return { file, line: pos.line + 1, column: pos.col };
  };
  if (doc.errors.length > 0) {
    return {
      diagnostics: doc.errors.map((e) =>
        error(
          at(errorOffset(doc, e)),
          'frontmatter-yaml',
          `The frontmatter is not valid YAML: ${firstLine(e.message)}.`,
          'Check indentation, colons after keys, and quotes around values that contain ": " or start with a special character.',
        ),
      ),
    };
  }
  const raw: unknown = doc.toJS() ?? {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      diagnostics: [
        error(
          { file, line: 2, column: 1 },
          'frontmatter-yaml',
          `The frontmatter must be "key: value" lines.`,
          'Write one field per line, e.g. "title: …".',
        ),
      ],
    };
  }
  const result = schema.safeParse(raw);
  if (result.success) return { data: result.data, diagnostics: [] };
  const known = knownKeys(schema);
  const diagnostics = result.error.issues.flatMap((issue): Diagnostic[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const guess = didYouMean(key, known);
        return error(
          at(keyOffset(doc, [...issue.path, key])),
          'frontmatter-unknown-field',
          `Unknown field "${key}" in the ${what} frontmatter.`,
          guess
            ? `Did you mean "${guess}"? Known fields: ${known.join(', ')}.`
            : `Known fields: ${known.join(', ')}.`,
        );
      });
    }
    const path = issue.path.map(String);
    const name = path.join('.');
    // Absent, whatever the check that noticed: a missing `kind` fails as an enum, not as a type.
    const missing = issue.path.length > 0 && getIn(raw, issue.path) === undefined;
    if (missing) {
      return [
        error(
          { file, line: 1, column: 1 },
          'frontmatter-missing-field',
          `The ${what} frontmatter lacks the required field "${name}".`,
          `Add a line "${name}: …" between the "---" lines.`,
        ),
      ];
    }
    return [
      error(
        at(valueOffset(doc, issue.path)),
        'frontmatter-invalid',
        `Field "${name}" ${describe(issue)}.`,
        hintFor(name, schema),
      ),
    ];
  });
  return { diagnostics };
}

/**
 * A scalar on one line: double-quoted, single-quoted, or plain (no indicator first,
 * no ": " or " #" in it, and none of `ends`, the characters that end it where it stands).
 */
const oneLineScalar = (ends: string) =>
  String.raw`(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s\-?:,\[\]{}#&*!|>'"%@\x60](?:[^\s:#${ends}]|:(?=[^\s${ends}])|[ ]+(?=[^\s#${ends}])|(?<=\S)#)*)`;
/** A value after "key:" or "-". */
const SCALAR = oneLineScalar('');
/** An item of a flow list, where "," and brackets end it. */
const ITEM = oneLineScalar(String.raw`,\[\]{}`);
/**
 * The lines of frontmatter as editors write it: blank lines and comments, "key: value"
 * with a one-line scalar or a one-line flow list, and "- item" lines of a block list.
 */
const SIMPLE_LINE = new RegExp(
  String.raw`^(?:[ ]*(?:#.*)?|[A-Za-z_][\w-]*:(?:[ ]+(?:${SCALAR}|\[[ ]*(?:${ITEM}(?:[ ]*,[ ]*${ITEM})*)?[ ]*\]))?(?:[ ]+#.*)?[ ]*|[ ]*-[ ]+${SCALAR}(?:[ ]+#.*)?[ ]*)$`,
);

/**
 * The frontmatter's data when it is simple (every line a `SIMPLE_LINE`), js-yaml reads
 * it as a map (YAML 1.2's core schema, as `yaml` reads it) and the schema takes it;
 * undefined otherwise, and the full parse says why. The same data as the full parse:
 * the schemas take strings, lists of them and enums, and test/core/frontmatter.test.ts
 * checks on generated frontmatter that whatever this returns, `yaml` reads the same,
 * without errors. (On multi-line scalars and tabs the two libraries can disagree,
 * hence the lines.)
 */
export function quickFrontmatterData<S extends z.ZodType>(
  text: string,
  schema: S,
): { data: z.output<S> } | undefined {
  if (!text.split('\n').every((line) => SIMPLE_LINE.test(line))) return undefined;
  let raw: unknown;
  try {
    raw = loadYaml(text, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const result = schema.safeParse(raw);
  return result.success ? { data: result.data } : undefined;
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value')
    return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'invalid_type')
    return `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
  if (issue.code === 'too_small') return 'must not be empty';
  if (issue.code === 'invalid_format' && issue.format === 'url')
    return 'must be a full http(s) URL';
  return issue.message.startsWith('must') || issue.message.startsWith('is ')
    ? issue.message
    : `is invalid: ${issue.message}`;
}

function hintFor(name: string, schema: z.ZodType): string {
  const field = name.split('.')[0] ?? name;
  const description = exampleOf(schema, field);
  return description ? `Example: ${field}: ${description}` : `Fix the value of "${name}".`;
}

/** Reads `@example` from the field's JSDoc-like description when the schema carries one. */
function exampleOf(schema: z.ZodType, name: string): string | undefined {
  const examples: Record<string, string> = {
    published: '2025-12-06',
    updated: '2025-12-09',
    kind: 'person',
    url: 'https://example.com/article',
    tags: '[venezuela, organized-crime]',
    aliases: '["Aragua Train"]',
    wikidata: 'Q57413',
    status: 'published',
    language: 'en',
  };
  void schema;
  return examples[name.split('.')[0] ?? ''];
}

function knownKeys(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

function getIn(value: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function keyOffset(doc: Document, path: readonly PropertyKey[]): number {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1).map(String), true) : doc.contents;
  const last = path[path.length - 1];
  if (isMap(parent)) {
    for (const pair of parent.items) {
      if (isScalar(pair.key) && String(pair.key.value) === String(last))
        return pair.key.range?.[0] ?? 0;
    }
  }
  return 0;
}

function valueOffset(doc: Document, path: readonly PropertyKey[]): number {
  const node = doc.getIn(
    path.map((k) => (typeof k === 'number' ? k : String(k))),
    true,
  ) as { range?: [number, number, number] } | undefined;
  return node?.range?.[0] ?? keyOffset(doc, path);
}

/** Where to point for a YAML error: an unclosed quote is reported where it opens, not at the end of the block it swallowed. */
function errorOffset(doc: Document, e: YAMLError): number {
  const [offset] = e.pos;
  if (e.code !== 'MISSING_CHAR' || !/quote/.test(e.message)) return offset;
  let opening = offset;
  visit(doc, {
    Scalar(_key, node) {
      if (
        (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') &&
        node.range?.[1] === offset
      )
        opening = node.range[0];
    },
  });
  return opening;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message)
    .replace(/ at line \d+, column \d+:?$/, '')
    .replace(/\.$/, '');
}
