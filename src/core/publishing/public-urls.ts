// Absolute addresses of everything the site publishes (pages, fragments, feeds,
// data exports), built from the `site` URL of astro.config.mjs so every format
// names the same canonical URL. Main function: `publicUrls(site)`.

import { EXAMPLE_SITE } from '../../schema/site-options.ts';

export interface PublicUrls {
  /** The site root, with a trailing slash. */
  home: string;
  briefing(slug: string): string;
  /** A fragment of a briefing page: `#q-…`, `#e-…`, `#actor-…`, `#p4`. */
  fragment(slug: string, id: string): string;
  /** The source body as plain text: what TextPositionSelector offsets count. */
  sourceText(slug: string): string;
  /** A further source's body as plain text (`sources/<id>.md` after its frontmatter). */
  furtherSourceText(slug: string, id: string): string;
  /** The W3C Web Annotation collection of a briefing. */
  annotations(slug: string): string;
  /** The assembled briefing as data. */
  briefingJson(slug: string): string;
  actor(id: string): string;
  /** JSON Schema of briefing.json. */
  briefingSchema: string;
  feed: string;
  search: string;
  /** A briefing's share image (og:image). */
  shareImage(slug: string): string;
  /** The share image of every other page. */
  siteShareImage: string;
  sitemapIndex: string;
  robots: string;
}

/** A path-absolute address made only of characters no URL parser changes. */
const PLAIN_PATH = /^\/(?!\/)(?!.*\/\.)[A-Za-z0-9._~\/-]*(?:#[A-Za-z0-9._~-]*)?$/;

/** Addresses under `site` (e.g. `https://dossier.example.org`); paths follow src/pages. */
export function publicUrls(site: URL | string): PublicUrls {
  const base = new URL(String(site));
  // Paths of slugs and ids (kebab-case) resolve to the origin followed by the path as
  // written; joining the strings gives the same href without parsing a URL for each
  // of the thousands a build makes. Anything else goes through the URL parser.
  const origin = base.origin === 'null' ? undefined : base.origin;
  const at = (path: string) =>
    origin !== undefined && PLAIN_PATH.test(path) ? `${origin}${path}` : new URL(path, base).href;
  return {
    home: at('/'),
    briefing: (slug) => at(`/briefings/${slug}/`),
    fragment: (slug, id) => at(`/briefings/${slug}/#${id}`),
    sourceText: (slug) => at(`/briefings/${slug}/source.txt`),
    furtherSourceText: (slug, id) => at(`/briefings/${slug}/sources/${id}.txt`),
    annotations: (slug) => at(`/briefings/${slug}/annotations.jsonld`),
    briefingJson: (slug) => at(`/briefings/${slug}/briefing.json`),
    actor: (id) => at(`/actors/${id}/`),
    briefingSchema: at('/schema/briefing.schema.json'),
    feed: at('/rss.xml'),
    search: at('/search/'),
    shareImage: (slug) => at(`/briefings/${slug}/share.png`),
    siteShareImage: at('/share.png'),
    sitemapIndex: at('/sitemap-index.xml'),
    robots: at('/robots.txt'),
  };
}

/** `site` from astro.config.mjs; feeds, sitemaps and JSON-LD need absolute URLs, so it is required. */
export function requireSite(site: URL | undefined): URL {
  if (!site)
    throw new Error(
      'Set `site` in astro.config.mjs (e.g. "https://dossier.example.org"): the feed, sitemap, JSON-LD and annotation exports use absolute URLs.',
    );
  return site;
}

/**
 * The build's warning while `site` is still the address astro.config.mjs ships with
 * (EXAMPLE_SITE): every absolute URL the site publishes would point at it. Undefined
 * for any other address.
 */
export function exampleSiteWarning(site: URL | string | undefined): string | undefined {
  if (site === undefined) return undefined;
  if (new URL(String(site)).host !== new URL(EXAMPLE_SITE).host) return undefined;
  return `\`site\` in astro.config.mjs is still the example address ${EXAMPLE_SITE}: canonical links, the feed, the sitemap, JSON-LD, the data exports and share cards all point there. Set \`site\` to the newsroom's own address (https://briefings.example-newsroom.com).`;
}
