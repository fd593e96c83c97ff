// /briefings/<slug>/share.png: the briefing's share image (og:image, twitter:image), 1200×630.
import type { APIRoute } from 'astro';
import type { Briefing } from '../../../core/assembly/model.ts';
import { briefingCard } from '../../../core/publishing/share-card.ts';
import { briefingPaths } from '../../../integration/collections.ts';
import { requireSite } from '../../../integration/publishing.ts';
import { shareImageResponse } from '../../../integration/share-images.ts';

export const getStaticPaths = briefingPaths;

export const GET: APIRoute<{ briefing: Briefing }> = ({ props, site }) =>
  shareImageResponse(briefingCard(props.briefing, requireSite(site)));
