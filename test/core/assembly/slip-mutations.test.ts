// The slips editors make most, applied to the seed's own annotations: each named slip
// once on every opening line it fits, and generated variants (random curly quotes,
// spaces, line breaks, case changes in directive and attribute names, near-miss ids and
// attribute names) on random lines. Every one must be an error with its own rule at the
// line and column of the slip, and no error anywhere else: no silent acceptance (which
// would publish a page that says something else), and no follow-on noise.
import { describe, expect, it } from 'vitest';
import { assembleSite } from '../../../src/core/assembly/site.ts';
import type { RuleId } from '../../../src/core/rules.ts';
import { DIR, seedFiles, toRaw } from '../../helpers/seed-fixture.ts';
import { seededRandom } from '../../helpers/random.ts';

const FILES = [`${DIR}/briefing.md`, `${DIR}/events.md`, `${DIR}/claims.md`];
const ACTOR_IDS = new Set([
  'nicolas-maduro',
  'venezuelan-government',
  'tren-de-aragua',
  'united-states',
  'europa-press',
  'venezuela',
  'tren-del-llano',
]);

/** An opening line of the seed: where it is and its attributes, with their columns (0-based). */
interface Fence {
  file: string;
  /** 0-based line index. */
  index: number;
  colons: string;
  name: string;
  attributes: { key: string; value: string; quoted: boolean; at: number; end: number }[];
}

function fences(files: ReadonlyMap<string, string>): Fence[] {
  const found: Fence[] = [];
  for (const file of FILES) {
    (files.get(file) ?? '').split('\n').forEach((line, index) => {
      const m = /^(:{3,})([a-z]+)\{(.*)\}$/.exec(line);
      if (!m) return;
      const [, colons = '', name = ''] = m;
      const start = colons.length + name.length + 1;
      const attributes = [...(m[3] ?? '').matchAll(/([a-z]+)=(?:"([^"]*)"|([^\s"}]+))/g)].map(
        (a) => ({
          key: a[1] ?? '',
          value: a[2] ?? a[3] ?? '',
          quoted: a[2] !== undefined,
          at: start + (a.index ?? 0),
          end: start + (a.index ?? 0) + a[0].length,
        }),
      );
      found.push({ file, index, colons, name, attributes });
    });
  }
  return found;
}

/** A slip applied: the new line(s) in place of the fence's line, and where it must be reported. */
interface Slip {
  lines: string[];
  rule: RuleId;
  /** 0-based line offset from the fence's line, 0-based column. */
  line: number;
  column: number;
}

type Mutation = (fence: Fence, line: string, random: () => number) => Slip | undefined;

const CURLY = [
  ['“', '”'],
  ['”', '”'],
  ['„', '“'],
  ['«', '»'],
  ['‘', '’'],
] as const;

const pick = <T>(list: readonly T[], random: () => number): T =>
  list[Math.floor(random() * list.length)] as T;

/** The fence with one attribute rewritten as `written`. */
function withAttribute(line: string, a: Fence['attributes'][number], written: string): string {
  return line.slice(0, a.at) + written + line.slice(a.end);
}

const MUTATIONS: Record<string, Mutation> = {
  'curly quotes around a value': (f, line, random) => {
    const a = pick(f.attributes, random);
    if (!a) return undefined;
    const [open, close] = pick(CURLY, random);
    return {
      lines: [withAttribute(line, a, `${a.key}=${open}${a.value}${close}`)],
      rule: 'attribute-curly-quotes',
      line: 0,
      column: a.at + a.key.length + 1,
    };
  },
  'a straight quote closed by a curly one': (f, line, random) => {
    const a = pick(f.attributes, random);
    if (!a) return undefined;
    return {
      lines: [withAttribute(line, a, `${a.key}="${a.value}”`)],
      rule: 'attribute-curly-quotes',
      line: 0,
      column: a.at + a.key.length + 2 + a.value.length,
    };
  },
  'a value of several words without quotes': (f, line, random) => {
    const spaced = f.attributes.filter((a) => a.quoted && a.value.includes(' '));
    const a = pick(spaced, random);
    if (!a) return undefined;
    return {
      lines: [withAttribute(line, a, `${a.key}=${a.value}`)],
      rule: 'attribute-unquoted-spaces',
      line: 0,
      column: a.at,
    };
  },
  'a space between the name and {': (f, line) => ({
    lines: [`${f.colons}${f.name} ${line.slice(f.colons.length + f.name.length)}`],
    rule: 'directive-fence-space',
    line: 0,
    column: f.colons.length + f.name.length,
  }),
  'a space after the colons': (f, line) => ({
    lines: [`${f.colons} ${line.slice(f.colons.length)}`],
    rule: 'directive-fence-space',
    line: 0,
    column: f.colons.length,
  }),
  'the attributes on the next line': (f, line) => ({
    lines: [`${f.colons}${f.name}`, line.slice(f.colons.length + f.name.length)],
    rule: 'directive-attributes-next-line',
    line: 1,
    column: 0,
  }),
  'the attributes broken over two lines': (f, line, random) => {
    const a = pick(f.attributes.slice(1), random);
    if (!a) return undefined;
    return {
      lines: [line.slice(0, a.at - 1), line.slice(a.at)],
      rule: 'directive-attributes-next-line',
      line: 1,
      column: 0,
    };
  },
  'text after the closing brace': (_f, line, random) => {
    const text = pick(['extra', 'How it was said.', '(see ¶2)'], random);
    return {
      lines: [`${line} ${text}`],
      rule: 'directive-fence-unreadable',
      line: 0,
      column: line.length + 1,
    };
  },
  'a capital in the directive name': (f, line) => ({
    lines: [`${f.colons}${f.name[0]?.toUpperCase()}${line.slice(f.colons.length + 1)}`],
    rule: 'directive-unknown',
    line: 0,
    column: 0,
  }),
  'a capital in an attribute name': (f, line, random) => {
    const a = pick(f.attributes, random);
    if (!a) return undefined;
    const key =
      a.key.length > 1 && random() < 0.5
        ? a.key.toUpperCase()
        : `${a.key[0]?.toUpperCase()}${a.key.slice(1)}`;
    return {
      lines: [withAttribute(line, a, line.slice(a.at, a.end).replace(a.key, key))],
      rule: 'attribute-unknown',
      line: 0,
      column: a.at,
    };
  },
  'a near-miss attribute name': (f, line, random) => {
    const a = pick(
      f.attributes.filter((x) => x.key.length > 2),
      random,
    );
    if (!a) return undefined;
    const k = 1 + Math.floor(random() * (a.key.length - 1));
    const near =
      random() < 0.5
        ? a.key.slice(0, k) + a.key.slice(k + 1) // a letter dropped
        : a.key.slice(0, k - 1) + (a.key[k] ?? '') + (a.key[k - 1] ?? '') + a.key.slice(k + 1); // two swapped
    if (near === a.key || f.attributes.some((x) => x.key === near)) return undefined;
    return {
      lines: [withAttribute(line, a, line.slice(a.at, a.end).replace(a.key, near))],
      rule: 'attribute-unknown',
      line: 0,
      column: a.at,
    };
  },
  'a near-miss actor id': (f, line, random) => {
    const a = pick(
      f.attributes.filter((x) => ['by', 'ref', 'actors'].includes(x.key)),
      random,
    );
    if (!a) return undefined;
    const ids = a.value.split(' ');
    const i = Math.floor(random() * ids.length);
    const id = ids[i] ?? '';
    const k = 1 + Math.floor(random() * (id.length - 2));
    const near = id.slice(0, k) + id.slice(k + 1);
    if (ACTOR_IDS.has(near)) return undefined;
    ids[i] = near;
    const value = ids.join(' ');
    return {
      lines: [withAttribute(line, a, a.quoted ? `${a.key}="${value}"` : `${a.key}=${value}`)],
      rule: 'actor-unknown',
      line: 0,
      column: a.at,
    };
  },
};

/** Applies `slip` to `fence` in a copy of the seed and returns the errors and where they must be. */
function apply(fence: Fence, mutation: Mutation, random: () => number) {
  const files = seedFiles();
  const lines = (files.get(fence.file) ?? '').split('\n');
  const slip = mutation(fence, lines[fence.index] ?? '', random);
  if (!slip) return undefined;
  lines.splice(fence.index, 1, ...slip.lines);
  files.set(fence.file, lines.join('\n'));
  const errors = assembleSite(toRaw(files)).diagnostics.filter((d) => d.severity === 'error');
  return {
    slip,
    errors,
    expected: {
      file: fence.file,
      line: fence.index + 1 + slip.line,
      column: slip.column + 1,
      rule: slip.rule,
    },
    /** The file lines the slip's fence now takes. */
    lines: [fence.index + 1, fence.index + slip.lines.length],
    text: slip.lines.join('\n'),
  };
}

const SEED_FENCES = fences(seedFiles());

function expectReported(result: NonNullable<ReturnType<typeof apply>>): void {
  const where = `${result.expected.file}:${result.expected.line}:${result.expected.column} ${result.text}`;
  // Not silently accepted: an error, with the slip's rule, at the slip.
  expect(result.errors.length, where).toBeGreaterThan(0);
  expect(
    result.errors.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`),
    where,
  ).toContain(
    `${result.expected.file}:${result.expected.line}:${result.expected.column} ${result.expected.rule}`,
  );
  // Nothing elsewhere: no follow-on errors on other lines or files.
  const [from, to] = result.lines;
  const elsewhere = result.errors.filter(
    (d) => d.file !== result.expected.file || d.line < (from ?? 0) || d.line > (to ?? 0),
  );
  expect(
    elsewhere.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`),
    where,
  ).toEqual([]);
}

describe('slips on the seed’s opening lines', () => {
  it('the seed has the opening lines the mutations need', () => {
    expect(SEED_FENCES.length).toBeGreaterThanOrEqual(18);
    expect(
      assembleSite(toRaw(seedFiles())).diagnostics.filter((d) => d.severity === 'error'),
    ).toEqual([]);
  });

  for (const [name, mutation] of Object.entries(MUTATIONS)) {
    it(`${name}: on every opening line it fits, its rule at its line:column`, () => {
      let applied = 0;
      for (const fence of SEED_FENCES) {
        const result = apply(fence, mutation, seededRandom(fence.index + 1));
        if (!result) continue;
        applied++;
        expectReported(result);
      }
      expect(applied).toBeGreaterThan(0);
    });
  }

  it('40 generated variants: random slips on random lines, each reported at its line:column', () => {
    const random = seededRandom(2029);
    const names = Object.keys(MUTATIONS);
    let applied = 0;
    for (let n = 0; applied < 40 && n < 400; n++) {
      const fence = pick(SEED_FENCES, random);
      const mutation = MUTATIONS[pick(names, random)];
      if (!mutation) continue;
      const result = apply(fence, mutation, random);
      if (!result) continue;
      applied++;
      expectReported(result);
    }
    expect(applied).toBe(40);
  });
});
