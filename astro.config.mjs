// Registers the Dossier integrations (content, data files and search index; dev routes for the data files; annotating from the live preview, dev only; sitemap with each page's lastmod); no logic here.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { dossier } from './src/integration/dossier.ts';
import { annotateFromPreview } from './src/integration/annotate.ts';
import { briefingExportFiles } from './src/integration/exports.ts';
import { sitemapLastmod } from './src/integration/sitemap.ts';

export default defineConfig({
  site: 'https://dossier.example.org',
  trailingSlash: 'always',
  integrations: [
    // The newsroom's own site (README, "Your newsroom's site"): name, description,
    // language, logo; each may be left out (src/schema/site-options.ts).
    dossier({ name: 'Dossier', language: 'en-GB' }),
    briefingExportFiles(),
    annotateFromPreview(),
    sitemap({ serialize: sitemapLastmod(fileURLToPath(new URL('.', import.meta.url))) }),
  ],
  // Four pages in flight: while one share image is drawn off the main thread
  // (src/node/share-image.ts), the next pages render (1,000 briefings with no share
  // image cached: 64 s against 90 s one at a time; the same with them cached, and the
  // same peak memory; docs/performance.md).
  build: { format: 'directory', concurrency: 4 },
  // A rebuild renders only the pages whose key changed (each getStaticPaths entry's
  // cacheKey, src/integration/collections.ts) and copies the others from the last build,
  // kept in Astro's cacheDir (node_modules/.astro; DEVELOPERS.md, "Incremental build").
  experimental: { incrementalBuild: true },
  // Scripts and styles stay files, never inline: pages carry no inline code (a
  // strict Content-Security-Policy can forbid it) besides JSON-LD data.
  vite: { build: { assetsInlineLimit: 0 } },
  // Builds side by side (tests, benchmarks) each keep their own cache when they say so.
  ...(process.env.DOSSIER_CACHE_DIR ? { cacheDir: process.env.DOSSIER_CACHE_DIR } : {}),
});
