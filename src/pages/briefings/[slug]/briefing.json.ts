// /briefings/<slug>/briefing.json: the assembled briefing as data, in the
// format /schema/briefing.schema.json describes.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Briefing } from '../../../core/model.ts';
import { toBriefingJson } from '../../../core/briefing-json.ts';
import { getBriefings } from '../../../integration/collections.ts';
import { requireSite } from '../../../integration/publishing.ts';

export const getStaticPaths = (async () => (await getBriefings()).map((briefing) => ({ params: { slug: briefing.slug }, props: { briefing } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ briefing: Briefing }> = ({ props, site }) =>
  new Response(JSON.stringify(toBriefingJson(props.briefing, requireSite(site)), null, 2), { headers: { 'content-type': 'application/json' } });
