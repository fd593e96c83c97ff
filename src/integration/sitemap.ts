// @astrojs/sitemap's `serialize` option (astro.config.mjs): each page's `lastmod`
// from the dates of the briefings it shows (core's pageDates), read from the site the
// build assembled; a page without a dated briefing keeps no lastmod.
import type { SitemapItem } from '@astrojs/sitemap';
import { hasErrors } from '../core/diagnostics.ts';
import { pageDates } from '../core/publishing/sitemap.ts';
import { loadSiteCached } from '../node/site-cache.ts';

/** The `serialize` function of a project at `root`: the site's page dates are worked out once. */
export function sitemapLastmod(root: string): (item: SitemapItem) => Promise<SitemapItem> {
  let dates: Promise<Map<string, string>> | undefined;
  return async (item) => {
    dates ??= loadSiteCached(root).then(({ value, diagnostics }) =>
      hasErrors(diagnostics) ? new Map<string, string>() : pageDates(value),
    );
    const date = (await dates).get(new URL(item.url).pathname);
    return date ? { ...item, lastmod: date } : item;
  };
}
