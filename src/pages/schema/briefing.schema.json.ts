// /schema/briefing.schema.json: the JSON Schema of briefing.json, generated
// from its zod schema (src/schema/briefing-json.ts).
import type { APIRoute } from 'astro';
import { publicUrls } from '../../core/publishing/public-urls.ts';
import { requireSite } from '../../integration/publishing.ts';
import { briefingJsonSchema } from '../../schema/briefing-json.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    JSON.stringify(briefingJsonSchema(publicUrls(requireSite(site)).briefingSchema), null, 2),
    { headers: { 'content-type': 'application/schema+json' } },
  );
