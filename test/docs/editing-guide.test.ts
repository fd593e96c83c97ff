// The editor's guide (docs/editing.md) cannot drift from the code: every example
// in it is extracted and run. `md check` examples go through the real content
// check on a temporary content folder (no errors, or exactly the rule they show);
// `text import` examples through the real import; the `imported` and `suggested`
// blocks must be what `npm run new` and `npm run suggest` produce. Every diagnostic
// rule in src/core has a section, and every rule that can be shown has an example.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { visit } from 'unist-util-visit';
import type { Code } from 'mdast';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostics.ts';
import { RULE_IDS, RULES } from '../../src/core/rules.ts';
import { DEFAULT_RATING_SCALE } from '../../src/schema/ratings.ts';
import { formatDate, resolveDate } from '../../src/core/dates/dates.ts';
import { draftAnnotations } from '../../src/core/suggestions/draft-annotations.ts';
import { importArticle } from '../../src/core/import/import-article.ts';
import { suggest } from '../../src/core/suggestions/suggest.ts';
import { loadSite } from '../../src/node/content.ts';
import { cli, ROOT } from '../helpers/cli.ts';
import { SOURCE, seedRegistry, seedText } from '../helpers/seed-fixture.ts';

const GUIDE = path.join(ROOT, 'docs/editing.md');
const guide = readFileSync(GUIDE, 'utf8');
const SEED_DIR = 'briefings/maduro-police-cooperation';
const DEFAULT_FILE = `${SEED_DIR}/example.md`;
/** The base briefing.md of every example: a valid frontmatter and one block no example uses. */
const BASE_BRIEFING =
  "---\ntitle: Guide example\nsummary: An example from the editor's guide.\n---\n\n:::actor{ref=venezuela}\n:::\n";
/** Rules that no text example can show (bytes, sizes, or a state the earlier checks prevent). */
const NOT_SHOWABLE = new Set([
  'file-encoding',
  'import-encoding',
  'source-too-large',
  'import-invalid',
]);

interface Example {
  line: number;
  lang: string;
  meta: Record<string, string | true>;
  text: string;
}

function parseMeta(meta: string): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (const m of meta.matchAll(/([a-z][\w-]*)(?:=(?:"([^"]*)"|'([^']*)'|(\S+)))?/g)) {
    out[m[1] ?? ''] = m[2] ?? m[3] ?? m[4] ?? true;
  }
  return out;
}

function examples(): Example[] {
  const found: Example[] = [];
  visit(unified().use(remarkParse).parse(guide), 'code', (node: Code) => {
    found.push({
      line: node.position?.start.line ?? 0,
      lang: node.lang ?? '',
      meta: parseMeta(node.meta ?? ''),
      text: node.value,
    });
  });
  return found;
}

const all = examples();
const checked = all.filter((e) => e.lang === 'md' && e.meta['check'] !== undefined);
const imports = all.filter((e) => e.lang === 'text' && e.meta['import'] !== undefined);

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A content folder: shipped actors, the seed source, the base briefing.md, and the example at its file. */
function contentWith(example: Example): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-guide-'));
  temps.push(dir);
  cpSync(path.join(ROOT, 'content/actors'), path.join(dir, 'actors'), { recursive: true });
  mkdirSync(path.join(dir, SEED_DIR), { recursive: true });
  cpSync(path.join(ROOT, SOURCE), path.join(dir, SEED_DIR, 'source.md'));
  writeFileSync(path.join(dir, SEED_DIR, 'briefing.md'), BASE_BRIEFING);
  // Examples marked `shared` (a further source) are in every example's content.
  for (const shared of all.filter((e) => e.meta['shared'] && typeof e.meta['file'] === 'string')) {
    const at = path.join(dir, String(shared.meta['file']));
    mkdirSync(path.dirname(at), { recursive: true });
    writeFileSync(at, `${shared.text}\n`);
  }
  const file = typeof example.meta['file'] === 'string' ? example.meta['file'] : DEFAULT_FILE;
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(
    path.join(dir, file),
    example.text.endsWith('\n') ? example.text : `${example.text}\n`,
  );
  return { dir, file };
}

const describeDiagnostics = (list: readonly Diagnostic[]) =>
  list
    .map((d) => `${d.rule} ${d.severity} ${path.basename(d.file)}:${d.line}: ${d.message}`)
    .join('\n');

describe('docs/editing.md examples', () => {
  it('has the examples this test expects to find', () => {
    expect(checked.length).toBeGreaterThan(50);
    expect(imports.length).toBeGreaterThan(10);
    expect(all.filter((e) => e.meta['imported'])).toHaveLength(1);
    // The drafts of quotes and events, and the drafts of claims.
    expect(all.filter((e) => e.meta['suggested'])).toHaveLength(2);
  });

  it.each(
    checked.map(
      (e) =>
        [
          `line ${e.line}: ${e.meta['check'] === true ? 'passes check' : `shows ${String(e.meta['check'])}`}`,
          e,
        ] as const,
    ),
  )('%s', async (_name, example) => {
    const { dir } = contentWith(example);
    const { diagnostics } = await loadSite(ROOT, dir);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const expected = example.meta['check'];
    if (expected === true) {
      expect(describeDiagnostics(errors)).toBe('');
      return;
    }
    const shown = diagnostics.filter((d) => d.rule === expected);
    expect(
      shown.length,
      `the example should show ${expected}; got:\n${describeDiagnostics(diagnostics)}`,
    ).toBeGreaterThan(0);
    if (shown.some((d) => d.severity === 'error'))
      expect([...new Set(errors.map((d) => d.rule))]).toEqual([expected]);
    else expect(describeDiagnostics(errors)).toBe('');
  });

  it('shows the example error as npm run check prints it', async () => {
    const example = checked.find((e) => e.meta['check'] === 'quote-not-found');
    if (!example) throw new Error('no quote-not-found example');
    const { dir, file } = contentWith(example);
    const run = await cli('check', [], { contentDir: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(
        `${file.replace(/[.]/g, '\\.')}:2:1 {2}quote-not-found {2}Quote not found in the source`,
      ),
    );
    expect(run.stderr).toContain('hint: Closest passage: ¶2');
  });

  it.each(
    imports.map(
      (e) =>
        [
          `line ${e.line}: ${e.meta['import'] === true ? 'imports' : `shows ${String(e.meta['import'])}`}`,
          e,
        ] as const,
    ),
  )('%s', (_name, example) => {
    const args = [...String(example.meta['args'] ?? '').matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map(
      (m) => m[1] ?? m[2] ?? m[3] ?? '',
    );
    const { values } = parseArgs({
      args,
      options: {
        slug: { type: 'string' },
        published: { type: 'string' },
        outlet: { type: 'string' },
        url: { type: 'string' },
        language: { type: 'string' },
      },
    });
    const result = importArticle(example.text, { file: 'article.txt', ...values });
    const expected = example.meta['import'];
    if (expected === true) {
      expect(describeDiagnostics(result.diagnostics)).toBe('');
      const next = all[all.indexOf(example) + 1];
      expect(next?.meta['imported'], 'an import example is followed by what it writes').toBe(true);
      expect(result.value?.sourceMarkdown).toBe(`${next?.text ?? ''}\n`);
      return;
    }
    expect(result.diagnostics.map((d) => d.rule)).toEqual([expected]);
  });

  it("quotes suggest's output for the seed as it is", () => {
    const blocks = all.filter((e) => e.meta['suggested']);
    const s = suggest({
      source: { path: `content/${SEED_DIR}/source.md`, text: seedText(SOURCE) },
      registry: seedRegistry(),
    }).value;
    if (blocks.length === 0 || !s) throw new Error('no suggested block or no suggestions');
    const printed = draftAnnotations(s);
    for (const block of blocks)
      for (const part of block.text.split(/\n\n(?=:::)/)) expect(printed).toContain(part);
  });
});

describe('docs/editing.md date table', () => {
  const rows = [...guide.matchAll(/^\| `([^`]+)`[^|]*\| [^|]+ \| ([^|]+) \|$/gm)].map(
    (m) => [m[1] ?? '', (m[2] ?? '').trim()] as const,
  );

  it('has a row per date form', () => {
    expect(rows.length).toBeGreaterThanOrEqual(12);
  });

  it.each(rows)('%s shows as %s in a paper of 6 December 2025', (wording, shown) => {
    const date = resolveDate(wording, '2025-12-06');
    expect(date.ok && formatDate(date.date)).toBe(shown);
  });
});

describe('docs/editing.md rating scale', () => {
  const listed = [...guide.matchAll(/^- `([a-z-]+)`: \*\*([^*]+)\*\*\. (.+)$/gm)].map((m) => ({
    id: m[1],
    label: m[2],
    meaning: m[3],
  }));

  it('lists the default scale exactly, in its order', () => {
    expect(listed.length).toBeGreaterThanOrEqual(2);
    expect(listed).toEqual(DEFAULT_RATING_SCALE.ratings);
  });
});

describe('docs/editing.md rules', () => {
  const rules: string[] = [...RULE_IDS].sort();
  const documented = [...guide.matchAll(/^#### `([a-z-]+)`$/gm)].map((m) => m[1] ?? '');
  const shown = new Set(
    [...checked.map((e) => e.meta['check']), ...imports.map((e) => e.meta['import'])].filter(
      (r): r is string => typeof r === 'string',
    ),
  );

  it('reads the rules from the catalogue', () => {
    expect(rules).toContain('quote-not-found');
    expect(rules).toContain('evidence-ambiguous');
    expect(rules).toContain('import-published-missing');
    expect(rules.length).toBeGreaterThan(40);
  });

  it('documents every rule the code reports, and no rule it does not', () => {
    expect(rules.filter((r) => !documented.includes(r))).toEqual([]);
    expect(documented.filter((r) => !rules.includes(r))).toEqual([]);
    expect(new Set(documented).size).toBe(documented.length);
  });

  it('calls a rule a warning exactly when the catalogue does', () => {
    const warned = [...guide.matchAll(/^#### `([a-z-]+)`\n\n(.)/gm)]
      .filter((m) => guide.startsWith('A warning', (m.index ?? 0) + m[0].length - 1))
      .map((m) => m[1]);
    expect(warned.sort()).toEqual(RULE_IDS.filter((r) => RULES[r].severity === 'warning').sort());
  });

  it('shows every rule with an example, except those no text can show', () => {
    expect(rules.filter((r) => !shown.has(r) && !NOT_SHOWABLE.has(r))).toEqual([]);
    expect([...NOT_SHOWABLE].filter((r) => !rules.includes(r))).toEqual([]);
  });
});
