// The search index: after `astro build` writes the site, Pagefind indexes one
// custom record per briefing, quote, actor and event (src/core/search-records.ts)
// into dist/pagefind/, which the search page loads on first use.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { hasErrors } from '../core/diagnostics.ts';
import { searchRecords } from '../core/search-records.ts';
import { loadSiteCached } from '../node/site-cache.ts';

export function searchIndex(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'dossier-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { value: site, diagnostics } = await loadSiteCached(root);
        if (hasErrors(diagnostics)) throw new Error('The search index was not built: the content has errors (npm run check lists them).');
        const records = searchRecords(site.briefings);
        const outputPath = path.join(fileURLToPath(dir), 'pagefind');
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          for (const record of records) {
            const added = await index.addCustomRecord(record);
            if (added.errors.length > 0) throw new Error(`Pagefind rejected ${record.url}: ${added.errors.join('; ')}`);
          }
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
        } finally {
          await pagefind.close();
        }
        logger.info(`indexed ${records.length} search records (${site.briefings.length} briefings) into ${path.relative(root, outputPath) || outputPath}`);
      },
    },
  };
}
