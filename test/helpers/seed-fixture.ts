// The seed article as a test fixture: the shipped content read from disk once,
// as in-memory files (path → text) that tests copy and modify. Not a test file.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RawFile } from '../../src/core/assembly/site.ts';
import type { ContentFile } from '../../src/core/assembly/briefing.ts';
import { splitFrontmatter } from '../../src/core/markdown/frontmatter.ts';
import { splitParagraphs, type Paragraph } from '../../src/core/text/paragraphs.ts';
import { parseActor, type Actor } from '../../src/core/actors/actors.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SLUG = 'maduro-police-cooperation';
export const DIR = `content/briefings/${SLUG}`;
export const SOURCE = `${DIR}/source.md`;
export const BRIEFING = `${DIR}/briefing.md`;
export const EVENTS = `${DIR}/events.md`;
/** The original plain-text article the project was created for (a copy in test/fixtures/seed/). */
export const SEED_TXT = `${ROOT}test/fixtures/seed/000_69767b5be754d303.txt`;

function read(path: string): string {
  return readFileSync(`${ROOT}${path}`, 'utf8');
}

/** Every shipped content file, path (relative to the project root) → text. */
export function seedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(`${ROOT}content/actors`).sort())
    files.set(`content/actors/${name}`, read(`content/actors/${name}`));
  for (const name of readdirSync(`${ROOT}${DIR}`).sort())
    files.set(`${DIR}/${name}`, read(`${DIR}/${name}`));
  return files;
}

/** A seed file's text; throws in the test (not in core) when the fixture is missing. */
export function seedText(path: string): string {
  const text = seedFiles().get(path);
  if (text === undefined) throw new Error(`fixture ${path} missing`);
  return text;
}

/** The files as the Node adapter hands them to core: UTF-8 bytes. */
export function toRaw(files: ReadonlyMap<string, string>): RawFile[] {
  const encoder = new TextEncoder();
  return [...files].map(([path, text]) => ({ path, bytes: encoder.encode(text) }));
}

export function toContent(files: ReadonlyMap<string, string>, prefix: string): ContentFile[] {
  return [...files]
    .filter(([path]) => path.startsWith(prefix))
    .map(([path, text]) => ({ path, text }));
}

/** The seed source's body and paragraphs, as core splits them. */
export function seedSource(): {
  text: string;
  body: string;
  bodyLine: number;
  paragraphs: Paragraph[];
} {
  const text = read(SOURCE);
  const split = splitFrontmatter(text);
  return {
    text,
    body: split.body,
    bodyLine: split.bodyLine,
    paragraphs: splitParagraphs(split.body, split.bodyLine),
  };
}

/** The shipped actor registry. */
export function seedRegistry(): Map<string, Actor> {
  const registry = new Map<string, Actor>();
  for (const [path, text] of seedFiles()) {
    const m = /^content\/actors\/([^/]+)\.md$/.exec(path);
    if (!m?.[1]) continue;
    const actor = parseActor(path, m[1], text).value;
    if (!actor) throw new Error(`fixture actor ${path} does not parse`);
    registry.set(actor.id, actor);
  }
  return registry;
}

/** 1-based line of the first line of `text` containing `needle`; throws when absent (a broken fixture). */
export function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index === -1) throw new Error(`fixture text lacks ${JSON.stringify(needle)}`);
  return text.slice(0, index).split('\n').length;
}

/** The 1-based column where `needle` starts on its line (the first occurrence). */
export function columnOf(text: string, needle: string, from = 0): number {
  const index = text.indexOf(needle, from);
  if (index === -1) throw new Error(`fixture text lacks ${JSON.stringify(needle)}`);
  return index - text.lastIndexOf('\n', index - 1);
}

/** Replaces exactly one occurrence, so a fixture edit that silently does nothing fails the test. */
export function replaceOnce(text: string, from: string, to: string): string {
  const first = text.indexOf(from);
  if (first === -1 || text.indexOf(from, first + 1) !== -1)
    throw new Error(`fixture edit: ${JSON.stringify(from)} must occur exactly once`);
  return text.slice(0, first) + to + text.slice(first + from.length);
}
