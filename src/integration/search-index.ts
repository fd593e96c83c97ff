// The search index: Pagefind indexes one custom record per briefing, quote, actor
// and event (src/core/search-records.ts) into dist/pagefind/, which the search page
// loads on first use. In `astro build` the records are sent as soon as the content is
// assembled (config setup), so Pagefind, a process of its own, indexes them on
// another core while Astro renders the pages; after the build the index is written
// into its output folder. The records go in order, a bounded number in flight, and
// the index is the same as sending them one by one (docs/performance.md).
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { hasErrors } from '../core/diagnostics.ts';
import { searchRecords } from '../core/search-records.ts';
import { loadSiteCached } from '../node/site-cache.ts';

/** Records sent before their answers come back: keeps Pagefind busy without queueing every record in memory. */
const IN_FLIGHT = 64;

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

interface Indexed {
  index: PagefindIndex;
  records: number;
  briefings: number;
}

async function indexRecords(root: string): Promise<Indexed> {
  const { value: site, diagnostics } = await loadSiteCached(root);
  if (hasErrors(diagnostics)) throw new Error('The search index was not built: the content has errors (npm run check lists them).');
  const records = searchRecords(site.briefings);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let next = 0;
  const send = async () => {
    for (let record = records[next++]; record; record = records[next++]) {
      const added = await index.addCustomRecord(record);
      if (added.errors.length > 0) throw new Error(`Pagefind rejected ${record.url}: ${added.errors.join('; ')}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, records.length) }, send));
  return { index, records: records.length, briefings: site.briefings.length };
}

export function searchIndex(): AstroIntegration {
  let root = process.cwd();
  let indexing: Promise<Indexed> | undefined;
  return {
    name: 'dossier-search-index',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        root = fileURLToPath(config.root);
        if (command !== 'build') return;
        indexing = indexRecords(root);
        // A failure is reported when the index is written, after the build.
        indexing.catch(() => undefined);
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outputPath = path.join(fileURLToPath(dir), 'pagefind');
        let indexed: Indexed;
        try {
          indexed = await (indexing ?? indexRecords(root));
          const written = await indexed.index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
        } finally {
          indexing = undefined;
          await pagefind.close();
        }
        logger.info(`indexed ${indexed.records} search records (${indexed.briefings} briefings) into ${path.relative(root, outputPath) || outputPath}`);
      },
    },
  };
}
