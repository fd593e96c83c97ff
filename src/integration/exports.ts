// A briefing's data files (`source.txt`, `briefing.json`, `annotations.jsonld`,
// `sources/<id>.txt`, made by src/core/publishing/briefing-exports.ts) in `npm run dev`: routes (src/routes/)
// serve the bytes `astro build` publishes, so editors see them as readers will.
// The build does not render them as routes: they were three quarters of its
// routes; its worker thread writes them (src/node/prebuild.ts, docs/performance.md).
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { BRIEFING_EXPORT_FILES } from '../core/publishing/briefing-export-files.ts';

export function briefingExportFiles(): AstroIntegration {
  return {
    name: 'dossier-briefing-exports',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'build') return;
        for (const file of BRIEFING_EXPORT_FILES) {
          injectRoute({
            pattern: `/briefings/[slug]/${file}`,
            entrypoint: fileURLToPath(
              new URL(`../routes/briefings/[slug]/${file}.ts`, import.meta.url),
            ),
            prerender: true,
          });
        }
        injectRoute({
          pattern: '/briefings/[slug]/sources/[source].txt',
          entrypoint: fileURLToPath(
            new URL('../routes/briefings/[slug]/sources/[source].txt.ts', import.meta.url),
          ),
          prerender: true,
        });
      },
    },
  };
}
