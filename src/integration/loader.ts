// Content-layer loaders: each collection (briefings, actors, timeline, tags) is
// filled from the one assembled site. In `npm run dev` content edits reload it;
// content errors are logged with their file:line:col.
import type { Loader, LoaderContext } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { formatReport, hasErrors } from '../core/diagnostics.ts';
import type { Site } from '../core/site.ts';
import { contentDirFromEnv } from '../node/content.ts';
import { loadSiteCached } from '../node/site-cache.ts';

export type Collection = 'briefings' | 'actors' | 'timeline' | 'tags';

function entries(site: Site, collection: Collection): { id: string; data: Record<string, unknown> }[] {
  switch (collection) {
    case 'briefings':
      return site.briefings.map((b) => ({ id: b.slug, data: { ...b } }));
    case 'actors':
      return site.actors.map((a) => ({ id: a.id, data: { ...a } }));
    case 'timeline':
      return site.timeline.map((t, index) => ({ id: `${String(index).padStart(6, '0')}-${t.slug}-${t.event.id}`, data: { ...t } }));
    case 'tags':
      return [...site.tags].map(([tag, slugs]) => ({ id: tag, data: { tag, slugs } }));
  }
}

export function dossierLoader(collection: Collection): Loader {
  return {
    name: `dossier-${collection}`,
    load: async (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      const sync = async () => {
        const { value: site, diagnostics } = await loadSiteCached(root);
        if (hasErrors(diagnostics)) {
          const report = formatReport(diagnostics);
          context.logger.error(`content errors:\n${report}`);
          throw new Error(`Content errors (npm run check lists them):\n${report}`);
        }
        context.store.clear();
        for (const entry of entries(site, collection)) context.store.set(entry);
      };
      await sync();
      const dir = contentDirFromEnv(root);
      context.watcher?.add(dir);
      context.watcher?.on('all', (_event, changed) => {
        if (changed.startsWith(dir)) void sync().catch(() => undefined);
      });
    },
  };
}
