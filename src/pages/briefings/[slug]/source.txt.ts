// /briefings/<slug>/source.txt: the source body exactly as anchored, the text
// every TextPositionSelector and briefing.json offset counts into.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Briefing } from '../../../core/model.ts';
import { getBriefings } from '../../../integration/collections.ts';
import { publishedSourceText } from '../../../integration/publishing.ts';

export const getStaticPaths = (async () => (await getBriefings()).map((briefing) => ({ params: { slug: briefing.slug }, props: { briefing } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ briefing: Briefing }> = async ({ props }) =>
  new Response(await publishedSourceText(props.briefing), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
