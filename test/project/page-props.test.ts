// Pages render only from their props (DEVELOPERS.md, "Pages render only from their
// props"): the props are projected from the assembled site by core's pure functions
// (src/core/pages/page-props.ts), so what a page shows is exactly what its props hold
// and a digest of them is a sound cache key. This reads the import lines of every
// page, component, layout and route, and the exports of src/integration/collections.ts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.ts';
import { importSpecifiers } from '../helpers/imports.ts';

const RENDERING = ['src/pages/', 'src/components/', 'src/layouts/', 'src/routes/'];
const COLLECTIONS = 'src/integration/collections.ts';
/** What a page may take from the integration: its props, a PNG for a card, the configured site. */
const PAGE_GLUE = new Set([
  COLLECTIONS,
  'src/integration/share-images.ts',
  'src/integration/publishing.ts',
]);
/** The dev-only data routes also render through the export glue (the build writes those files). */
const ROUTE_GLUE = new Set([...PAGE_GLUE, 'src/integration/export-route.ts']);

/** `file imports target: why`, for each import of a page, component, layout or route that reads around its props. */
export function propsViolations(files: ReadonlyMap<string, string>): string[] {
  const found: string[] = [];
  for (const [file, text] of files) {
    if (!RENDERING.some((place) => file.startsWith(place))) continue;
    const component = file.startsWith('src/components/') || file.startsWith('src/layouts/');
    for (const specifier of importSpecifiers(text)) {
      const report = (why: string) => found.push(`${file} imports ${specifier}: ${why}`);
      if (specifier === 'astro:content') {
        report('pages render from their props, not from content collections');
        continue;
      }
      if (!specifier.startsWith('.')) continue;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
      if (target.startsWith('src/node/'))
        report('pages read nothing from the file system or the site cache');
      else if (/^src\/core\/assembly\/(?:site|site-indexes|incremental)\.ts$/.test(target))
        report('the site is read by core’s projections (src/core/pages/), not by pages');
      else if (target.startsWith('src/integration/')) {
        if (component) report('components and layouts render from what their page passes them');
        else if (!(file.startsWith('src/routes/') ? ROUTE_GLUE : PAGE_GLUE).has(target))
          report('a page gets its props from collections.ts');
      }
    }
  }
  return found;
}

/** The exports of collections.ts that are not `() => props(<projection of core/pages>)`. */
export function collectionsViolations(text: string): string[] {
  const projections = new Set(
    [...text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'\.\.\/core\/pages\/page-props\.ts'/g)]
      .flatMap((m) => m[1]!.split(','))
      .map((name) => name.trim())
      .filter((name) => name && !name.startsWith('type ')),
  );
  const found: string[] = [];
  for (const m of text.matchAll(/^export\b.*$/gm)) {
    const line = m[0];
    const props = /^export const \w+ = \(\) => props\((\w+)\);$/.exec(line);
    if (!props || !projections.has(props[1]!)) found.push(line);
  }
  return found;
}

function sourceFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(path.join(ROOT, 'src'), {
    recursive: true,
    withFileTypes: true,
  })) {
    if (!entry.isFile() || !/\.(?:ts|astro)$/.test(entry.name)) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(ROOT, full).split(path.sep).join('/'), readFileSync(full, 'utf8'));
  }
  return files;
}

describe('pages render only from their props', () => {
  it('catches a page, component or route that reads around its props', () => {
    const files = new Map([
      ['src/pages/index.astro', "import { indexPageProps } from '../integration/collections.ts';"],
      [
        'src/pages/actors/index.astro',
        "import { loadSiteCached } from '../../node/site-cache.ts';",
      ],
      ['src/pages/tags/index.astro', "import { getCollection } from 'astro:content';"],
      [
        'src/pages/timeline/index.astro',
        "import type { Site } from '../../core/assembly/site.ts';",
      ],
      ['src/pages/rss.xml.ts', "import { dossier } from '../integration/dossier.ts';"],
      [
        'src/components/Card.astro',
        "import { indexPageProps } from '../integration/collections.ts';",
      ],
      ['src/components/Quote.astro', "import type { Briefing } from '../core/assembly/model.ts';"],
      ['src/routes/x.ts', "import { exportRoute } from '../integration/export-route.ts';"],
      ['src/pages/x.ts', "import { exportRoute } from '../integration/export-route.ts';"],
      ['src/integration/dossier.ts', "import { loadSiteCached } from '../node/site-cache.ts';"],
    ]);
    expect(propsViolations(files)).toEqual([
      'src/pages/actors/index.astro imports ../../node/site-cache.ts: pages read nothing from the file system or the site cache',
      'src/pages/tags/index.astro imports astro:content: pages render from their props, not from content collections',
      'src/pages/timeline/index.astro imports ../../core/assembly/site.ts: the site is read by core’s projections (src/core/pages/), not by pages',
      'src/pages/rss.xml.ts imports ../integration/dossier.ts: a page gets its props from collections.ts',
      'src/components/Card.astro imports ../integration/collections.ts: components and layouts render from what their page passes them',
      'src/pages/x.ts imports ../integration/export-route.ts: a page gets its props from collections.ts',
    ]);
  });

  it('catches a collections.ts export that is not a projection of core/pages', () => {
    const text = [
      "import { indexProps, type PageScope } from '../core/pages/page-props.ts';",
      'export const indexPageProps = () => props(indexProps);',
      'export const everything = () => props((site) => site);',
      'export const actorPageProps = () => props(actorProps);',
      'export async function renderedSite() {}',
    ].join('\n');
    expect(collectionsViolations(text)).toEqual([
      'export const everything = () => props((site) => site);',
      'export const actorPageProps = () => props(actorProps);',
      'export async function renderedSite() {}',
    ]);
  });

  it('holds for every page, component, layout and route, and for collections.ts', () => {
    const files = sourceFiles();
    expect(
      [...files.keys()].filter((f) => RENDERING.some((p) => f.startsWith(p))).length,
    ).toBeGreaterThan(20);
    expect(propsViolations(files)).toEqual([]);
    expect(collectionsViolations(files.get(COLLECTIONS)!)).toEqual([]);
  });
});
