// Node adapter: the search index. Pagefind (a process of its own) indexes one
// small HTML document per briefing (src/core/search-records.ts), a section per
// quote, actor and event under a heading with the page's id for it, and writes
// the index into a folder the search page loads on first use. One document per
// briefing, not a record per item: Pagefind's cost grows with the square of the
// number of documents (DEVELOPERS.md, Search). Pagefind cannot update an index, so
// every build sends every document again; a briefing's document is taken from the
// build's output store under its key when the briefing is unchanged
// (src/node/page-keys.ts, output-cache.ts), so only changed briefings are made into
// documents. Main functions: `startSearchIndex()` (Pagefind's process starts while the
// site is assembled), `writeSearchIndex(briefings, outputPath, options)`.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Briefing } from '../core/assembly/model.ts';
import { searchDocument, type SearchDocument } from '../core/publishing/search-records.ts';
import type { OutputStore } from './output-cache.ts';
import { outputKey } from './page-keys.ts';

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

type Index = Awaited<ReturnType<typeof pagefind.createIndex>>;

/**
 * Starts Pagefind's process and an empty index: called before the site is assembled, so
 * the process is up when the documents come. `writeSearchIndex` takes the result.
 */
export function startSearchIndex(): Promise<Index> {
  const started = pagefind.createIndex({});
  // Awaited by writeSearchIndex; a build that stops before it still ends (close()).
  started.catch(() => undefined);
  return started;
}

/** Stops Pagefind's process when no index is written (a build stopped by content errors). */
export async function closeSearchIndex(): Promise<void> {
  await pagefind.close();
}

/** Where a briefing's search document comes from: made now, or the store's copy under its key. */
export interface SearchDocuments {
  root: string;
  store: OutputStore;
}

/**
 * A briefing's search document: from `store` under its key (the briefing, as the
 * document is made from it alone), else made and stored.
 */
export function storedSearchDocument(
  { root, store }: SearchDocuments,
  briefing: Briefing,
): SearchDocument {
  const key = outputKey(root, `search document ${briefing.slug}`, briefing);
  const stored = store.get(key);
  if (stored) {
    try {
      const document = JSON.parse(stored.toString('utf8')) as SearchDocument;
      if (typeof document.url === 'string' && typeof document.content === 'string') return document;
    } catch {
      // Not a document: made afresh below.
    }
  }
  const document = searchDocument(briefing);
  store.put(key, JSON.stringify(document));
  return document;
}

/**
 * Indexes the briefings and writes the index into `outputPath` (awaited only once
 * every document is sent: Pagefind indexes while the output folder is made ready).
 * The documents go in order, a bounded number in flight (the index is the same as
 * sending them one by one), each made (or taken from the store, with `documents`)
 * when it is sent, so an archive's documents are never all in memory at once. Stops
 * Pagefind's process when done.
 */
export async function writeSearchIndex(
  briefings: readonly Briefing[],
  outputPath: string | Promise<string>,
  options: { documents?: SearchDocuments; index?: Promise<Index> } = {},
): Promise<void> {
  try {
    const { index, errors } = await (options.index ?? pagefind.createIndex({}));
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const documentOf = (briefing: Briefing) =>
      options.documents
        ? storedSearchDocument(options.documents, briefing)
        : searchDocument(briefing);
    let next = 0;
    const send = async () => {
      for (let briefing = briefings[next++]; briefing; briefing = briefings[next++]) {
        const document = documentOf(briefing);
        const added = await index.addHTMLFile({ url: document.url, content: document.content });
        if (added.errors.length > 0)
          throw new Error(`Pagefind rejected ${document.url}: ${added.errors.join('; ')}`);
      }
    };
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, briefings.length) }, send));
    const folder = await outputPath;
    const written = await index.writeFiles({ outputPath: folder });
    if (written.errors.length > 0)
      throw new Error(`Pagefind could not write ${folder}: ${written.errors.join('; ')}`);
    await Promise.all(UNUSED_UI_FILES.map((file) => rm(path.join(folder, file), { force: true })));
  } finally {
    await pagefind.close();
  }
}
