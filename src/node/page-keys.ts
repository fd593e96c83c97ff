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
//   - the canonical form of exactly what the output is made from: a page's props
//     (src/core/pages/page-props.ts), a data file's briefing and source text
//     (`canonical`, below: JSON with sorted keys, where an object whose text is long
//     stands as the digest of that text, computed once per object in a build).
// What Astro itself keys (the route's module graph, the Astro config, the lock file)
// it checks on its own. Main functions: `dataVersion(root)`, `outputKey(route, input)`,
// `canonical(value)`.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { codeVersion } from './assembly-cache.ts';
import { processState } from './process-state.ts';

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
 * separated; `<kind>:<part>` leaves a part out of one kind of key only, as `index:input`
 * for the search index's shards): only for test/build/incremental.test.ts, which shows
 * that each part is needed. Never set it for a real build.
 */
function omitted(): Set<string> {
  return new Set((process.env['DOSSIER_KEY_OMIT'] ?? '').split(',').filter(Boolean));
}

/** Above this many characters, an object's canonical text stands as its digest (`canonical`). */
const LONG = 256;

/**
 * The digest standing for each long object already met in this process: objects of an
 * assembled site are never changed once made. Shared by every module instance of the
 * process (the pages' and the integration's), so the digests the build's worker sends
 * with the site (`adoptDigests`) serve the pages' keys.
 */
const memo = processState('canonical-digests', () => new WeakMap<object, string>());

/**
 * The canonical text of `value`: its JSON (as `JSON.stringify` writes it: `toJSON` used,
 * `undefined` and functions left out of objects and `null` in arrays, non-finite numbers
 * `null`) with every object's keys sorted, so equal values give equal text whatever order
 * their keys were set in; a Map or a Set as `Map[…]` / `Set[…]` of its entries (which
 * JSON would write as `{}`, losing them). An object or array whose text is longer than
 * `LONG` characters stands as `#` and the SHA-256 of that text (base64url), outside any
 * string, so no other value has the same text; the digest is kept for the object, and the
 * same object met again (a briefing's quote on its actor's page, the same briefing on its
 * page and in its data files) is not serialised again. Equal values give equal text, and
 * unequal values unequal text (barring a SHA-256 collision). Throws on a cycle.
 */
export function canonical(value: unknown): string {
  const text = canonicalText(value, new Set(), memo.get());
  return text === undefined ? 'undefined' : text;
}

/** The digests `canonical` made for an object and for the objects in its arrays: `''` for the object, `<key>.<index>` for a member. */
export type DigestTable = Record<string, string>;

/**
 * The digests of each of `objects` and of the objects in its own arrays (a briefing's
 * quotes, events, claims…), as far as `canonical` has made them: what `adoptDigests`
 * takes in another thread.
 */
export function madeDigests(objects: readonly object[]): DigestTable[] {
  const table = memo.get();
  return objects.map((object) => {
    const made: DigestTable = {};
    const own = table.get(object);
    if (own !== undefined) made[''] = own;
    for (const [key, value] of Object.entries(object))
      if (Array.isArray(value))
        value.forEach((item: unknown, n) => {
          const digest = typeof item === 'object' && item !== null ? table.get(item) : undefined;
          if (digest !== undefined) made[`${key}.${n}`] = digest;
        });
    return made;
  });
}

/**
 * Takes digests made by another thread (`madeDigests` there) for `objects`, the same
 * values as they arrived here (structured-cloned, which keeps their arrays' order and
 * an object met twice as one object): the build's worker digests every briefing for
 * its own keys and sends the digests with the site, so the pages' keys (a briefing's
 * page, an actor's page listing its quotes) do not serialise the same values again. A
 * digest stands for the value it was made from, a clone of the object here, so a key
 * made with it changes exactly when that value does.
 */
export function adoptDigests(objects: readonly object[], tables: readonly DigestTable[]): void {
  if (objects.length !== tables.length) return;
  const table = memo.get();
  objects.forEach((object, n) => {
    for (const [where, digest] of Object.entries(tables[n] ?? {})) {
      if (!digest.startsWith('#')) continue;
      if (where === '') {
        table.set(object, digest);
        continue;
      }
      const dot = where.lastIndexOf('.');
      const list = (object as Record<string, unknown>)[where.slice(0, dot)];
      const item = Array.isArray(list)
        ? (list[Number(where.slice(dot + 1))] as unknown)
        : undefined;
      if (typeof item === 'object' && item !== null) table.set(item, digest);
    }
  });
}

function canonicalText(
  value: unknown,
  open: Set<object>,
  digests: WeakMap<object, string>,
): string | undefined {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return `${value}n`;
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
  }
  if (value === null) return 'null';
  const object = value as object;
  const known = digests.get(object);
  if (known !== undefined) return known;
  const toJSON = (object as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') return canonicalText(toJSON.call(object, ''), open, digests);
  if (open.has(object)) throw new TypeError('canonical(): the value refers to itself');
  open.add(object);
  let text: string;
  if (Array.isArray(object)) {
    text = `[${object.map((item) => canonicalText(item, open, digests) ?? 'null').join(',')}]`;
  } else if (object instanceof Map) {
    text = `Map${canonicalText([...object], open, digests)}`;
  } else if (object instanceof Set) {
    text = `Set${canonicalText([...object], open, digests)}`;
  } else {
    const record = object as Record<string, unknown>;
    const members: string[] = [];
    for (const key of Object.keys(record).sort()) {
      const member = canonicalText(record[key], open, digests);
      if (member !== undefined) members.push(`${JSON.stringify(key)}:${member}`);
    }
    text = `{${members.join(',')}}`;
  }
  open.delete(object);
  if (text.length <= LONG) return text;
  const digest = `#${createHash('sha256').update(text).digest('base64url')}`;
  digests.set(object, digest);
  return digest;
}

/**
 * The key of one output: digest of the data version, the route (`briefings/[slug]/`
 * with its parameters, or a data file's path) and the canonical text of its input
 * (`canonical`). `kind` names the kind of key for `$DOSSIER_KEY_OMIT` alone.
 */
export function outputKey(root: string, route: string, input: unknown, kind?: string): string {
  const all = omitted();
  const omit = (part: string) =>
    all.has(part) || (kind !== undefined && all.has(`${kind}:${part}`));
  const hash = createHash('sha256');
  hash.update(omit('data') ? '' : dataVersion(root)).update('\0');
  hash.update(omit('route') ? '' : route).update('\0');
  hash.update(omit('input') ? '' : canonical(input));
  return hash.digest('base64url');
}
