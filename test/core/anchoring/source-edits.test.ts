// Property test: random edits to the seed source (typos, deleted and inserted
// words, split and merged paragraphs, typographic swaps), near and across the
// quoted spans. After each edit every seed annotation either anchors to the same
// words (at the same place when the edit left them alone) or fails with a
// diagnostic. A wrong anchor fails the test. Prints the recall.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { anchor, haystack, needleParts } from '../../../src/core/anchoring/anchoring.ts';
import { splitFrontmatter } from '../../../src/core/markdown/frontmatter.ts';
import { foldText } from '../../../src/core/text/normalize.ts';
import { splitParagraphs } from '../../../src/core/text/paragraphs.ts';
import { parseAnnotations } from '../../../src/core/markdown/annotations.ts';
import { seededRandom } from '../../helpers/random.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const DIR = path.join(ROOT, 'content/briefings/maduro-police-cooperation');
const body = splitFrontmatter(readFileSync(path.join(DIR, 'source.md'), 'utf8')).body;

const needles = ['briefing.md', 'events.md'].flatMap((name) => {
  const split = splitFrontmatter(readFileSync(path.join(DIR, name), 'utf8'));
  return parseAnnotations(name, split.body, split.bodyLine).value.annotations.flatMap((a) =>
    a.words !== undefined
      ? [{ words: a.words, options: a.directive === 'actor' ? {} : a.attributes }]
      : [],
  );
});

/** Absolute [start, end) of each anchored part in `text`, or the failure reason. */
function locate(
  text: string,
  words: string,
  options: object,
): { ok: true; parts: [number, number][] } | { ok: false; reason: string } {
  const paragraphs = splitParagraphs(text);
  const result = anchor(words, haystack(paragraphs), options);
  if (!result.ok) return { ok: false, reason: result.reason };
  const p = paragraphs[result.anchor.paragraph - 1];
  if (!p) throw new Error('anchor names a paragraph that does not exist');
  return { ok: true, parts: result.anchor.parts.map((r) => [p.start + r.start, p.start + r.end]) };
}

interface Edit {
  at: number;
  remove: number;
  insert: string;
  kind: string;
}

const WORDS = [
  'police',
  'the',
  'Maduro',
  'gangs',
  'United States',
  'defeated',
  'success',
  'peace',
  'Aragua',
  'neighboring countries',
];
const SWAPS: [RegExp, string][] = [
  [/’/, "'"],
  [/“/, '"'],
  [/ /, '\u00a0'],
  [/–/, '-'],
  [/é/, 'e\u0301'],
];

function randomEdit(text: string, rand: () => number, spans: [number, number][]): Edit {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  // Half the edits land inside or at the edge of a quoted span, half anywhere.
  const span = pick(spans);
  const at =
    rand() < 0.5
      ? Math.min(
          text.length,
          Math.max(0, span[0] - 3 + Math.floor(rand() * (span[1] - span[0] + 6))),
        )
      : Math.floor(rand() * text.length);
  const kind = pick(['typo', 'delete-word', 'insert-word', 'split', 'merge', 'swap', 'duplicate']);
  switch (kind) {
    case 'typo':
      return { at, remove: 1, insert: String.fromCharCode(97 + Math.floor(rand() * 26)), kind };
    case 'delete-word': {
      const end = text.indexOf(' ', at + 1);
      return { at, remove: end === -1 ? 0 : end - at, insert: '', kind };
    }
    case 'insert-word':
      return { at, remove: 0, insert: ` ${pick(WORDS)} `, kind };
    case 'split':
      return { at, remove: 0, insert: '\n\n', kind };
    case 'merge': {
      const gap = text.indexOf('\n\n', at);
      return gap === -1
        ? { at, remove: 0, insert: '', kind }
        : { at: gap, remove: 2, insert: ' ', kind };
    }
    case 'swap': {
      const [pattern, replacement] = pick(SWAPS);
      const found = text.slice(at).search(pattern);
      return found === -1
        ? { at, remove: 0, insert: '', kind }
        : {
            at: at + found,
            remove: text.slice(at + found).match(pattern)?.[0].length ?? 0,
            insert: replacement,
            kind,
          };
    }
    default: {
      // Copy a quoted span elsewhere: the words now occur twice.
      const [s, e] = span;
      return {
        at: Math.floor(rand() * text.length),
        remove: 0,
        insert: ` ${text.slice(s, e)} `,
        kind,
      };
    }
  }
}

function apply(text: string, edit: Edit): string {
  return text.slice(0, edit.at) + edit.insert + text.slice(edit.at + edit.remove);
}

/** Where an offset of the original text sits after the edit; undefined if the edit removed it. */
function shift(offset: number, edit: Edit): number | undefined {
  if (offset < edit.at) return offset;
  if (offset >= edit.at + edit.remove) return offset - edit.remove + edit.insert.length;
  return undefined;
}

describe('anchoring under random source edits', () => {
  it('never anchors an annotation to wrong words or a wrong place over 600 random edits', () => {
    const original = needles.map((n) => {
      const located = locate(body, n.words, n.options);
      if (!located.ok) throw new Error(`seed annotation does not anchor: ${n.words}`);
      return { ...n, parts: located.parts };
    });
    expect(original.length).toBeGreaterThanOrEqual(9);
    const spans = original.map(
      (o) => [o.parts[0]?.[0] ?? 0, o.parts[o.parts.length - 1]?.[1] ?? 0] as [number, number],
    );
    const rand = seededRandom(20251206);
    let untouched = 0;
    let untouchedAnchored = 0;
    let touched = 0;
    let touchedAnchored = 0;
    const wrong: string[] = [];

    for (let i = 0; i < 600; i++) {
      const edit = randomEdit(body, rand, spans);
      const text = apply(body, edit);
      for (const a of original) {
        const located = locate(text, a.words, a.options);
        const first = a.parts[0]?.[0] ?? 0;
        const last = a.parts[a.parts.length - 1]?.[1] ?? 0;
        const editTouches = edit.at < last && edit.at + Math.max(edit.remove, 1) > first;
        if (editTouches) touched++;
        else untouched++;
        if (!located.ok) continue;
        if (editTouches) touchedAnchored++;
        else untouchedAnchored++;
        // The anchored words must be the annotation's words, whatever the edit did.
        const got = located.parts.map(([s, e]) => foldText(text.slice(s, e)));
        const want = needleParts(a.words);
        if (got.join('|') !== want.join('|'))
          wrong.push(
            `edit ${i} (${edit.kind}): "${a.words.slice(0, 30)}" anchored to "${got.join(' … ')}"`,
          );
        // Where the edit left the words alone, the anchor must be where they moved to.
        if (!editTouches) {
          const expected = a.parts.map(([s, e]) => [shift(s, edit), shift(e - 1, edit)]);
          const actual = located.parts.map(([s, e]) => [s, e - 1]);
          if (JSON.stringify(expected) !== JSON.stringify(actual))
            wrong.push(
              `edit ${i} (${edit.kind}): "${a.words.slice(0, 30)}" moved from ${JSON.stringify(expected)} to ${JSON.stringify(actual)}`,
            );
        }
      }
    }
    const recall = untouchedAnchored / untouched;
    console.log(
      `source-edit property test: ${untouched + touched} anchorings; edits away from the words: ${untouchedAnchored}/${untouched} re-anchored (recall ${(recall * 100).toFixed(1)}%); edits touching the words: ${touchedAnchored}/${touched} still anchored to the same words; wrong anchors: ${wrong.length}`,
    );
    expect(wrong).toEqual([]);
    expect(touched).toBeGreaterThan(100);
    expect(recall).toBeGreaterThan(0.8);
  });
});
