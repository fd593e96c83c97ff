// The name finder's first pass (src/core/assembly/name-finder.ts) must find exactly what
// compromise's full tagger finds: the same people and organisations, in the same order,
// on every paragraph of the eval set, the shipped content, the fixtures and generated
// archive content. `check`'s name warnings and its assembly cache depend on nothing else.
// The finder runs on compromise's one-file build (src/node/name-finder.ts): it must find
// what compromise's ES modules find too.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import compromise from 'compromise';
import { afterAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../../bench/generate.ts';
import { cleanName } from '../../../src/core/assembly/coverage.ts';
import { nameFinders } from '../../../src/core/assembly/name-finder.ts';
import {
  findNamesWithFullTagger,
  findNamesWithNlp,
  nlp,
  usesFirstPass,
} from '../../../src/node/name-finder.ts';
import { splitParagraphs } from '../../../src/core/text/paragraphs.ts';
import { EVAL_DIR } from '../../helpers/suggestion-eval.ts';

const root = path.resolve(import.meta.dirname, '../../..');

function files(dir: string, ends: readonly string[]): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && ends.some((end) => e.name.endsWith(end)))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** The blank-line paragraphs of each file, front matter left out. */
function paragraphsOf(list: readonly string[]): string[] {
  return list.flatMap((file) =>
    splitParagraphs(readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')).map(
      (p) => p.text,
    ),
  );
}

/** The paragraphs on which the two finders disagree, with both answers. */
function disagreements(texts: readonly string[]) {
  return texts.flatMap((text) => {
    const full = findNamesWithFullTagger(text);
    const fast = findNamesWithNlp(text);
    return JSON.stringify(full) === JSON.stringify(fast) ? [] : [{ text, full, fast }];
  });
}

const work = mkdtempSync(path.join(os.tmpdir(), 'dossier-name-finder-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('findNamesWithNlp', () => {
  it('takes the first pass with this compromise (it falls back to the full tagger only if compromise moved its internals)', () => {
    expect(usesFirstPass()).toBe(true);
  });

  it('finds what the full tagger finds on every paragraph of the eval set', () => {
    const texts = paragraphsOf(files(EVAL_DIR, ['.txt']));
    expect(texts.length).toBeGreaterThan(300);
    expect(disagreements(texts)).toEqual([]);
  });

  it("finds with compromise's one-file build what its ES modules' full tagger finds, on the eval set", () => {
    expect(nlp).not.toBe(compromise);
    const modules = nameFinders(compromise).findNamesWithFullTagger;
    const texts = paragraphsOf(files(EVAL_DIR, ['.txt']));
    const differ = texts.filter(
      (text) => JSON.stringify(findNamesWithNlp(text)) !== JSON.stringify(modules(text)),
    );
    expect(differ).toEqual([]);
  });

  it('finds what the full tagger finds in the shipped content and the fixtures', () => {
    const texts = paragraphsOf([
      ...files(path.join(root, 'content'), ['.md']),
      ...files(path.join(root, 'test/fixtures'), ['.md', '.txt']),
    ]);
    expect(texts.length).toBeGreaterThan(500);
    expect(disagreements(texts)).toEqual([]);
  });

  it("finds what the full tagger finds in generated archive content (the bench's)", () => {
    const dir = path.join(work, 'content');
    generateContent(root, dir, 40, 7);
    const texts = paragraphsOf(files(path.join(dir, 'briefings'), ['source.md']));
    expect(texts.length).toBeGreaterThan(300);
    expect(disagreements(texts)).toEqual([]);
  });

  it('finds names in pieces the first pass must tag: after a comma, in lower case, from the lexicon alone', () => {
    const texts = [
      'In Caracas, President Nicolás Maduro met Gustavo Petro, and the ministers spoke.',
      'the talks, said john smith, went well; acme inc and the health board agreed.',
      'Reporting by Ana Isabel Martínez; editing by Sandra Maler and Aurora Ellis.',
      'He said so. They left on Tuesday, after the meeting of the nominating committee.',
      'A lone sentence without any name at all, lower case after the first word.',
      '',
    ];
    expect(disagreements(texts)).toEqual([]);
    expect(findNamesWithNlp(texts[0] ?? '').map((n) => cleanName(n.name))).toEqual([
      'President Nicolás Maduro',
      'Gustavo Petro',
    ]);
    expect(findNamesWithNlp(texts[1] ?? '').map((n) => cleanName(n.name))).toContain(
      'health board',
    );
    expect(findNamesWithNlp(texts[4] ?? '')).toEqual([]);
  });
});
