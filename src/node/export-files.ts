// Node adapter: writes every briefing's data files (`source.txt`, `briefing.json`,
// `annotations.jsonld`, made by src/core/briefing-exports.ts, and `sources/<id>.txt`
// for each further source) under
// `<outDir>/briefings/<slug>/`. A briefing's three files are keyed on what they serialise
// (its briefing, the site URL and its source text; src/node/page-keys.ts): when the
// store (output-cache.ts) has all three under their keys, their bytes come from it.
// Main function: `writeBriefingExports(root, outDir, site, briefings, store)`.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  BRIEFING_EXPORT_FILES,
  briefingExports,
  furtherSourceExport,
} from '../core/publishing/briefing-exports.ts';
import type { Briefing } from '../core/assembly/model.ts';
import type { OutputStore } from './output-cache.ts';
import { outputKey } from './page-keys.ts';
import { readFurtherSourceText, readSourceText } from './source-text.ts';

/** Briefings written between two turns of the event loop. */
const TURN = 16;

/**
 * Writes the files and returns how many. Each file synchronously: thousands of small
 * files are written faster one after another than in flight on libuv's thread pool
 * (docs/performance.md); the event loop gets a turn every few briefings, so other
 * work of the thread (the search index's documents) keeps flowing. `store` is the
 * build's output store (its caller prunes it once every writer of the build is done).
 */
export async function writeBriefingExports(
  root: string,
  outDir: string,
  site: URL,
  briefings: readonly Briefing[],
  store: OutputStore,
): Promise<number> {
  let written = 0;
  for (const [i, briefing] of briefings.entries()) {
    if (i % TURN === TURN - 1) await new Promise((resolve) => setImmediate(resolve));
    const dir = path.join(outDir, 'briefings', briefing.slug);
    mkdirSync(dir, { recursive: true });
    const sourceText = readSourceText(root, briefing);
    // What the three files serialise, digested once; each file's key adds its route.
    const input = outputKey(root, 'briefing data files', {
      briefing,
      site: site.href,
      sourceText,
    });
    const keys = BRIEFING_EXPORT_FILES.map((file) =>
      outputKey(root, `briefings/${briefing.slug}/${file}`, input),
    );
    const stored = keys.map((key) => store.get(key));
    if (stored.every((body) => body !== undefined)) {
      stored.forEach((body, k) => writeFileSync(path.join(dir, BRIEFING_EXPORT_FILES[k]!), body));
      written += stored.length;
    } else {
      for (const [k, { file, body }] of briefingExports(briefing, site, sourceText).entries()) {
        writeFileSync(path.join(dir, file), body);
        store.put(keys[k]!, body);
        written++;
      }
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
