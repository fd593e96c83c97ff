// /rss.xml: the site's feed (core's feed.ts): its name, description and language, and an
// item per published briefing with the briefing's own date and the editor's summary
// (never the full text).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedPageProps } from '../integration/collections.ts';

export const GET: APIRoute = async () => {
  const channel = await feedPageProps();
  return rss({
    title: channel.title,
    description: channel.description,
    site: channel.site,
    trailingSlash: true,
    customData: `<language>${channel.language}</language>`,
    items: channel.items,
  });
};
