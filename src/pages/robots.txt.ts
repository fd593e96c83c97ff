// /robots.txt: crawling allowed everywhere, and the sitemap named with the configured `site`.
import type { APIRoute } from 'astro';
import { robotsTxt } from '../core/publishing/sitemap.ts';
import { requireSite } from '../integration/publishing.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(requireSite(site)), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
