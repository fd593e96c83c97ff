// /briefings/<slug>/share.png: the briefing's share image (og:image, twitter:image), 1200×630.
import type { APIRoute } from 'astro';
import type { ShareCardData } from '../../../core/publishing/share-card.ts';
import { shareImagePaths } from '../../../integration/collections.ts';
import { shareImageResponse } from '../../../integration/share-images.ts';

export const getStaticPaths = shareImagePaths;

export const GET: APIRoute<{ card: ShareCardData }> = ({ props }) => shareImageResponse(props.card);
