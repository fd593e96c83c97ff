// The Astro integration. `astro build` assembles the content on a worker thread
// while Astro sets up and bundles (src/node/prebuild.ts); on any content error it
// prints every diagnostic (the same text as `npm run check`) and stops with exit
// code 1, without a stack trace, before any page is written; the worker writes the
// data files and the search index beside the pages, into the output folder once
// Astro has emptied it, and the build ends when both are written. In `astro dev`,
// while content has errors, every page request gets a page listing them (the
// loader prints the same report in the terminal); once the files are fixed the
// site shows again, with no restart.
import type { AstroIntegration } from 'astro';
import type { IncomingMessage } from 'node:http';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { formatReport, hasErrors, type Result } from '../core/diagnostics.ts';
import type { Site } from '../core/assembly/site.ts';
import { contentDirFromEnv, isInside } from '../node/content.ts';
import { currentPrebuild, startPrebuild } from '../node/prebuild.ts';
import {
  adoptBuildSite,
  afterFirstPage,
  briefingSiteCached,
  firstAssembly,
  firstAssemblyThread,
  holdUntilFirstPage,
  initSiteCache,
  loadSiteCached,
  notePageServed,
  pinnedSite,
  pinSite,
} from '../node/site-cache.ts';
import { watchContentFolder } from '../node/content-watcher.ts';
import { BRIEFING_EXPORT_FILES } from '../core/publishing/briefing-export-files.ts';
import { editContext, LOADER_NAMES } from './loader.ts';
import { contentErrorPage, draftErrorReport } from './error-page.ts';
import { devRouteCache } from './dev-route-cache.ts';
import { dropStoreReloads, pageReloads, quietEmptyContentModules } from './dev-reloads.ts';
import { watchNameWarnings } from '../node/name-warnings.ts';
import { checkIncrementalCache, recordIncrementalCache } from '../node/incremental-cache.ts';
import { setSiteIdentity } from '../node/site-identity.ts';
import { exampleSiteWarning } from '../core/publishing/public-urls.ts';
import { SiteOptionsSchema, type SiteOptionsInput } from '../schema/site-options.ts';

/** A briefing's page: what `npm run dev` can serve before the whole site is assembled. */
const BRIEFING_PAGE = /^\/briefings\/([a-z0-9][a-z0-9-]*)\/$/;

/**
 * On a dev page rendered from a site of its own briefing (site-cache.ts,
 * `briefingSiteCached`) rather than the whole site: `briefing`.
 */
export const SITE_SCOPE_HEADER = 'X-Dossier-Site';

/**
 * Whether `/briefings/<slug>/` is the same page rendered from `partial` (a site of that
 * briefing alone) as from `whole`: neither has content errors, the briefing is the
 * same value, and so are its draft problems.
 */
function samePage(partial: Result<Site>, whole: Result<Site>, slug: string): boolean {
  if (hasErrors(partial.diagnostics) || hasErrors(whole.diagnostics)) return false;
  const find = ({ value }: Result<Site>) =>
    [...value.briefings, ...value.drafts].find((b) => b.slug === slug);
  const pathname = `/briefings/${slug}/`;
  return (
    isDeepStrictEqual(find(partial), find(whole)) &&
    isDeepStrictEqual(
      draftErrorReport(pathname, partial.diagnostics),
      draftErrorReport(pathname, whole.diagnostics),
    )
  );
}

/** Page navigations, not Vite's modules and assets. */
function isPageRequest(req: IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (/^\/(?:@|_astro\/|node_modules\/|src\/|\.astro\/|__)/.test(pathname)) return false;
  const ext = path.posix.extname(pathname);
  return ext === '' || ext === '.html' || (req.headers.accept ?? '').includes('text/html');
}

/**
 * The integration. `options` make the site the newsroom's own (src/schema/site-options.ts):
 * `dossier({ name, description, language, logo })`, as Starlight takes its `title` and `logo`.
 */
export function dossier(options: SiteOptionsInput = {}): AstroIntegration {
  const parsed = SiteOptionsSchema.safeParse(options);
  if (!parsed.success)
    throw new Error(
      `dossier() in astro.config.mjs: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'options'} ${i.message}`).join('; ')}`,
    );
  const identity = parsed.data;
  let root = process.cwd();
  let restarted = false;
  /** The build's output folder, from the final config. */
  let outDir: string | undefined;
  /** Astro's cache folder, where the incremental build keeps its manifest and copies. */
  let cacheDir: string | undefined;
  return {
    name: 'dossier',
    hooks: {
      'astro:config:setup': ({
        command,
        config,
        isRestart,
        logger,
        updateConfig,
        injectScript,
      }) => {
        root = fileURLToPath(config.root);
        restarted = isRestart;
        setSiteIdentity(identity);
        const example = exampleSiteWarning(config.site);
        if (example && !isRestart) logger.warn(example);
        if (identity.logo?.src.startsWith('/')) {
          const logo = path.join(fileURLToPath(config.publicDir), identity.logo.src);
          if (!existsSync(logo))
            throw new Error(
              `dossier() in astro.config.mjs: logo.src "${identity.logo.src}" is not a file in ${path.relative(root, fileURLToPath(config.publicDir)) || 'public'}/: put the logo there, or give an https URL.`,
            );
        }
        // One save, one reload (dev-reloads.ts); each page says which content it shows.
        // Vite's watcher leaves the content folder to the integration's own (below,
        // astro:server:setup), which starts once the first page has been served.
        if (command === 'dev') {
          const contentDir = contentDirFromEnv(root);
          updateConfig({
            vite: {
              plugins: [quietEmptyContentModules()],
              server: { watch: { ignored: [(file: string) => isInside(contentDir, file)] } },
            },
          });
          const script = fileURLToPath(new URL('../browser/dev-reload.ts', import.meta.url));
          injectScript('page', `import ${JSON.stringify(script)};`);
        }
        // `npm run dev` renders and reports errors from the site assembled without the NLP
        // name finder, as the build does; the name warnings come from a worker thread
        // (src/node/name-warnings.ts), so the first page does not wait for them. A
        // placeholder the live preview writes (`fill-in-speaker`, `fill-in-date`, a claim's
        // rating and statement) is a warning here, its block shown flagged "to fill in";
        // check and build still refuse it.
        // The first assembly runs on a worker thread, and a briefing page asked for
        // before it is done renders from its own briefing (site-cache.ts); the content
        // loaders sync after the first page (src/integration/loader.ts).
        if (command === 'dev') {
          initSiteCache({ nameWarnings: false, placeholders: 'draft', dev: true });
          holdUntilFirstPage();
        }
        if (command !== 'build') return;
        // The build assembles the content once, on a worker thread while Astro sets up
        // (src/node/prebuild.ts), and skips the NLP search for names missing from the
        // registry (npm run check lists them): it would cost more than the rest of the
        // build's content work (docs/performance.md).
        const options = { nameWarnings: false };
        initSiteCache({ ...options, build: true });
        const dir = contentDirFromEnv(root);
        const prebuild = startPrebuild({ root, dir, options, site: config.site });
        adoptBuildSite(dir, prebuild.site);
        // Astro bundles meanwhile. The report comes as soon as the site does, before any
        // page renders (pages wait for the site, and this handler was attached first);
        // if the site fails to assemble, the pages' error says why.
        prebuild.site.then(
          ({ diagnostics }) => {
            if (diagnostics.length === 0) return;
            const report = formatReport(diagnostics);
            if (!hasErrors(diagnostics)) {
              logger.warn(`content warnings:\n${report}`);
              return;
            }
            process.stderr.write(
              `${report}\n\nThe build stopped: fix the errors above (npm run check lists them without building).\n`,
            );
            process.exit(1);
          },
          () => undefined,
        );
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      // A corrupt or foreign incremental cache is dropped before Astro reads it: the
      // build runs cold (src/node/incremental-cache.ts).
      'astro:build:start': ({ logger }) => {
        const fault = cacheDir && checkIncrementalCache(cacheDir);
        if (fault) logger.warn(`incremental build cache ignored (${fault}): building every page`);
      },
      'astro:build:done': () => {
        if (cacheDir) recordIncrementalCache(cacheDir);
      },
      // Astro has emptied the output folder before it bundles (this hook runs after):
      // the worker may write the data files and the search index there.
      'astro:build:setup': () => {
        if (outDir) currentPrebuild()?.outputReady(outDir);
      },
      // The pages are written; the build ends once the worker's files are too.
      'astro:build:generated': async ({ dir, logger }) => {
        const prebuild = currentPrebuild();
        if (!prebuild) return;
        const out = fileURLToPath(dir);
        prebuild.outputReady(out);
        const written = await prebuild.written;
        const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
        logger.info(
          `wrote ${plural(written.exports, 'data file')} (${BRIEFING_EXPORT_FILES.join(', ')}) for ${plural(written.briefings, 'briefing')}`,
        );
        logger.info(
          `indexed ${plural(written.briefings, 'briefing')} for search into ${path.relative(root, path.join(out, 'pagefind')) || 'pagefind'}`,
        );
      },
      'astro:server:setup': ({ server, logger, refreshContent }) => {
        // One save, one reload: the browser reloads when an edit is assembled (below), not
        // again when Astro's data store is rewritten (dev-reloads.ts).
        dropStoreReloads(server);
        // Astro skips a reload while it reloads its own content config: try again until one runs.
        const reload = async (): Promise<boolean> => {
          for (let attempt = 0; attempt < 40; attempt++) {
            const context = editContext();
            try {
              await refreshContent?.({ loaders: LOADER_NAMES, context });
            } catch (e) {
              logger.error(
                `could not reload the content: ${e instanceof Error ? e.message : String(e)}`,
              );
              return false;
            }
            if (context.loaded || !refreshContent) return true;
            await new Promise((resolve) => setTimeout(resolve, 250));
          }
          return false;
        };
        const contentDir = contentDirFromEnv(root);
        let lastNames = '';
        const names = watchNameWarnings(
          root,
          contentDir,
          (warnings) => {
            const report = warnings.length > 0 ? formatReport(warnings) : '';
            if (report === lastNames) return;
            lastNames = report;
            if (report) logger.warn(`name warnings (npm run check lists them too):\n${report}`);
            else logger.info('name warnings: none left.');
          },
          (e) => logger.error(`could not look for names missing from the registry: ${e.message}`),
        );
        // The name warnings' worker starts once the pages' own first assembly is done and
        // the first page served (site-cache.ts, `holdUntilFirstPage`), and stops with this
        // server (a restart of Astro's server starts another).
        holdUntilFirstPage();
        const setup = performance.now();
        void firstAssembly()
          .then(() => {
            // Pages rendered from their briefing alone are reloaded now if the whole site
            // renders them otherwise (an error in another briefing).
            reloadBrowser();
            logger.info(
              `the whole site is assembled (${((performance.now() - setup) / 1000).toFixed(1)} s after the server's setup)`,
            );
            const thread = firstAssemblyThread();
            if (thread?.thread === 'this thread')
              logger.warn(
                `the content was assembled on Astro's thread (the worker thread failed: ${thread.because.message})`,
              );
          })
          .then(afterFirstPage)
          .then(() => names.start());
        server.httpServer?.once('close', () => void names.close());
        // The browser reloads as soon as an edit is assembled: each open page rendered
        // from another site than the one the files give now (a page, or the error page;
        // dev-reloads.ts). Looked at again after the watcher's second look at the file
        // (site-cache.ts), for a save in two writes. Not through Astro's data store, whose
        // rewrite would make every edit wait for the whole index to be serialised
        // (src/integration/loader.ts).
        // Pages rendered from a site of their own briefing, before the whole site was
        // assembled (`briefingSiteCached`): once it is, those it renders the same are not
        // reloaded onto it.
        const partials = new Map<Result<Site>, string>();
        const wholeSite = () =>
          loadSiteCached(root).then((result) => {
            for (const [partial, slug] of partials)
              if (samePage(partial, result, slug)) reloads.same(partial, result);
            partials.clear();
            return result;
          });
        // What a page shows now: the whole site, or for a page rendered from its
        // briefing alone while the whole site is assembled, that briefing's site now.
        const currentFor = (shown: object | undefined) => {
          const slug = shown ? partials.get(shown as Result<Site>) : undefined;
          if (slug === undefined) return wholeSite();
          return briefingSiteCached(root, slug).then((partial) => partial ?? wholeSite());
        };
        const reloads = pageReloads(server, currentFor);
        const reloadBrowser = () => {
          if (partials.size > 0) return reloads.recheck();
          void wholeSite().then(
            (result) => reloads.reload(result),
            () => undefined,
          );
        };
        let namesPending: ReturnType<typeof setTimeout> | undefined;
        let reloadPending: ReturnType<typeof setTimeout> | undefined;
        let browserPending: ReturnType<typeof setTimeout> | undefined;
        let browserAgain: ReturnType<typeof setTimeout> | undefined;
        // One listener for every content change, on a watcher of the content folder of
        // its own (Vite's ignores the folder, astro:config:setup above), started once
        // the first page has been served: its first scan of an archive's files would
        // otherwise hold Astro's start up (src/node/content-watcher.ts). It tells the site
        // cache which file changed (a page request looks at those only), the name
        // warnings and the open pages, and reloads the collections.
        const onContentChange = (event: string, file: string) => {
          if (!isInside(contentDir, file)) return;
          names.noteChange(event, file);
          clearTimeout(browserPending);
          clearTimeout(browserAgain);
          // Once the watcher has been quiet for 50 ms: a folder copied in reaches it as a
          // file every 5–20 ms on a busy machine, and a page reloaded between two of them
          // shows half a briefing, then reloads again (npm run dev-loop -- --reloads).
          browserPending = setTimeout(reloadBrowser, 50);
          browserAgain = setTimeout(reloadBrowser, 300);
          // A new folder is looked at again after a second (site-cache.ts): so is the page.
          if (event === 'addDir') setTimeout(reloadBrowser, 1100);
          clearTimeout(namesPending);
          namesPending = setTimeout(() => names.changed(), 300);
          clearTimeout(reloadPending);
          reloadPending = setTimeout(() => void reload(), 50);
        };
        const contentWatch = watchContentFolder(
          contentDir,
          {
            event: onContentChange,
            // From now on the watcher reports every change; every file is looked at once
            // more (by stat), so an edit saved before it was ready is not lost, and the
            // open pages and the name warnings follow it.
            ready: () => {
              logger.info('watching the content folder for changes');
              names.noteChange('addDir', contentDir);
              names.changed();
              reloadBrowser();
            },
            error: (e) =>
              logger.error(
                `the content folder's watcher failed (${e.message}): each page looks at every file`,
              ),
          },
          afterFirstPage(),
        );
        server.httpServer?.once('close', () => void contentWatch.close());
        // Each page request renders from the site it was checked against (pinSite): never
        // from older content than the files, and the same site for the whole page, its
        // paths included. A new site clears Astro's route cache before the page renders,
        // and again when a request that began on the older site ends (it may have put
        // that site's paths back); `generation` counts the sites pinned.
        const routes = devRouteCache(server);
        let generation = 0;
        let clearing: Promise<void> = Promise.resolve();
        let failing: Result<Site> | undefined;
        server.middlewares.use((req, res, next) => {
          if (!isPageRequest(req)) return next();
          res.once('close', notePageServed);
          // Until the whole site is assembled (on a worker thread), a briefing's page
          // renders from a site of that briefing (site-cache.ts, `briefingSiteCached`).
          const slug = BRIEFING_PAGE.exec(
            new URL(req.url ?? '/', 'http://localhost').pathname,
          )?.[1];
          (slug === undefined ? Promise.resolve(undefined) : briefingSiteCached(root, slug))
            .then((partial) => {
              if (!partial || slug === undefined) return wholeSite();
              res.setHeader(SITE_SCOPE_HEADER, 'briefing');
              partials.set(partial, slug);
              return partial;
            })
            .then(
              async (result) => {
                // Which site the page shows, for its reloads (src/browser/dev-reload.ts).
                res.setHeader('Server-Timing', reloads.serverTiming(result));
                // A draft with errors shows them in place of its own page, as a published one would.
                const draft = draftErrorReport(
                  new URL(req.url ?? '/', 'http://localhost').pathname,
                  result.diagnostics,
                );
                if (draft && !hasErrors(result.diagnostics)) {
                  res.statusCode = 500;
                  res.setHeader('Content-Type', 'text/html; charset=utf-8');
                  res.setHeader('Cache-Control', 'no-store');
                  res.end(
                    req.method === 'HEAD' ? undefined : contentErrorPage(draft.report, draft.slug),
                  );
                  return;
                }
                if (!hasErrors(result.diagnostics)) {
                  const previous = pinnedSite();
                  if (result !== previous) {
                    pinSite(result);
                    generation++;
                    clearing = routes.clear();
                    // The collections follow (their loaders' report in the terminal, the
                    // browser's reload), even if the watcher missed a change.
                    // After this page has rendered: it must not wait for them.
                    if (previous !== undefined || restarted) setTimeout(() => void reload(), 1000);
                  }
                  await clearing;
                  const started = generation;
                  res.once('close', () => {
                    if (generation !== started) void routes.clear();
                  });
                  return next();
                }
                // The loaders report it in the terminal, even if the watcher missed the change.
                if (result !== failing) {
                  failing = result;
                  void reload();
                }
                res.statusCode = 500;
                res.setHeader('Content-Type', 'text/html; charset=utf-8');
                res.setHeader('Cache-Control', 'no-store');
                res.end(
                  req.method === 'HEAD'
                    ? undefined
                    : contentErrorPage(formatReport(result.diagnostics)),
                );
              },
              (e: unknown) => {
                logger.error(
                  `could not read the content: ${e instanceof Error ? e.message : String(e)}`,
                );
                next();
              },
            );
        });
      },
    },
  };
}
