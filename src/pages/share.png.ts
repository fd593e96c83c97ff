// /share.png: the site's share image, for every page that is not a briefing.
import type { APIRoute } from 'astro';
import { siteShareImagePageProps } from '../integration/collections.ts';
import { shareImageResponse } from '../integration/share-images.ts';

export const GET: APIRoute = async () => shareImageResponse((await siteShareImagePageProps()).card);
