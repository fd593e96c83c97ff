// The dev server's routes for a briefing's data files (src/routes/): `astro
// build` has its worker thread write the same files instead (src/node/prebuild.ts,
// src/node/export-files.ts), since rendering thousands of them through Astro's
// page pipeline cost more than the pages (docs/performance.md).
import type { APIRoute } from 'astro';
import {
  briefingExport,
  furtherSourceExport,
  type BriefingExportFile,
} from '../core/publishing/briefing-exports.ts';
import type { Briefing, FurtherSource } from '../core/assembly/model.ts';
import { publishedFurtherSourceText, publishedSourceText, requireSite } from './publishing.ts';

export function exportRoute(file: BriefingExportFile): APIRoute<{ briefing: Briefing }> {
  return ({ props, site }) => {
    const { body, contentType } = briefingExport(
      file,
      props.briefing,
      requireSite(site),
      publishedSourceText(props.briefing),
    );
    return new Response(body, { headers: { 'content-type': contentType } });
  };
}

/** The route of a further source's text, the bytes the build writes at sources/<id>.txt. */
export function furtherSourceRoute(): APIRoute<{ briefing: Briefing; further: FurtherSource }> {
  return ({ props }) => {
    const { body, contentType } = furtherSourceExport(
      props.further,
      publishedFurtherSourceText(props.briefing, props.further),
    );
    return new Response(body, { headers: { 'content-type': contentType } });
  };
}
