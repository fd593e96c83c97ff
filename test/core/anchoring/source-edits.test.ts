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
import { applyEdit, editTouches, randomEdit, shiftOffset } from '../../helpers/source-edits.ts';

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
      const text = applyEdit(body, edit);
      for (const a of original) {
        const located = locate(text, a.words, a.options);
        const first = a.parts[0]?.[0] ?? 0;
        const last = a.parts[a.parts.length - 1]?.[1] ?? 0;
        const touches = editTouches(edit, first, last);
        if (touches) touched++;
        else untouched++;
        if (!located.ok) continue;
        if (touches) touchedAnchored++;
        else untouchedAnchored++;
        // The anchored words must be the annotation's words, whatever the edit did.
        const got = located.parts.map(([s, e]) => foldText(text.slice(s, e)));
        const want = needleParts(a.words);
        if (got.join('|') !== want.join('|'))
          wrong.push(
            `edit ${i} (${edit.kind}): "${a.words.slice(0, 30)}" anchored to "${got.join(' … ')}"`,
          );
        // Where the edit left the words alone, the anchor must be where they moved to.
        if (!touches) {
          const expected = a.parts.map(([s, e]) => [
            shiftOffset(s, edit),
            shiftOffset(e - 1, edit),
          ]);
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
