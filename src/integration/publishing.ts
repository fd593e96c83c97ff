// What the publishing routes (feeds, data exports, JSON-LD) need from Astro:
// the absolute `site` URL and the project root the source files are read from.
import { root } from 'astro:config/server';
import { fileURLToPath } from 'node:url';
import type { Briefing, FurtherSource } from '../core/assembly/model.ts';
import { readFurtherSourceText, readSourceText } from '../node/source-text.ts';

export { requireSite } from '../core/publishing/public-urls.ts';

/** The source text the briefing's offsets count into, as published at source.txt. */
export function publishedSourceText(briefing: Briefing): string {
  return readSourceText(fileURLToPath(root), briefing);
}

/** A further source's text, as published at sources/<id>.txt. */
export function publishedFurtherSourceText(briefing: Briefing, further: FurtherSource): string {
  return readFurtherSourceText(fileURLToPath(root), briefing, further);
}
