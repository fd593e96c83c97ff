// Content-layer loaders: each collection (briefings, actors, timeline, tags) is
// filled from the one assembled site. `astro build` leaves them empty (its pages
// read the site directly). In `npm run dev` a content edit reloads them; a content error is printed in the
// terminal (the same report as `npm run check`) and the dev server keeps running, so
// fixing the file recovers without a restart; the integration shows the same report
// in the browser.
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatReport, hasErrors } from '../core/diagnostics.ts';
import type { Briefing } from '../core/assembly/model.ts';
import type { Site, SiteActor, TimelineEntry } from '../core/assembly/site.ts';
import { contentDirFromEnv } from '../node/content.ts';
import { isBuild, loadSiteCached } from '../node/site-cache.ts';

/** The collections, by name (src/content.config.ts defines one per name). */
export const COLLECTIONS = ['briefings', 'actors', 'timeline', 'tags'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** A tag and the slugs of the published briefings that carry it. */
export interface TagEntry {
  tag: string;
  slugs: string[];
}

/**
 * What each collection holds, as the type its loader declares: core assembled and
 * checked these values already, so the schemas only name their types (no parsing).
 */
const SCHEMAS = {
  briefings: z.custom<Briefing>(),
  actors: z.custom<SiteActor>(),
  timeline: z.custom<TimelineEntry>(),
  tags: z.custom<TagEntry>(),
};

/** Meta key holding the last content report in dev: when it changes the data store is rewritten, which reloads the browser. */
const REPORT_KEY = 'content-report';
const FAILED_KEY = 'content-failed';

/** A number per object, for digests by identity: an unchanged briefing is the very object the last assembly gave (core reuses it). */
const identities = new WeakMap<object, number>();
let nextIdentity = 0;
function identity(value: object): number {
  let id = identities.get(value);
  if (id === undefined) identities.set(value, (id = ++nextIdentity));
  return id;
}

interface Entry {
  id: string;
  data: Record<string, unknown>;
  /** Unchanged when the entry is: Astro's store skips it then. */
  digest: string;
}

/**
 * The collection's entries, each with a digest. Briefings and timeline events are
 * digested by identity (incremental assembly hands back the same object for an
 * unchanged briefing); actors by their own fields and the identity of their
 * appearances' parts; tags, few and small, by content.
 */
function entries(
  site: Site,
  collection: Collection,
  digest: (data: Record<string, unknown> | string) => string,
): Entry[] {
  switch (collection) {
    case 'briefings':
      return site.briefings.map((b) => ({ id: b.slug, data: { ...b }, digest: `b${identity(b)}` }));
    case 'actors':
      return site.actors.map((a) => ({
        id: a.id,
        data: { ...a },
        // The actor's own fields by content; its appearances by the identity of the parts
        // the briefings' assembly gave (reused when a briefing is unchanged).
        digest: digest({
          ...a,
          appearances: a.appearances.map(
            (ap) =>
              `${ap.slug}:${ap.title}:${identity(ap.mentions)}:${ap.quotes.map(identity).join(',')}:${ap.events.map(identity).join(',')}`,
          ),
        }),
      }));
    case 'timeline':
      return site.timeline.map((t) => ({
        id: `${t.slug}/${t.event.id}`,
        data: { ...t },
        digest: `e${identity(t.event)}:${t.briefingTitle}`,
      }));
    case 'tags':
      return [...site.tags].map(([tag, slugs]) => ({
        id: tag,
        data: { tag, slugs },
        digest: digest(slugs.join(' ')),
      }));
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
        if (!dev) return;
        // Remembering the report in the store rewrites it when the report changes, which
        // makes the dev server reload the browser (onto the error page, or back).
        const previous = context.meta.get(REPORT_KEY);
        const previouslyFailed = context.meta.get(FAILED_KEY) === 'yes';
        context.meta.set(REPORT_KEY, report);
        context.meta.set(FAILED_KEY, failed ? 'yes' : 'no');
        if (collection !== 'briefings') return;
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
      await sync(reload);
      if (edit && reload) edit['loaded'] = true;
      // A full load (dev start, content config change) watches the content folder; the
      // integration's reloads do not, so listeners are never added twice.
      if (!dev || reload) return;
      const dir = contentDirFromEnv(root);
      context.watcher?.add(dir);
      context.watcher?.on('all', (_event, changed) => {
        if (changed !== dir && !changed.startsWith(`${dir}${path.sep}`)) return;
        sync(true).catch((e: unknown) =>
          context.logger.error(
            `could not reload the content: ${e instanceof Error ? e.message : String(e)}`,
          ),
        );
      });
    },
  };
}
