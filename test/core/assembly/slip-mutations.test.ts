// The slips editors make most, applied to the seed's own annotations: each named slip
// once on every opening line it fits, and generated variants (random curly quotes,
// spaces, line breaks, case changes in directive and attribute names, near-miss ids and
// attribute names) on random lines. Every one must be an error with its own rule at the
// line and column of the slip, and no error anywhere else: no silent acceptance (which
// would publish a page that says something else), and no follow-on noise.
// Edits check accepts are then rendered to the briefing page's props (core assembly, then
// `briefingPages`, exactly what the page renders from): an edit that keeps the meaning
// (spaces in the braces, attributes reordered, a value quoted) gives the same page, and one
// that changes it (another speaker, date, id, rating, stance) gives a different one. So no
// accepted input that changed meaning leaves the page as it was.
import { describe, expect, it } from 'vitest';
import { canonical } from '../../../src/node/page-keys.ts';
import { assembleSite } from '../../../src/core/assembly/site.ts';
import { briefingPages } from '../../../src/core/pages/page-props.ts';
import type { RuleId } from '../../../src/core/rules.ts';
import { DEFAULT_SITE_IDENTITY } from '../../../src/schema/site-options.ts';
import { DIR, SLUG, seedFiles, toRaw } from '../../helpers/seed-fixture.ts';
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

/**
 * The published seed page as it renders: its props in the incremental build's canonical form
 * (`canonical()`, long objects by digest, so two are equal exactly when the props are), or
 * undefined when not published.
 */
function seedPage(files: ReadonlyMap<string, string>): {
  errors: ReturnType<typeof assembleSite>['diagnostics'];
  page: string | undefined;
} {
  const assembled = assembleSite(toRaw(files));
  const scope = {
    drafts: false,
    site: new URL('https://dossier.example.org'),
    identity: DEFAULT_SITE_IDENTITY,
  };
  const entry = briefingPages(assembled.value, scope).find((e) => e.params.slug === SLUG);
  return {
    errors: assembled.diagnostics.filter((d) => d.severity === 'error'),
    page: entry ? canonical(entry.props) : undefined,
  };
}

const SEED_PAGE = seedPage(seedFiles()).page;

/** Applies `slip` to `fence` in a copy of the seed and returns the errors and where they must be. */
function apply(fence: Fence, mutation: Mutation, random: () => number) {
  const files = seedFiles();
  const lines = (files.get(fence.file) ?? '').split('\n');
  const slip = mutation(fence, lines[fence.index] ?? '', random);
  if (!slip) return undefined;
  lines.splice(fence.index, 1, ...slip.lines);
  files.set(fence.file, lines.join('\n'));
  const { errors, page } = seedPage(files);
  return {
    page,
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
  // Not silently accepted: an error, with the slip's rule, at the slip (an error stops the
  // build, so no page is published from it).
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

/** An edit check accepts: the new line, and whether it changes what the briefing says. */
interface Edit {
  line: string;
  changesMeaning: boolean;
}

type Rewrite = (fence: Fence, line: string, random: () => number) => Edit | undefined;

/** Another seed actor id than `ids`, for a speaker or an event's actors. */
function otherActor(ids: readonly string[], random: () => number): string {
  return pick(
    [...ACTOR_IDS].filter((id) => !ids.includes(id)),
    random,
  );
}

const written = (a: Fence['attributes'][number]): string =>
  a.quoted ? `${a.key}="${a.value}"` : `${a.key}=${a.value}`;

/** The fence's line with its attributes as `attributes` (written by `write`). */
const rebuilt = (f: Fence, attributes: string[]): string =>
  `${f.colons}${f.name}{${attributes.join(' ')}}`;

const ACCEPTED: Record<string, Rewrite> = {
  // The same meaning, written otherwise.
  'spaces inside the braces': (f) => ({
    line: `${f.colons}${f.name}{  ${f.attributes.map(written).join('   ')} }`,
    changesMeaning: false,
  }),
  'the attributes in another order': (f) =>
    f.attributes.length < 2
      ? undefined
      : { line: rebuilt(f, f.attributes.map(written).reverse()), changesMeaning: false },
  'a one-word value put in straight quotes': (f, _line, random) => {
    const a = pick(
      f.attributes.filter((x) => !x.quoted),
      random,
    );
    if (!a) return undefined;
    return {
      line: rebuilt(
        f,
        f.attributes.map((x) => (x === a ? `${x.key}="${x.value}"` : written(x))),
      ),
      changesMeaning: false,
    };
  },
  'single straight quotes instead of double': (f, _line, random) => {
    const a = pick(
      f.attributes.filter((x) => x.quoted && !x.value.includes("'")),
      random,
    );
    if (!a) return undefined;
    return {
      line: rebuilt(
        f,
        f.attributes.map((x) => (x === a ? `${x.key}='${x.value}'` : written(x))),
      ),
      changesMeaning: false,
    };
  },
  // Another meaning: each must show on the page.
  'another speaker': (f, _line, random) => {
    const a = f.attributes.find((x) => x.key === 'by');
    if (!a) return undefined;
    return {
      line: rebuilt(
        f,
        f.attributes.map((x) => (x === a ? `by=${otherActor([a.value], random)}` : written(x))),
      ),
      changesMeaning: true,
    };
  },
  'another actor in an event': (f, _line, random) => {
    const a = f.attributes.find((x) => x.key === 'actors');
    if (!a) return undefined;
    const ids = a.value.split(' ');
    const i = Math.floor(random() * ids.length);
    ids[i] = otherActor(ids, random);
    return {
      line: rebuilt(
        f,
        f.attributes.map((x) => (x === a ? `actors="${ids.join(' ')}"` : written(x))),
      ),
      changesMeaning: true,
    };
  },
  'another date': (f, _line, random) => {
    const a = f.attributes.find((x) => x.key === 'date');
    if (!a) return undefined;
    const date = pick(
      ['2025-12-04', '2025-11', '"On Thursday"', '2025-10~'].filter(
        (d) => d.replaceAll('"', '') !== a.value,
      ),
      random,
    );
    return {
      line: rebuilt(
        f,
        f.attributes.map((x) => (x === a ? `date=${date}` : written(x))),
      ),
      changesMeaning: true,
    };
  },
  'another id': (f) => {
    const a = f.attributes.find((x) => x.key === 'id');
    if (!a) return undefined;
    return {
      line: rebuilt(
        f,
        f.attributes.map((x) => (x === a ? `id=${a.value}-renamed` : written(x))),
      ),
      changesMeaning: true,
    };
  },
  'another rating': (f, _line, random) => {
    const a = f.attributes.find((x) => x.key === 'rating');
    if (!a) return undefined;
    const rating = pick(
      ['accurate', 'mostly-accurate', 'unsupported', 'disputed', 'misleading', 'false'].filter(
        (r) => r !== a.value,
      ),
      random,
    );
    return {
      line: rebuilt(
        f,
        f.attributes.map((x) => (x === a ? `rating=${rating}` : written(x))),
      ),
      changesMeaning: true,
    };
  },
  'the other stance': (f) => {
    const a = f.attributes.find((x) => x.key === 'stance');
    if (!a) return undefined;
    const stance = a.value === 'supports' ? 'contradicts' : 'supports';
    return {
      line: rebuilt(
        f,
        f.attributes.map((x) => (x === a ? `stance=${stance}` : written(x))),
      ),
      changesMeaning: true,
    };
  },
};

/** Applies an accepted edit to a copy of the seed and renders the seed page's props. */
function applyEdit(fence: Fence, rewrite: Rewrite, random: () => number) {
  const files = seedFiles();
  const lines = (files.get(fence.file) ?? '').split('\n');
  const edit = rewrite(fence, lines[fence.index] ?? '', random);
  if (!edit) return undefined;
  lines.splice(fence.index, 1, edit.line);
  files.set(fence.file, lines.join('\n'));
  return { edit, where: `${fence.file}:${fence.index + 1} ${edit.line}`, ...seedPage(files) };
}

function expectPage(result: NonNullable<ReturnType<typeof applyEdit>>): void {
  expect(
    result.errors.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`),
    result.where,
  ).toEqual([]);
  expect(result.page, result.where).toBeDefined();
  if (result.edit.changesMeaning) expect(result.page, result.where).not.toBe(SEED_PAGE);
  else expect(result.page, result.where).toBe(SEED_PAGE);
}

describe('edits check accepts: the page changes exactly when the meaning does', () => {
  it('the unmutated seed publishes its page', () => {
    expect(SEED_PAGE).toMatch(/^\{"briefing":#[\w-]{43},"identity":/);
  });

  for (const [name, rewrite] of Object.entries(ACCEPTED)) {
    it(`${name}: on every opening line it fits`, () => {
      let applied = 0;
      for (const fence of SEED_FENCES) {
        const result = applyEdit(fence, rewrite, seededRandom(fence.index + 7));
        if (!result) continue;
        applied++;
        expectPage(result);
      }
      expect(applied).toBeGreaterThan(0);
    });
  }

  it('30 generated variants, slips and accepted edits mixed: each an error at its place or a page that says what the input says', () => {
    const random = seededRandom(4242);
    const slips = Object.values(MUTATIONS);
    const edits = Object.values(ACCEPTED);
    let reported = 0;
    let rendered = 0;
    for (let n = 0; reported + rendered < 30 && n < 400; n++) {
      const fence = pick(SEED_FENCES, random);
      if (random() < 0.5) {
        const result = apply(fence, pick(slips, random), random);
        if (!result) continue;
        reported++;
        expectReported(result);
      } else {
        const result = applyEdit(fence, pick(edits, random), random);
        if (!result) continue;
        rendered++;
        expectPage(result);
      }
    }
    expect(reported + rendered).toBe(30);
    expect(reported).toBeGreaterThan(5);
    expect(rendered).toBeGreaterThan(5);
  });
});
