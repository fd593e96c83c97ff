// Imports go one way, as DEVELOPERS.md ("Layout") writes the order down: the product's
// layers (schema → core → node → integration → pages, components, routes, cli), and
// inside core its folders (shared files → text → markdown → dates → anchoring →
// actors → assembly → publishing → import → suggestions → annotate). Core imports nothing from
// the outside world (no astro:*, virtual:, node:*); the product imports nothing from
// the benchmark, the tools or the tests. This reads the import lines of every file.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.ts';

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
  'markdown',
  'dates',
  'anchoring',
  'actors',
  'assembly',
  'publishing',
  'import',
  'suggestions',
  'annotate',
];
/** Folders that are not the product. */
const NOT_PRODUCT = ['bench', 'tools', 'test'];

/** Every module specifier a file imports: static imports and exports, and dynamic import(). */
export function importSpecifiers(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(
    /^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*(['"])([^'"]+)\1|^\s*import\s*(['"])([^'"]+)\3|\bimport\(\s*(['"])([^'"]+)\5\s*\)/gm,
  )) {
    const specifier = m[2] ?? m[4] ?? m[6];
    if (specifier) found.push(specifier);
  }
  return found;
}

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

  it('holds for every file of src/', () => {
    const files = sourceFiles();
    expect(files.size).toBeGreaterThan(80);
    expect(violations(files)).toEqual([]);
  });
});
