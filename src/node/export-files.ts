// Node adapter: writes every briefing's data files (`source.txt`, `briefing.json`,
// `annotations.jsonld`, made by src/core/briefing-exports.ts, and `sources/<id>.txt`
// for each further source) under
// `<outDir>/briefings/<slug>/`. Main function: `writeBriefingExports(root, outDir, site, briefings)`.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { briefingExports, furtherSourceExport } from '../core/publishing/briefing-exports.ts';
import type { Briefing } from '../core/assembly/model.ts';
import { readFurtherSourceText, readSourceText } from './source-text.ts';

/** Briefings written between two turns of the event loop. */
const TURN = 16;

/**
 * Writes the files and returns how many. Each file synchronously: thousands of small
 * files are written faster one after another than in flight on libuv's thread pool
 * (docs/performance.md); the event loop gets a turn every few briefings, so other
 * work of the thread (the search index's documents) keeps flowing.
 */
export async function writeBriefingExports(
  root: string,
  outDir: string,
  site: URL,
  briefings: readonly Briefing[],
): Promise<number> {
  let written = 0;
  for (const [i, briefing] of briefings.entries()) {
    if (i % TURN === TURN - 1) await new Promise((resolve) => setImmediate(resolve));
    const dir = path.join(outDir, 'briefings', briefing.slug);
    mkdirSync(dir, { recursive: true });
    for (const { file, body } of briefingExports(briefing, site, readSourceText(root, briefing))) {
      writeFileSync(path.join(dir, file), body);
      written++;
    }
    // Each further source's body, what its spans' TextPositionSelectors count into.
    if (briefing.furtherSources.length > 0)
      mkdirSync(path.join(dir, 'sources'), { recursive: true });
    for (const further of briefing.furtherSources) {
      const { file, body } = furtherSourceExport(
        further,
        readFurtherSourceText(root, briefing, further),
      );
      writeFileSync(path.join(dir, file), body);
      written++;
    }
  }
  return written;
}
