// A briefing's data files (`source.txt`, `briefing.json`, `annotations.jsonld`,
// made by src/core/briefing-exports.ts). `astro build` writes them straight into
// the output folder once the pages are built: as Astro routes they were three
// quarters of the build's routes and cost more to render and write one by one
// than the pages themselves (docs/performance.md). `npm run dev` serves the same
// bytes from routes (src/routes/), so editors see them as readers will.
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BRIEFING_EXPORT_FILES, briefingExports } from '../core/briefing-exports.ts';
import { hasErrors } from '../core/diagnostics.ts';
import { requireSite } from '../core/public-urls.ts';
import type { Briefing } from '../core/model.ts';
import { loadSiteCached } from '../node/site-cache.ts';
import { readSourceText } from '../node/source-text.ts';

/**
 * Writes every briefing's data files. Synchronously: thousands of small files are
 * written faster one after another than in flight on libuv's thread pool, and
 * nothing else waits on this thread meanwhile (Pagefind writes the index in its
 * own process).
 */
function writeExports(root: string, outDir: string, site: URL, briefings: readonly Briefing[]): number {
  let written = 0;
  for (const briefing of briefings) {
    const dir = path.join(outDir, 'briefings', briefing.slug);
    mkdirSync(dir, { recursive: true });
    for (const { file, body } of briefingExports(briefing, site, readSourceText(root, briefing))) {
      writeFileSync(path.join(dir, file), body);
      written++;
    }
  }
  return written;
}

export function briefingExportFiles(): AstroIntegration {
  let root = process.cwd();
  let site: URL | undefined;
  return {
    name: 'dossier-briefing-exports',
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute }) => {
        root = fileURLToPath(config.root);
        if (command === 'build') return;
        for (const file of BRIEFING_EXPORT_FILES) {
          injectRoute({ pattern: `/briefings/[slug]/${file}`, entrypoint: fileURLToPath(new URL(`../routes/briefings/[slug]/${file}.ts`, import.meta.url)), prerender: true });
        }
      },
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { value, diagnostics } = await loadSiteCached(root);
        // The dossier integration has stopped the build with the full report already.
        if (hasErrors(diagnostics)) throw new Error('The data files were not written: the content has errors (npm run check lists them).');
        const written = writeExports(root, fileURLToPath(dir), requireSite(site), value.briefings);
        logger.info(`wrote ${written} data files (${BRIEFING_EXPORT_FILES.join(', ')}) for ${value.briefings.length} briefings`);
      },
    },
  };
}
