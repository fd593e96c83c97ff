// What the publishing routes (feeds, data exports, JSON-LD) need from Astro:
// the absolute `site` URL and the project root the source files are read from.
import { root } from 'astro:config/server';
import { fileURLToPath } from 'node:url';
import type { Briefing } from '../core/model.ts';
import { readSourceText } from '../node/source-text.ts';

/** `site` from astro.config.mjs; feeds, sitemaps and JSON-LD need absolute URLs, so it is required. */
export function requireSite(site: URL | undefined): URL {
  if (!site) throw new Error('Set `site` in astro.config.mjs (e.g. "https://dossier.example.org"): the feed, sitemap, JSON-LD and annotation exports use absolute URLs.');
  return site;
}

/** The source text the briefing's offsets count into, as published at source.txt. */
export function publishedSourceText(briefing: Briefing): Promise<string> {
  return readSourceText(fileURLToPath(root), briefing);
}
