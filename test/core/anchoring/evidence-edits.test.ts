// Property test through the whole assembly: random edits to the seed's source.md or to
// an invented further source beside it (test/fixtures/two-sources/), near and across the
// spans of quotes, events, claims and the evidence inside them. After each edit every
// span the briefing had is either anchored to the same words (at the same place when the
// edit left them alone) or left out with an error in the editor's file at that block:
// never a guessed, wrong passage. Prints the recall.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assembleSite } from '../../../src/core/assembly/site.ts';
import type { Briefing, SourcedAnchor } from '../../../src/core/assembly/model.ts';
import { splitFrontmatter } from '../../../src/core/markdown/frontmatter.ts';
import { foldText } from '../../../src/core/text/normalize.ts';
import type { Diagnostic } from '../../../src/core/diagnostics.ts';
import { DIR, ROOT, SLUG, SOURCE, seedFiles, toRaw } from '../../helpers/seed-fixture.ts';
import { seededRandom } from '../../helpers/random.ts';
import { applyEdit, editTouches, randomEdit, shiftOffset } from '../../helpers/source-edits.ts';

const WIRE = `${DIR}/sources/coastal-wire.md`;
const CLAIMS = `${DIR}/claims-two-sources.md`;
const fixture = (name: string) => readFileSync(`${ROOT}test/fixtures/two-sources/${name}`, 'utf8');

const files = seedFiles();
files.set(WIRE, fixture('coastal-wire.md'));
files.set(CLAIMS, fixture('claims.md'));

/** One anchored span of the briefing: whose it is, in which source, and the block it belongs to. */
interface Span {
  key: string;
  kind: 'quote' | 'event' | 'claim' | 'evidence';
  anchor: SourcedAnchor;
  /** The editor's file and the line of the block an error about this span would name. */
  file: string;
  line: number;
}

function spansOf(briefing: Briefing): Span[] {
  return [
    ...briefing.quotes.map((q) => ({
      key: q.id,
      kind: 'quote' as const,
      anchor: q.anchor,
      file: q.file,
      line: q.line,
    })),
    ...briefing.events.flatMap((e) => [
      ...(e.anchor
        ? [{ key: e.id, kind: 'event' as const, anchor: e.anchor, file: e.file, line: e.line }]
        : []),
      ...e.furtherEvidence.map((v) => ({
        key: v.id,
        kind: 'evidence' as const,
        anchor: v.anchor,
        file: e.file,
        line: e.line,
      })),
    ]),
    ...briefing.claims.flatMap((c) => [
      { key: c.id, kind: 'claim' as const, anchor: c.anchor, file: c.file, line: c.line },
      ...c.evidence.map((v) => ({
        key: v.id,
        kind: 'evidence' as const,
        anchor: v.anchor,
        file: c.file,
        line: c.line,
      })),
    ]),
  ];
}

/** A source's body and what comes before it, so an edit of the body keeps the frontmatter. */
function bodyOf(text: string): { head: string; body: string } {
  const { body } = splitFrontmatter(text);
  return { head: text.slice(0, text.length - body.length), body };
}

/** The body offsets of each part of `anchor` in its source, as the briefing has the paragraphs. */
function absolute(briefing: Briefing, anchor: SourcedAnchor): [number, number][] {
  const paragraphs =
    anchor.source === undefined
      ? briefing.paragraphs
      : (briefing.furtherSources.find((s) => s.id === anchor.source)?.paragraphs ?? []);
  const p = paragraphs[anchor.paragraph - 1];
  if (!p) throw new Error(`anchor names ¶${anchor.paragraph}, which its source lacks`);
  return anchor.parts.map((r) => [p.start + r.start, p.start + r.end]);
}

function assemble(edited: Map<string, string>): {
  briefing: Briefing | undefined;
  diagnostics: readonly Diagnostic[];
} {
  const { value, diagnostics } = assembleSite(toRaw(edited));
  return { briefing: value.briefings.find((b) => b.slug === SLUG), diagnostics };
}

describe('evidence spans in two sources under random source edits', () => {
  it('anchors every span to its own words or reports it, over 300 random edits of source.md and a further source', () => {
    const before = assemble(files);
    expect(before.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const briefing = before.briefing;
    if (!briefing) throw new Error('the fixture briefing does not assemble');
    const spans = spansOf(briefing);
    const inWire = spans.filter((s) => s.anchor.source === 'coastal-wire');
    const evidenceIn = (source: string | undefined) =>
      spans.filter((s) => s.kind === 'evidence' && s.anchor.source === source);
    // The fixture has evidence in both sources, and claims' words in both.
    expect(evidenceIn(undefined).length).toBeGreaterThanOrEqual(3);
    expect(evidenceIn('coastal-wire').length).toBeGreaterThanOrEqual(2);
    expect(inWire.filter((s) => s.kind === 'claim')).toHaveLength(1);

    const sources = [
      { path: SOURCE, id: undefined },
      { path: WIRE, id: 'coastal-wire' },
    ];
    const original = spans.map((s) => {
      const parts = absolute(briefing, s.anchor);
      const path = sources.find((x) => x.id === s.anchor.source)?.path ?? SOURCE;
      const body = bodyOf(files.get(path) ?? '').body;
      return { ...s, path, parts, words: parts.map(([a, b]) => foldText(body.slice(a, b))) };
    });
    // The end of each block: the next block's line in the same file.
    const blockEnd = (file: string, line: number) =>
      Math.min(
        ...original.filter((o) => o.file === file && o.line > line).map((o) => o.line - 1),
        Number.MAX_SAFE_INTEGER,
      );

    const rand = seededRandom(20251207);
    const counts = { untouched: 0, untouchedAnchored: 0, touched: 0, touchedAnchored: 0 };
    const bySource = new Map<string, { spans: number; anchored: number }>();
    const wrong: string[] = [];
    for (let i = 0; i < 300; i++) {
      const target = sources[i % 2] ?? sources[0]!;
      const { head, body } = bodyOf(files.get(target.path) ?? '');
      const near = original
        .filter((o) => o.path === target.path)
        .map((o) => [o.parts[0]?.[0] ?? 0, o.parts.at(-1)?.[1] ?? 0] as [number, number]);
      const edit = randomEdit(body, rand, near);
      const text = applyEdit(body, edit);
      const edited = new Map(files);
      edited.set(target.path, head + text);
      const after = assemble(edited);
      const now = new Map(after.briefing ? spansOf(after.briefing).map((s) => [s.key, s]) : []);
      for (const o of original) {
        const first = o.parts[0]?.[0] ?? 0;
        const last = o.parts.at(-1)?.[1] ?? 0;
        const touches = o.path === target.path && editTouches(edit, first, last);
        if (touches) counts.touched++;
        else counts.untouched++;
        const tally = bySource.get(o.path) ?? { spans: 0, anchored: 0 };
        bySource.set(o.path, tally);
        tally.spans++;
        const found = now.get(o.key);
        if (!found || !after.briefing) {
          // Left out: an error must say so, in the editor's file, at this block.
          const reported = after.diagnostics.some(
            (d) =>
              d.severity === 'error' &&
              d.file === o.file &&
              d.line >= o.line &&
              d.line <= blockEnd(o.file, o.line),
          );
          if (!reported)
            wrong.push(`edit ${i} (${edit.kind}): ${o.key} vanished without an error at its block`);
          continue;
        }
        tally.anchored++;
        if (touches) counts.touchedAnchored++;
        else counts.untouchedAnchored++;
        if (found.anchor.source !== o.anchor.source) {
          wrong.push(`edit ${i} (${edit.kind}): ${o.key} moved to source ${found.anchor.source}`);
          continue;
        }
        const textNow = o.path === target.path ? text : bodyOf(files.get(o.path) ?? '').body;
        const parts = absolute(after.briefing, found.anchor);
        const got = parts.map(([a, b]) => foldText(textNow.slice(a, b)));
        if (got.join('|') !== o.words.join('|'))
          wrong.push(
            `edit ${i} (${edit.kind}): ${o.key} anchored to "${got.join(' … ')}", not "${o.words.join(' … ')}"`,
          );
        else if (!touches) {
          const expected =
            o.path === target.path
              ? o.parts.map(([a, b]) => [shiftOffset(a, edit), shiftOffset(b - 1, edit)])
              : o.parts.map(([a, b]) => [a, b - 1]);
          const actual = parts.map(([a, b]) => [a, b - 1]);
          if (JSON.stringify(expected) !== JSON.stringify(actual))
            wrong.push(
              `edit ${i} (${edit.kind}): ${o.key} moved from ${JSON.stringify(expected)} to ${JSON.stringify(actual)}`,
            );
        }
      }
    }
    const recall = counts.untouchedAnchored / counts.untouched;
    const perSource = [...bySource]
      .map(([path, t]) => `${path.slice(DIR.length + 1)} ${t.anchored}/${t.spans}`)
      .join(', ');
    console.log(
      `evidence-edit property test: ${spans.length} spans (${evidenceIn(undefined).length + evidenceIn('coastal-wire').length} of evidence, ${inWire.length} in the further source) × 300 edits; edits away from the words: ${counts.untouchedAnchored}/${counts.untouched} re-anchored (recall ${(recall * 100).toFixed(1)}%); edits touching the words: ${counts.touchedAnchored}/${counts.touched} still anchored; still anchored per source: ${perSource}; wrong anchors: ${wrong.length}`,
    );
    expect(wrong).toEqual([]);
    expect(counts.touched).toBeGreaterThan(50);
    expect(recall).toBeGreaterThan(0.8);
  }, 120_000);
});
