// The search index: Pagefind indexes one small HTML document per briefing
// (src/core/search-records.ts), a section per quote, actor and event under a
// heading with the page's id for it, into dist/pagefind/, which the search page
// loads on first use. In `astro build` the documents are sent as soon as the
// content is assembled (config setup), so Pagefind, a process of its own, indexes
// them on another core while Astro renders the pages; once the pages are written
// the index is written into its output folder, while the data files are. The
// documents go in order, a bounded number in flight; the index is the same as
// sending them one by one. One document per briefing, not a record per item:
// Pagefind's cost grows with the square of the number of documents
// (DEVELOPERS.md, Search).
import type { AstroIntegration } from 'astro';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { hasErrors } from '../core/diagnostics.ts';
import { searchDocument } from '../core/search-records.ts';
import { loadSiteCached } from '../node/site-cache.ts';

/** Documents sent before their answers come back: keeps Pagefind busy without queueing every document in memory. */
const IN_FLIGHT = 16;

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

interface Indexed {
  index: PagefindIndex;
  briefings: number;
}

async function indexBriefings(root: string): Promise<Indexed> {
  const { value: site, diagnostics } = await loadSiteCached(root);
  if (hasErrors(diagnostics)) throw new Error('The search index was not built: the content has errors (npm run check lists them).');
  const briefings = site.briefings;
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let next = 0;
  // Each document is made when it is sent: an archive's documents are never all in memory at once.
  const send = async () => {
    for (let briefing = briefings[next++]; briefing; briefing = briefings[next++]) {
      const document = searchDocument(briefing);
      const added = await index.addHTMLFile({ url: document.url, content: document.content });
      if (added.errors.length > 0) throw new Error(`Pagefind rejected ${document.url}: ${added.errors.join('; ')}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, briefings.length) }, send));
  return { index, briefings: briefings.length };
}

/**
 * Pagefind's ready-made search interfaces, which it writes beside the index: the
 * search page has its own (src/scripts/search.ts) and loads only `pagefind.js`, its
 * worker and the index, so these are not published.
 */
const UNUSED_UI_FILES = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];

/** Writes the index into `outputPath` once every document is in. */
async function writeIndex(indexing: Promise<Indexed>, outputPath: string): Promise<Indexed> {
  const indexed = await indexing;
  const written = await indexed.index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
  await Promise.all(UNUSED_UI_FILES.map((file) => rm(path.join(outputPath, file), { force: true })));
  return indexed;
}

export function searchIndex(): AstroIntegration {
  let root = process.cwd();
  let indexing: Promise<Indexed> | undefined;
  let writing: Promise<Indexed> | undefined;
  const outputPath = (dir: URL) => path.join(fileURLToPath(dir), 'pagefind');
  return {
    name: 'dossier-search-index',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        root = fileURLToPath(config.root);
        if (command !== 'build') return;
        indexing = indexBriefings(root);
        // A failure is reported when the index is written, after the build.
        indexing.catch(() => undefined);
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      // Once the pages are written, Pagefind writes the index in its own process while
      // the other integrations finish (the data files, the sitemap).
      'astro:build:generated': ({ dir }) => {
        writing = writeIndex(indexing ?? indexBriefings(root), outputPath(dir));
        writing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        let indexed: Indexed;
        try {
          indexed = await (writing ?? writeIndex(indexing ?? indexBriefings(root), outputPath(dir)));
        } finally {
          indexing = undefined;
          writing = undefined;
          await pagefind.close();
        }
        logger.info(`indexed ${indexed.briefings} briefing${indexed.briefings === 1 ? '' : 's'} for search into ${path.relative(root, outputPath(dir)) || outputPath(dir)}`);
      },
    },
  };
}
