// /rss.xml: an item per published briefing, newest first: title, link, the
// source's publication date and the editor's summary (never the full text).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { publicUrls } from '../core/publishing/public-urls.ts';
import { feedPageProps } from '../integration/collections.ts';
import { requireSite } from '../integration/publishing.ts';

export const GET: APIRoute = async ({ site }) => {
  const urls = publicUrls(requireSite(site));
  const { briefings } = await feedPageProps();
  return rss({
    title: 'Dossier briefings',
    description: 'Research briefings about the news, every claim linked to its source paragraph.',
    site: urls.home,
    trailingSlash: true,
    customData: '<language>en</language>',
    items: briefings.map((b) => ({
      title: b.meta.title,
      link: urls.briefing(b.slug),
      pubDate: new Date(`${b.source.published}T00:00:00Z`),
      description: b.meta.summary,
      categories: b.meta.tags,
    })),
  });
};
