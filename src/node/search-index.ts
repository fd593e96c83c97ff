// Node adapter: the search index. Pagefind (a process of its own) indexes one
// small HTML document per briefing (src/core/search-records.ts), a section per
// quote, actor and event under a heading with the page's id for it, and writes
// the index into a folder the search page loads on first use. One document per
// briefing, not a record per item: Pagefind's cost grows with the square of the
// number of documents (DEVELOPERS.md, Search). Main function:
// `writeSearchIndex(briefings, outputPath)`.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Briefing } from '../core/assembly/model.ts';
import { searchDocument } from '../core/publishing/search-records.ts';

/** Documents sent before their answers come back: keeps Pagefind busy without queueing every document in memory. */
const IN_FLIGHT = 16;

/**
 * Pagefind's ready-made search interfaces, which it writes beside the index: the
 * search page has its own (src/browser/search.ts) and loads only `pagefind.js`, its
 * worker and the index, so these are not published.
 */
const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/**
 * Indexes the briefings and writes the index into `outputPath`. The documents go in
 * order, a bounded number in flight (the index is the same as sending them one by
 * one), each made when it is sent, so an archive's documents are never all in
 * memory at once. Stops Pagefind's process when done.
 */
export async function writeSearchIndex(
  briefings: readonly Briefing[],
  outputPath: string,
): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    let next = 0;
    const send = async () => {
      for (let briefing = briefings[next++]; briefing; briefing = briefings[next++]) {
        const document = searchDocument(briefing);
        const added = await index.addHTMLFile({ url: document.url, content: document.content });
        if (added.errors.length > 0)
          throw new Error(`Pagefind rejected ${document.url}: ${added.errors.join('; ')}`);
      }
    };
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, briefings.length) }, send));
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0)
      throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
    await Promise.all(
      UNUSED_UI_FILES.map((file) => rm(path.join(outputPath, file), { force: true })),
    );
  } finally {
    await pagefind.close();
  }
}
