// A briefing's data files (`source.txt`, `briefing.json`, `annotations.jsonld`,
// made by src/core/briefing-exports.ts). `astro build` writes them straight into
// the output folder once the pages are built: as Astro routes they were three
// quarters of the build's routes and cost more to render and write one by one
// than the pages themselves (docs/performance.md). `npm run dev` serves the same
// bytes from routes (src/routes/), so editors see them as readers will.
import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BRIEFING_EXPORT_FILES, briefingExports } from '../core/briefing-exports.ts';
import { hasErrors } from '../core/diagnostics.ts';
import { requireSite } from '../core/public-urls.ts';
import type { Briefing } from '../core/model.ts';
import { loadSiteCached } from '../node/site-cache.ts';
import { readSourceText } from '../node/source-text.ts';

/** Briefings whose files are read and written at once: bounded, as an archive has thousands. */
const AT_ONCE = 32;

async function writeExports(root: string, outDir: string, site: URL, briefings: readonly Briefing[]): Promise<number> {
  let next = 0;
  let written = 0;
  const work = async () => {
    for (let briefing = briefings[next++]; briefing; briefing = briefings[next++]) {
      const dir = path.join(outDir, 'briefings', briefing.slug);
      await mkdir(dir, { recursive: true });
      for (const { file, body } of briefingExports(briefing, site, await readSourceText(root, briefing))) {
        await writeFile(path.join(dir, file), body);
        written++;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, briefings.length) }, work));
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
        const written = await writeExports(root, fileURLToPath(dir), requireSite(site), value.briefings);
        logger.info(`wrote ${written} data files (${BRIEFING_EXPORT_FILES.join(', ')}) for ${value.briefings.length} briefings`);
      },
    },
  };
}
