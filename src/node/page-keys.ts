// The keys of the incremental build: every page, share image, data file and search
// record that `astro build` would write again gets a key, and an output made under the
// same key before is reused instead (Astro's `experimental.incrementalBuild` for the
// routes, given as each `getStaticPaths` entry's `cacheKey`; the build worker's own
// store for the data files and the search documents, src/node/output-cache.ts). A key
// is the digest of three parts, each needed (test/build/incremental.test.ts drops each
// in turn and sees a wrong output):
//   - the data version: the code that makes the site and what is written from it
//     (src/core, src/schema and package-lock.json, as the assembly cache's code version,
//     and src/node, whose worker reads the files and writes the data files);
//   - the route: which output of the input this is (briefing.json and annotations.jsonld
//     serialise the same briefing);
//   - the canonical JSON of exactly what the output is made from: a page's props
//     (src/core/pages/page-props.ts), a data file's briefing and source text.
// What Astro itself keys (the route's module graph, the Astro config, the lock file)
// it checks on its own. Main functions: `dataVersion(root)`, `outputKey(route, input)`.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'safe-stable-stringify';
import { codeVersion } from './assembly-cache.ts';

let version: string | undefined;

/** The data version of the project at `root`: digest of the assembly cache's code version and src/node. */
export function dataVersion(root: string): string {
  if (version) return version;
  const hash = createHash('sha256').update(codeVersion(root));
  const base = path.join(root, 'src/node');
  const files = readdirSync(base, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  for (const file of files) hash.update(path.relative(root, file)).update(readFileSync(file));
  version = hash.digest('hex').slice(0, 32);
  return version;
}

/**
 * The parts a key leaves out, from `$DOSSIER_KEY_OMIT` (`data`, `route`, `input`, comma
 * separated): only for test/build/incremental.test.ts, which shows that each part is
 * needed. Never set it for a real build.
 */
function omitted(): Set<string> {
  return new Set((process.env['DOSSIER_KEY_OMIT'] ?? '').split(',').filter(Boolean));
}

/**
 * The key of one output: digest of the data version, the route (`briefings/[slug]/`
 * with its parameters, or a data file's path) and the canonical JSON of its input
 * (keys sorted, so equal values give equal text whatever order their keys were set in).
 */
export function outputKey(root: string, route: string, input: unknown): string {
  const omit = omitted();
  const hash = createHash('sha256');
  hash.update(omit.has('data') ? '' : dataVersion(root)).update('\0');
  hash.update(omit.has('route') ? '' : route).update('\0');
  hash.update(omit.has('input') ? '' : (stringify(input) ?? 'undefined'));
  return hash.digest('base64url');
}
