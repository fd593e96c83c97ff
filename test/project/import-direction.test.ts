// Imports go one way, as DEVELOPERS.md ("Layout") writes the order down: the product's
// layers (schema → core → node → integration → pages, components, routes, cli), and
// inside core its folders (shared files → text → places → markdown → dates → anchoring →
// actors → assembly → publishing → pages → import → suggestions →
// annotate). Inside a core folder
// the files import each other without a circle, and a folder's `model.ts` stands below
// the stages that make it: it imports nothing of its folder. Core imports nothing from
// the outside world (no astro:*, virtual:, node:*); the product imports nothing from
// the benchmark, the tools or the tests. This reads the import lines of every file.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.ts';
import { importSpecifiers } from '../helpers/imports.ts';

/** The product's layers, lowest first: a file may import from its own layer or a lower one. */
const LAYERS: readonly (readonly string[])[] = [
  ['src/schema'],
  ['src/core'],
  ['src/node'],
  ['src/integration'],
  ['src/pages', 'src/components', 'src/layouts', 'src/routes', 'src/cli', 'src/content.config.ts'],
];
/** Runs in the reader's browser: imports none of the build's code. */
const BROWSER = 'src/browser';
/** Core's folders, lowest first; `.` is the files at the top of src/core, shared by all. */
const CORE_ORDER = [
  '.',
  'text',
  'places',
  'markdown',
  'dates',
  'anchoring',
  'actors',
  'assembly',
  'publishing',
  'pages',
  'import',
  'suggestions',
  'annotate',
];
/** Folders that are not the product. */
const NOT_PRODUCT = ['bench', 'tools', 'test'];

function layerOf(file: string): number {
  return LAYERS.findIndex((layer) =>
    layer.some((place) => file === place || file.startsWith(`${place}/`)),
  );
}

function coreFolderOf(file: string): string | undefined {
  if (!file.startsWith('src/core/')) return undefined;
  const rest = file.slice('src/core/'.length);
  return rest.includes('/') ? rest.slice(0, rest.indexOf('/')) : '.';
}

/** `file imports target: why it goes against the order`, for each import that does. */
export function violations(files: ReadonlyMap<string, string>): string[] {
  const found: string[] = [];
  for (const [file, text] of files) {
    for (const specifier of importSpecifiers(text)) {
      const report = (why: string) => found.push(`${file} imports ${specifier}: ${why}`);
      if (
        file.startsWith('src/core/') &&
        /^(?:astro:|virtual:|node:|astro$|astro\/)/.test(specifier)
      ) {
        report('core imports nothing from Astro or Node');
        continue;
      }
      if (!specifier.startsWith('.')) continue;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
      if (!file.startsWith('src/')) continue;
      if (NOT_PRODUCT.some((place) => target.startsWith(`${place}/`))) {
        report('the product imports nothing from the benchmark, tools or tests');
        continue;
      }
      if (file.startsWith(`${BROWSER}/`) && !target.startsWith(`${BROWSER}/`)) {
        report('browser code imports none of the build’s code');
        continue;
      }
      if (target.startsWith(`${BROWSER}/`)) continue;
      const from = layerOf(file);
      const to = layerOf(target);
      if (from >= 0 && to > from) report(`${LAYERS[to]?.[0]} is above ${LAYERS[from]?.[0]}`);
      const fromFolder = coreFolderOf(file);
      const toFolder = coreFolderOf(target);
      if (
        fromFolder !== undefined &&
        toFolder !== undefined &&
        CORE_ORDER.indexOf(toFolder) > CORE_ORDER.indexOf(fromFolder)
      ) {
        report(`core/${toFolder} comes after core/${fromFolder}`);
      }
    }
  }
  return found;
}

/**
 * The circles of imports between files of one core folder (type-only imports count: a
 * reader follows them as any other), each as `core/<folder>: a.ts → b.ts → a.ts`; and
 * each import of a folder's model.ts from its own folder.
 */
export function folderViolations(files: ReadonlyMap<string, string>): string[] {
  const edges = new Map<string, string[]>();
  const found: string[] = [];
  for (const [file, text] of files) {
    const folder = coreFolderOf(file);
    if (folder === undefined || folder === '.') continue;
    const targets: string[] = [];
    for (const specifier of importSpecifiers(text)) {
      if (!specifier.startsWith('.')) continue;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
      if (target === file || path.posix.dirname(target) !== path.posix.dirname(file)) continue;
      targets.push(target);
      if (path.posix.basename(file) === 'model.ts')
        found.push(`${file} imports ${specifier}: the model imports nothing of its folder`);
    }
    edges.set(file, targets);
  }
  // Tarjan's strongly connected components: each of more than one file is a circle.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const target of edges.get(file) ?? []) {
      if (!edges.has(target)) continue;
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1)
      found.push(
        `core/${coreFolderOf(file)}: a circle of ${component.length} files: ${component
          .map((f) => path.posix.basename(f))
          .sort()
          .join(', ')}`,
      );
  };
  for (const file of [...edges.keys()].sort()) if (!index.has(file)) visit(file);
  return found;
}

function sourceFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(path.join(ROOT, 'src'), {
    recursive: true,
    withFileTypes: true,
  })) {
    if (!entry.isFile() || !/\.(?:ts|astro|mjs)$/.test(entry.name)) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(ROOT, full).split(path.sep).join('/'), readFileSync(full, 'utf8'));
  }
  return files;
}

describe('import direction', () => {
  it('reads static, re-exported and dynamic imports', () => {
    const text =
      "import { a } from './a.ts';\nimport type { B } from '../b.ts';\nexport { c } from './c.ts';\nimport './d.css';\nconst e = await import('../e.ts');\n// a comment that says from 'nowhere'\n";
    expect(importSpecifiers(text)).toEqual(['./a.ts', '../b.ts', './c.ts', './d.css', '../e.ts']);
  });

  it('catches an import against the order', () => {
    const files = new Map([
      ['src/core/text/paragraphs.ts', "import { anchor } from '../anchoring/anchoring.ts';"],
      [
        'src/core/actors/actors.ts',
        "import { anchor } from '../anchoring/anchoring.ts';\nimport { readFileSync } from 'node:fs';",
      ],
      ['src/core/dates/dates.ts', "import { isBuild } from '../../node/site-cache.ts';"],
      ['src/node/content.ts', "import { dossier } from '../integration/dossier.ts';"],
      ['src/browser/search.ts', "import { publicUrls } from '../core/publishing/public-urls.ts';"],
      ['src/cli/bench.ts', "import { run } from '../../bench/run.ts';"],
      ['src/pages/index.astro', "import { getBriefings } from '../integration/collections.ts';"],
    ]);
    expect(violations(files)).toEqual([
      'src/core/text/paragraphs.ts imports ../anchoring/anchoring.ts: core/anchoring comes after core/text',
      'src/core/actors/actors.ts imports node:fs: core imports nothing from Astro or Node',
      'src/core/dates/dates.ts imports ../../node/site-cache.ts: src/node is above src/core',
      'src/node/content.ts imports ../integration/dossier.ts: src/integration is above src/node',
      'src/browser/search.ts imports ../core/publishing/public-urls.ts: browser code imports none of the build’s code',
      'src/cli/bench.ts imports ../../bench/run.ts: the product imports nothing from the benchmark, tools or tests',
    ]);
  });

  it('catches a circle inside a core folder and a model that imports its stages', () => {
    const files = new Map([
      ['src/core/assembly/model.ts', "import type { BriefingDates } from './briefing-dates.ts';"],
      ['src/core/assembly/briefing-dates.ts', "import type { Site } from './site.ts';"],
      [
        'src/core/assembly/site.ts',
        "import type { Briefing } from './model.ts';\nimport { error } from '../diagnostics.ts';",
      ],
      ['src/core/assembly/claims.ts', "import type { Briefing } from './model.ts';"],
      ['src/core/publishing/a.ts', "import { b } from './b.ts';"],
      ['src/core/publishing/b.ts', "import type { A } from './a.ts';"],
      ['src/core/publishing/c.ts', "import { a } from './a.ts';"],
      ['src/node/x.ts', "import { y } from './y.ts';"],
      ['src/node/y.ts', "import { x } from './x.ts';"],
    ]);
    expect(folderViolations(files)).toEqual([
      'src/core/assembly/model.ts imports ./briefing-dates.ts: the model imports nothing of its folder',
      'core/assembly: a circle of 3 files: briefing-dates.ts, model.ts, site.ts',
      'core/publishing: a circle of 2 files: a.ts, b.ts',
    ]);
  });

  it('holds for every file of src/', () => {
    const files = sourceFiles();
    expect(files.size).toBeGreaterThan(80);
    expect(violations(files)).toEqual([]);
    expect(folderViolations(files)).toEqual([]);
  });
});
