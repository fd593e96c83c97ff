// /share.png: the site's share image, for every page that is not a briefing.
import type { APIRoute } from 'astro';
import { siteCard } from '../core/publishing/share-card.ts';
import { requireSite } from '../integration/publishing.ts';
import { shareImageResponse } from '../integration/share-images.ts';

export const GET: APIRoute = ({ site }) => shareImageResponse(siteCard(requireSite(site)));
