// `npm run dev`'s watcher of the content folder, apart from Vite's (which ignores the
// folder: src/integration/dossier.ts). Its first scan stats every file (at 10,000
// briefings, 35,000 files: tens of seconds of Astro's thread on a busy machine), so it
// starts once the first page has been served, not before Astro is ready. Until its
// scan is done the site cache looks at every file on each look (site-cache.ts); when
// it is, every file is looked at once more, so an edit saved meanwhile is not lost, and
// from then on only the files it reports. Main function: `watchContentFolder(dir, listener, start)`.
import { watch } from 'chokidar';
import { noteContentChange, stopWatchingContent, watchContent } from './site-cache.ts';

export interface ContentWatchListener {
  /** A file or folder under the content folder was added, changed or removed (after the site cache has noted it). */
  event(event: string, file: string): void;
  /** The first scan is done: from now on every change is reported. */
  ready(): void;
  /** The watcher failed (e.g. the system's limit of watches): changes may go unreported. */
  error(error: Error): void;
}

export interface ContentWatch {
  close(): Promise<void>;
}

/**
 * Watches `dir` once `start` settles, for the site cache and for `listener` (events as
 * Vite's watcher names them: add, change, unlink, addDir, unlinkDir; full paths).
 * Closing before it started stops it starting.
 */
export function watchContentFolder(
  dir: string,
  listener: ContentWatchListener,
  start: Promise<void> = Promise.resolve(),
): ContentWatch {
  let closed = false;
  // Until the scan is done, no event can be trusted to come: every file is looked at.
  stopWatchingContent();
  const watcher = start.then(() => {
    if (closed) return undefined;
    const w = watch(dir, { ignoreInitial: true, ignorePermissionErrors: true });
    w.on('all', (event, file) => {
      noteContentChange(event, file);
      listener.event(event, file);
    });
    w.once('ready', () => {
      if (closed) return;
      watchContent(dir);
      listener.ready();
    });
    w.on('error', (e) => listener.error(e instanceof Error ? e : new Error(String(e))));
    return w;
  });
  return {
    async close() {
      closed = true;
      await (await watcher)?.close();
    },
  };
}
