// /rss.xml: the site's feed (core's feed.ts): its name, description and language, and an
// item per published briefing with the briefing's own date and the editor's summary
// (never the full text).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feed } from '../core/publishing/feed.ts';
import { publicUrls } from '../core/publishing/public-urls.ts';
import { getBriefings, getSiteIdentity } from '../integration/collections.ts';
import { requireSite } from '../integration/publishing.ts';

export const GET: APIRoute = async ({ site }) => {
  const channel = feed(await getBriefings(), publicUrls(requireSite(site)), getSiteIdentity());
  return rss({
    title: channel.title,
    description: channel.description,
    site: channel.site,
    trailingSlash: true,
    customData: `<language>${channel.language}</language>`,
    items: channel.items,
  });
};
