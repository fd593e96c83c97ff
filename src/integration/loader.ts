// Content-layer loaders: each collection (briefings, actors, tags) is filled from the
// one assembled site, as an index of it. `astro build` leaves them empty (its pages
// read the site directly). In `npm run dev` a content edit syncs them by digest; a
// content error is printed in the terminal (the same report as `npm run check`) and
// the dev server keeps running, so fixing the file recovers without a restart; the
// integration shows the same report in the browser, and reloads the browser itself
// as soon as an edit is assembled (src/integration/dossier.ts).
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { fileURLToPath } from 'node:url';
import { formatReport, hasErrors } from '../core/diagnostics.ts';
import type { Site } from '../core/assembly/site.ts';
import { processState } from '../node/process-state.ts';
import { afterFirstPage, isBuild, loadSiteCached } from '../node/site-cache.ts';

/** The collections, by name (src/content.config.ts defines one per name). */
export const COLLECTIONS = ['briefings', 'actors', 'tags'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/**
 * What each collection holds: an index of the assembled site (which briefings, actors
 * and tags there are, and where each actor and tag appears), small and made of what
 * an edit seldom changes. Astro serialises its whole data store again whenever an
 * entry changes (about half a second per 10,000 entries here), and reloads the
 * browser when it has: an index of summaries, counts or events would make nearly every
 * edit wait for that (docs/performance.md). Pages do not read it: they render the
 * assembled site (collections.ts).
 */
const SCHEMAS = {
  briefings: z.object({
    slug: z.string(),
    title: z.string(),
    status: z.enum(['published', 'draft']),
    outlet: z.string(),
    published: z.string(),
    tags: z.array(z.string()),
  }),
  actors: z.object({
    id: z.string(),
    name: z.string(),
    kind: z.string(),
    briefings: z.array(z.string()),
  }),
  tags: z.object({ tag: z.string(), slugs: z.array(z.string()) }),
};

/** A tag and the slugs of the published briefings that carry it. */
export type TagEntry = z.output<typeof SCHEMAS.tags>;

/**
 * The last content report the loaders printed in dev, to print a change once. Kept in
 * the process, not in the store's meta, which would rewrite the store on every change
 * of the report.
 */
const printed = processState<{ report: string; failed: boolean }>('loader-report', () => ({
  report: '',
  failed: false,
}));

interface Entry {
  id: string;
  data: Record<string, unknown>;
  /** Unchanged when the entry is: Astro's store skips it then. */
  digest: string;
}

type Data<C extends Collection> = z.output<(typeof SCHEMAS)[C]>;

/**
 * Digests already made, by the object they were made from: incremental assembly hands
 * back the very same briefing and event objects while they are unchanged, so at
 * thousands of briefings an edit digests one briefing's entries, not every entry.
 */
const digests = new WeakMap<object, string>();
function digestOnce(
  of: object,
  data: Record<string, unknown>,
  digest: (data: Record<string, unknown>) => string,
): string {
  let made = digests.get(of);
  if (made === undefined) digests.set(of, (made = digest(data)));
  return made;
}

/** The collection's entries: the index data of each item, digested by content. */
function entries(
  site: Site,
  collection: Collection,
  digest: (data: Record<string, unknown> | string) => string,
): Entry[] {
  const entry = (id: string, data: Record<string, unknown>, of?: object): Entry => ({
    id,
    data,
    digest: of ? digestOnce(of, data, digest) : digest(data),
  });
  switch (collection) {
    case 'briefings':
      return site.briefings.map((b) =>
        entry(
          b.slug,
          {
            slug: b.slug,
            title: b.meta.title,
            status: b.meta.status,
            outlet: b.source.outlet,
            published: b.source.published,
            tags: b.meta.tags,
          } satisfies Data<'briefings'>,
          b,
        ),
      );
    case 'actors':
      return site.actors.map((a) =>
        entry(
          a.id,
          {
            id: a.id,
            name: a.name,
            kind: a.kind,
            briefings: a.appearances.map((ap) => ap.slug),
          } satisfies Data<'actors'>,
          a,
        ),
      );
    case 'tags':
      return [...site.tags].map(([tag, slugs]) =>
        entry(tag, { tag, slugs } satisfies Data<'tags'>, slugs),
      );
  }
}

/**
 * Brings the store to `wanted` as Astro's glob() loader does: an entry whose digest
 * is unchanged is skipped, and only entries no longer present are deleted.
 */
export function syncStore(store: LoaderContext['store'], wanted: readonly Entry[]): void {
  const present = new Set<string>();
  for (const entry of wanted) {
    present.add(entry.id);
    if (store.get(entry.id)?.digest !== entry.digest) store.set(entry);
  }
  for (const id of store.keys()) if (!present.has(id)) store.delete(id);
}

/** The loader names, for `refreshContent({ loaders })`. */
export const LOADER_NAMES = COLLECTIONS.map((c) => `dossier-${c}`);

/**
 * The `context` of a reload the integration asks for in `npm run dev`
 * (`refreshContent({ loaders, context })`). The loaders mark it `loaded`, so the
 * integration can tell a reload that ran from one Astro skipped (it skips while
 * it is reloading its own content config).
 */
export interface EditContext extends Record<string, unknown> {
  dossier: 'content-edit';
  loaded: boolean;
}

export function editContext(): EditContext {
  return { dossier: 'content-edit', loaded: false };
}

export function dossierLoader<C extends Collection>(
  collection: C,
): Loader & { schema: (typeof SCHEMAS)[C] } {
  return {
    name: `dossier-${collection}`,
    schema: SCHEMAS[collection],
    load: async (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      const dev = context.watcher !== undefined;
      // `astro build` renders from the site it assembles on its worker thread, in this
      // process (collections.ts, src/node/prebuild.ts), and stops on content errors
      // before it builds: storing thousands of briefings would only serialise, bundle and
      // parse them back, which costs more time and memory than rendering them, and
      // waiting here would hold Astro's setup up (docs/performance.md).
      if (isBuild()) {
        context.store.clear();
        return;
      }
      const sync = async (edit: boolean) => {
        const { value: site, diagnostics } = await loadSiteCached(root);
        const failed = hasErrors(diagnostics);
        const report = diagnostics.length > 0 ? formatReport(diagnostics) : '';
        if (failed && !dev) {
          context.logger.error(`content errors:\n${report}`);
          throw new Error(`Content errors (npm run check lists them):\n${report}`);
        }
        syncStore(context.store, entries(site, collection, context.generateDigest));
        if (!dev || collection !== 'briefings') return;
        const { report: previous, failed: previouslyFailed } = printed.get();
        printed.get().report = report;
        printed.get().failed = failed;
        if (failed)
          context.logger.error(
            `content errors:\n${report}\nThe preview shows this list until the errors are fixed.`,
          );
        else if (previouslyFailed)
          context.logger.info(
            `content errors fixed; the preview is up to date.${report ? `\n${report}` : ''}`,
          );
        else if (report && (!edit || report !== previous))
          context.logger.warn(`content warnings:\n${report}`);
      };
      const edit = context.refreshContextData;
      const reload = edit?.['dossier'] === 'content-edit';
      const logFailure = (e: unknown) =>
        context.logger.error(
          `could not reload the content: ${e instanceof Error ? e.message : String(e)}`,
        );
      // Dev's start does not wait for the whole site: the collections are filled once the
      // first page has been served (pages render the site, not the collections, and a
      // briefing's page needs only its own briefing: site-cache.ts), so at 10,000
      // briefings Astro is ready before the archive is assembled.
      if (dev && !reload) void afterFirstPage().then(() => sync(false).catch(logFailure));
      else await sync(reload);
      if (edit && reload) edit['loaded'] = true;
      // Content edits reach the collections through the integration's reloads: it watches
      // the content folder (src/integration/dossier.ts, src/node/content-watcher.ts).
    },
  };
}
