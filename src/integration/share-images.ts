// The share-image routes' glue: a card (src/core/publishing/share-card.ts) rendered to PNG
// by src/node/share-image.ts, from the project root Astro was started in.
import { root } from 'astro:config/server';
import { fileURLToPath } from 'node:url';
import { SHARE_IMAGE, shareCard, type ShareCardData } from '../core/publishing/share-card.ts';
import { shareImage } from '../node/share-image.ts';

/** The response of a share-image route: the card's PNG, from the cache when it was rendered before. */
export async function shareImageResponse(card: ShareCardData): Promise<Response> {
  const png = await shareImage(fileURLToPath(root), shareCard(card));
  return new Response(png, { headers: { 'content-type': SHARE_IMAGE.type } });
}
