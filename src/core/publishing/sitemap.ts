// What crawlers read besides the pages: each page's last change for the sitemap's
// `lastmod` (a briefing's own updated or published date; a page listing briefings,
// the latest of those it shows), and robots.txt naming the sitemap. Main functions:
// `pageDates(site)`, `robotsTxt(site)`.
import { lastChanged } from '../assembly/briefing-dates.ts';
import type { Briefing, Site } from '../assembly/model.ts';
import { publicUrls } from './public-urls.ts';

/** The latest ISO date of these briefings, or undefined when none has a date. */
function latest(briefings: Iterable<Briefing | undefined>): string | undefined {
  let found: string | undefined;
  for (const b of briefings) {
    const date = b && lastChanged(b);
    if (date && (!found || date > found)) found = date;
  }
  return found;
}

/**
 * Page path → the ISO date it last changed, for the pages whose content comes from
 * dated briefings: each briefing; each actor's page and tag page (the briefings they
 * list); the index, the actors and tags indexes and the timeline (every published
 * briefing: the timeline shows all their events and claims). A page with no dated
 * briefing is left out, and gets no `lastmod`.
 */
export function pageDates(site: Site): Map<string, string> {
  const dates = new Map<string, string>();
  const set = (path: string, date: string | undefined) => {
    if (date) dates.set(path, date);
  };
  const bySlug = new Map(site.briefings.map((b) => [b.slug, b]));
  const all = latest(site.briefings);
  for (const b of site.briefings) set(`/briefings/${b.slug}/`, lastChanged(b));
  for (const a of site.actors)
    set(`/actors/${a.id}/`, latest(a.appearances.map((x) => bySlug.get(x.slug))));
  for (const [tag, slugs] of site.tags)
    set(`/tags/${tag}/`, latest(slugs.map((s) => bySlug.get(s))));
  for (const path of ['/', '/actors/', '/tags/']) set(path, all);
  set(
    '/timeline/',
    latest(site.briefings.filter((b) => b.events.length > 0 || b.claims.length > 0)),
  );
  return dates;
}

/** robots.txt: everything may be crawled; the sitemap is at the site's address. */
export function robotsTxt(site: URL | string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${publicUrls(site).sitemapIndex}\n`;
}
