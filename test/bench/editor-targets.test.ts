// The editor bench's targets (bench/editor.ts): each a ratio against the shipped
// content of the same run, held or missed against the limits, and not
// measured when the run left that size out.
import { describe, expect, it } from 'vitest';
import { annotateTargets, editorTargets, type EditorTimes } from '../../bench/editor.ts';

const times = (
  briefings: number,
  checkCold: number,
  devEdit: number,
  annotate = 0.5,
): EditorTimes => ({
  briefings,
  checkCold,
  checkWarm: 1.5,
  devFirstPage: 8,
  devEdit,
  devEdits: [devEdit],
  annotate,
  annotates: [annotate],
});

describe('editorTargets', () => {
  const shipped = times(1, 2, 0.4);

  it('holds a size within every limit and misses one past a limit', () => {
    const held = editorTargets(shipped, [times(1000, 7.9, 0.79)]);
    expect(held.find((t) => t.id === 'devEdit-1000')).toMatchObject({ limit: 2, ok: true });
    expect(held.find((t) => t.id === 'devEdit-1000')?.value).toBeCloseTo(1.975);
    const missed = editorTargets(shipped, [times(1000, 8.2, 0.81)]);
    expect(missed.find((t) => t.id === 'devEdit-1000')?.ok).toBe(false);
    expect(missed.find((t) => t.id === 'checkWarm-1000')?.ok).toBe(true);
  });

  it("judges no cold check against the shipped content's: the build bench's check-1000 does", () => {
    const ids = editorTargets(shipped, [times(1000, 100, 0.4)]).map((t) => t.id);
    expect(ids).toEqual([
      'checkWarm-1000',
      'devFirstPage-1000',
      'devEdit-1000',
      'devEdit-10000',
      'devFirstPage-10000',
    ]);
  });

  it('leaves a size the run did not measure as not measured', () => {
    const list = editorTargets(shipped, [times(1000, 4, 0.4)]);
    expect(list.find((t) => t.id === 'devEdit-10000')).toMatchObject({ value: null, ok: null });
    const at10k = editorTargets(shipped, [times(10000, 100, 1.1)]);
    expect(at10k.find((t) => t.id === 'devEdit-10000')).toMatchObject({ limit: 2.5, ok: false });
    expect(at10k.find((t) => t.id === 'devEdit-1000')?.ok).toBeNull();
  });

  it("judges dev's first page at 10,000 against 3× the shipped content's", () => {
    expect(
      editorTargets(shipped, [times(1000, 4, 0.4)]).find((t) => t.id === 'devFirstPage-10000'),
    ).toMatchObject({ value: null, ok: null });
    const at = (seconds: number) =>
      editorTargets(shipped, [{ ...times(10000, 100, 1.1), devFirstPage: seconds }]).find(
        (t) => t.id === 'devFirstPage-10000',
      );
    expect(at(24)).toMatchObject({ value: 3, limit: 3, ok: true });
    expect(at(25)).toMatchObject({ limit: 3, ok: false });
  });
});

describe('annotateTargets', () => {
  it('holds the selection-to-mark times in seconds: ≤ 1 s shipped, ≤ 2 s at 1,001 briefings', () => {
    const held = annotateTargets(times(1, 2, 0.4, 0.9), [times(1000, 4, 0.4, 1.9)]);
    expect(held).toMatchObject([
      { id: 'annotate-1', value: 0.9, limit: 1, ok: true },
      { id: 'annotate-1000', value: 1.9, limit: 2, ok: true },
    ]);
    const missed = annotateTargets(times(1, 2, 0.4, 1.1), [times(1000, 4, 0.4, 2.1)]);
    expect(missed.map((t) => t.ok)).toEqual([false, false]);
    expect(annotateTargets(times(1, 2, 0.4), [])[1]).toMatchObject({ value: null, ok: null });
  });
});
