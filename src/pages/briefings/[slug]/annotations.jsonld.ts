// /briefings/<slug>/annotations.jsonld: the quotes and events as a W3C Web
// Annotation collection targeting source.txt.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Briefing } from '../../../core/model.ts';
import { annotationCollection } from '../../../core/web-annotation.ts';
import { getBriefings } from '../../../integration/collections.ts';
import { requireSite } from '../../../integration/publishing.ts';

export const getStaticPaths = (async () => (await getBriefings()).map((briefing) => ({ params: { slug: briefing.slug }, props: { briefing } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ briefing: Briefing }> = ({ props, site }) =>
  new Response(JSON.stringify(annotationCollection(props.briefing, requireSite(site)), null, 2), {
    headers: { 'content-type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  });
