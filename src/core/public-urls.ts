// Absolute addresses of everything the site publishes (pages, fragments, feeds,
// data exports), built from the `site` URL of astro.config.mjs so every format
// names the same canonical URL. Main function: `publicUrls(site)`.

export interface PublicUrls {
  /** The site root, with a trailing slash. */
  home: string;
  briefing(slug: string): string;
  /** A fragment of a briefing page: `#q-…`, `#e-…`, `#actor-…`, `#p4`. */
  fragment(slug: string, id: string): string;
  /** The source body as plain text: what TextPositionSelector offsets count. */
  sourceText(slug: string): string;
  /** The W3C Web Annotation collection of a briefing. */
  annotations(slug: string): string;
  /** The assembled briefing as data. */
  briefingJson(slug: string): string;
  actor(id: string): string;
  /** JSON Schema of briefing.json. */
  briefingSchema: string;
  feed: string;
  search: string;
}

/** Addresses under `site` (e.g. `https://dossier.example.org`); paths follow src/pages. */
export function publicUrls(site: URL | string): PublicUrls {
  const base = new URL(String(site));
  const at = (path: string) => new URL(path, base).href;
  return {
    home: at('/'),
    briefing: (slug) => at(`/briefings/${slug}/`),
    fragment: (slug, id) => at(`/briefings/${slug}/#${id}`),
    sourceText: (slug) => at(`/briefings/${slug}/source.txt`),
    annotations: (slug) => at(`/briefings/${slug}/annotations.jsonld`),
    briefingJson: (slug) => at(`/briefings/${slug}/briefing.json`),
    actor: (id) => at(`/actors/${id}/`),
    briefingSchema: at('/schema/briefing.schema.json'),
    feed: at('/rss.xml'),
    search: at('/search/'),
  };
}

/** `site` from astro.config.mjs; feeds, sitemaps and JSON-LD need absolute URLs, so it is required. */
export function requireSite(site: URL | undefined): URL {
  if (!site) throw new Error('Set `site` in astro.config.mjs (e.g. "https://dossier.example.org"): the feed, sitemap, JSON-LD and annotation exports use absolute URLs.');
  return site;
}
