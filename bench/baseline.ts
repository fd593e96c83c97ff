// The benchmark's baseline: a plain Astro site over the same content folder, with
// no annotations. Astro's own glob() loader reads every briefings/<slug>/source.md
// and renders its markdown body (the article's paragraphs); one route prints each
// at /briefings/<slug>/, and Pagefind indexes the built pages once they are written
// (its Node API, as the usual Astro + Pagefind integrations do), so both sides of
// the comparison ship search. It has Astro's incremental build on, a cacheKey per
// article (its content digest), for the one-edit republish. It shares this project's node_modules through a symlink
// and has its own cache folder, so it never reads or writes the project's caches.
// Main function: `writeBaselineProject(dir, root, contentDir, cacheDir)`.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function writeBaselineProject(
  dir: string,
  root: string,
  contentDir: string,
  cacheDir: string,
): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'src/pages/briefings/[slug]'), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  writeFileSync(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name: 'dossier-bench-baseline', private: true, type: 'module' }, null, 2)}\n`,
  );
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    `// Plain Astro + Pagefind: the same site URL and output format as Dossier, and a
// search index of the built pages, nothing else.
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';

const search = {
  name: 'pagefind',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      const site = fileURLToPath(dir);
      const { index } = await pagefind.createIndex();
      await index.addDirectory({ path: site });
      await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
      await pagefind.close();
    },
  },
};

export default defineConfig({
  site: 'https://dossier.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Astro's own incremental build, with a cacheKey per article (the entry's digest).
  experimental: { incrementalBuild: true },
  cacheDir: ${JSON.stringify(cacheDir)},
  integrations: [search],
});
`,
  );
  writeFileSync(
    path.join(dir, 'src/content.config.ts'),
    `// Every source.md of the content folder, read and rendered by Astro's glob() loader.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  sources: defineCollection({
    loader: glob({
      pattern: '*/source.md',
      base: ${JSON.stringify(path.join(contentDir, 'briefings'))},
      generateId: ({ entry }) => entry.split('/')[0] ?? entry,
    }),
  }),
};
`,
  );
  writeFileSync(
    path.join(dir, 'src/pages/briefings/[slug]/index.astro'),
    `---
// One page per source: its title, outlet and date, and the article's paragraphs.
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const sources = await getCollection('sources');
  return sources.map((entry) => ({ params: { slug: entry.id }, props: { entry }, cacheKey: entry.digest }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
const { title, outlet, published } = entry.data;
---
<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
  </head>
  <body>
    <main>
      <h1>{title}</h1>
      <p>{outlet} · {String(published)}</p>
      <Content />
    </main>
  </body>
</html>
`,
  );
}
