// The props every page renders from. Each function here gives a page (or its
// `getStaticPaths`) what one projection of core's (src/core/pages/page-props.ts) makes
// of the assembled site; no page reads the site itself (test/project/page-props.test.ts).
//
// `astro build` renders from the site its worker thread assembled, in this process, not
// from a copy in Astro's data store: serialising thousands of briefings into it, bundling
// and parsing them back cost more time and memory than rendering them
// (docs/performance.md). `npm run dev` renders from the site the integration checked and
// pinned for the page request (src/node/site-cache.ts, src/integration/dossier.ts), so a
// page and its paths never come from older content than the files, whatever Astro's data
// store and route cache still hold. Values and order are the site's
// (src/core/assembly/site.ts).
import { root, site as configuredSite } from 'astro:config/server';
import { fileURLToPath } from 'node:url';
import { hasErrors } from '../core/diagnostics.ts';
import type { Site } from '../core/assembly/site.ts';
import {
  actorPages,
  actorsIndexProps,
  briefingPages,
  chromeProps,
  feedProps,
  furtherSourcePages,
  indexProps,
  shareImagePages,
  tagPages,
  tagsIndexProps,
  timelineProps,
  type PageScope,
} from '../core/pages/page-props.ts';
import { isBuild, loadSiteCached, pinnedSite } from '../node/site-cache.ts';
import { siteIdentity } from '../node/site-identity.ts';

/** The site pages render: the build's, or in dev the one pinned for this request (else the files' current one). */
async function renderedSite(): Promise<Site> {
  const pinned = isBuild() ? undefined : pinnedSite();
  const { value, diagnostics } = pinned ?? (await loadSiteCached(fileURLToPath(root)));
  // The build has stopped with the full report already; dev shows the report instead of pages.
  if (hasErrors(diagnostics)) throw new Error('Content errors (npm run check lists them).');
  return value;
}

/** What the pages list: the published briefings; `npm run dev` previews the drafts too, after them. */
function scope(): PageScope {
  return {
    drafts: !isBuild() && import.meta.env.DEV,
    site: configuredSite === undefined ? undefined : new URL(configuredSite),
    identity: siteIdentity(),
  };
}

/** A page's props, made by one of core's projections from the site it renders. */
async function props<P>(project: (site: Site, scope: PageScope) => P): Promise<P> {
  return project(await renderedSite(), scope());
}

/** `getStaticPaths` of the routes under /briefings/<slug>/: one per listed briefing, which it gets as a prop. */
export const briefingPaths = () => props(briefingPages);
/** `getStaticPaths` of /briefings/<slug>/sources/<id>.txt (a dev route; the build writes the files). */
export const furtherSourcePaths = () => props(furtherSourcePages);
/** `getStaticPaths` of /briefings/<slug>/share.png: each briefing's card. */
export const shareImagePaths = () => props(shareImagePages);
/** `getStaticPaths` of /actors/<id>/. */
export const actorPaths = () => props(actorPages);
/** `getStaticPaths` of /tags/<tag>/. */
export const tagPaths = () => props(tagPages);

/** The props of /. */
export const indexPageProps = () => props(indexProps);
/** The props of /rss.xml. */
export const feedPageProps = () => props(feedProps);
/** The props of /actors/. */
export const actorsIndexPageProps = () => props(actorsIndexProps);
/** The props of /tags/. */
export const tagsIndexPageProps = () => props(tagsIndexProps);
/** The props of the pages that show no content (search, 404): the site's name and language. */
export const chromePageProps = () => props(chromeProps);
/** The props of /timeline/. */
export const timelinePageProps = () => props(timelineProps);
