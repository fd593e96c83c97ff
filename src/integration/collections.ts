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
  siteShareImageProps,
  tagPages,
  tagsIndexProps,
  timelineProps,
  type PageScope,
} from '../core/pages/page-props.ts';
import { outputKey } from '../node/page-keys.ts';
import { SHARE_IMAGE_RENDERER } from '../node/share-image.ts';
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

/**
 * A route's `getStaticPaths` entries, made by one of core's projections; in a build each
 * with its cache key, on `route`, the entry's parameters and what `input` takes of its
 * props (all of them unless said).
 */
async function paths<E extends { params: Record<string, string>; props: object }>(
  route: string,
  project: (site: Site, scope: PageScope) => E[],
  input: (props: E['props']) => unknown = (p) => p,
): Promise<(E & { cacheKey?: string })[]> {
  const entries = await props(project);
  if (!isBuild()) return entries;
  const at = fileURLToPath(root);
  return entries.map((entry) => ({
    ...entry,
    cacheKey: outputKey(at, `${route} ${JSON.stringify(entry.params)}`, input(entry.props)),
  }));
}

/** A share image is drawn from its card by a renderer: the key holds both. */
const drawn = (p: { card: unknown }) => ({ card: p.card, renderer: SHARE_IMAGE_RENDERER });

/** `getStaticPaths` of /briefings/<slug>/: one per listed briefing, which it gets as a prop. */
export const briefingPaths = () => paths('briefings/[slug]/', briefingPages);
/** `getStaticPaths` of the data files' dev routes (the build writes the files): one per listed briefing. */
export const dataFilePaths = () => props(briefingPages);
/** `getStaticPaths` of /briefings/<slug>/sources/<id>.txt (a dev route; the build writes the files). */
export const furtherSourcePaths = () => props(furtherSourcePages);
/** `getStaticPaths` of /briefings/<slug>/share.png: each briefing's card. */
export const shareImagePaths = () => paths('briefings/[slug]/share.png', shareImagePages, drawn);
/** `getStaticPaths` of /actors/<id>/. */
export const actorPaths = () => paths('actors/[id]/', actorPages);
/** `getStaticPaths` of /tags/<tag>/. */
export const tagPaths = () => paths('tags/[tag]/', tagPages);

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
/** The props of /share.png: the site's card. */
export const siteShareImagePageProps = () => props(siteShareImageProps);
/** The props of /timeline/. */
export const timelinePageProps = () => props(timelineProps);
