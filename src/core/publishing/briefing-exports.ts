// core/publishing owns what the site publishes from the model: URLs, JSON-LD, W3C annotations, briefing.json, search documents, paragraph HTML.
//
// The data files published beside each briefing page: `source.txt` (the source
// body exactly as anchored), `briefing.json`, `annotations.jsonld`, and
// `sources/<id>.txt` for each further source. One function per file makes its bytes,
// so the build (which writes them straight to the output folder) and `npm run dev`
// (which serves them as routes) publish the same files. Main functions:
// `briefingExports(briefing, site, sourceText)` and `furtherSourceExport(further, text)`.
import { BRIEFING_EXPORT_FILES, type BriefingExportFile } from './briefing-export-files.ts';
import { toBriefingJson } from './briefing-json.ts';
import type { Briefing, FurtherSource } from '../assembly/model.ts';
import { annotationCollection } from './web-annotation.ts';

export { BRIEFING_EXPORT_FILES, type BriefingExportFile };

export interface BriefingExport {
  /** The file name under `/briefings/<slug>/`. */
  file: BriefingExportFile;
  /** The Content-Type a server should send it with. */
  contentType: string;
  body: string;
}

const CONTENT_TYPES: Record<BriefingExportFile, string> = {
  'source.txt': 'text/plain; charset=utf-8',
  'briefing.json': 'application/json',
  'annotations.jsonld': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
};

/** One export of a briefing; `sourceText` is the body its offsets count into (src/node/source-text.ts reads it). */
export function briefingExport(
  file: BriefingExportFile,
  briefing: Briefing,
  site: URL,
  sourceText: string,
): BriefingExport {
  const body =
    file === 'source.txt'
      ? sourceText
      : file === 'briefing.json'
        ? JSON.stringify(toBriefingJson(briefing, site), null, 2)
        : JSON.stringify(annotationCollection(briefing, site), null, 2);
  return { file, contentType: CONTENT_TYPES[file], body };
}

/** Every export of a briefing, in BRIEFING_EXPORT_FILES order. */
export function briefingExports(
  briefing: Briefing,
  site: URL,
  sourceText: string,
): BriefingExport[] {
  return BRIEFING_EXPORT_FILES.map((file) => briefingExport(file, briefing, site, sourceText));
}

/** A further source's text, published at `/briefings/<slug>/sources/<id>.txt`. */
export interface FurtherSourceExport {
  /** The file's path under `/briefings/<slug>/`: `sources/<id>.txt`. */
  file: `sources/${string}.txt`;
  contentType: string;
  body: string;
}

/**
 * A further source's body exactly as anchored, what its spans' TextPositionSelectors and
 * briefing.json offsets count into; `sourceText` is read by src/node/source-text.ts.
 */
export function furtherSourceExport(
  further: Pick<FurtherSource, 'id'>,
  sourceText: string,
): FurtherSourceExport {
  return {
    file: `sources/${further.id}.txt`,
    contentType: CONTENT_TYPES['source.txt'],
    body: sourceText,
  };
}
