// The incremental assembly's memory on disk, shared by `npm run check`, `npm run dev`
// and `astro build`: the last run's memo (core's SiteMemo: every actor file and every
// briefing as assembled, with what each read of the registry) and the state of every
// content file it was made from (size, mtime, ctime, inode → content digest), in
// `node_modules/.cache/dossier/` (or `$DOSSIER_ASSEMBLY_CACHE`, or
// `$DOSSIER_CACHE_DIR/dossier-assembly/` beside Astro's cache), one file
// per content folder and mode. Its name carries the code's version (a digest of
// src/core, src/schema and the lock file), so a change of code or dependency never
// reuses a result. Deleting the folder only makes the next run assemble everything.
// Each briefing is stored as bytes of its own and read back only when asked, so a
// check that finds little changed does not pay for the whole archive's briefings.
// Main functions: `contentEntries(root, dir, known)`, `readAssemblyCache`, `writeAssemblyCache`.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { BriefingResult } from '../core/assembly/briefing.ts';
import type { BriefingRecord, SiteMemo } from '../core/assembly/incremental.ts';
import type { ContentEntry } from '../core/assembly/site.ts';
import { listContentFiles } from './content-files.ts';

/** A content file's state when it was last read, and the digest of its bytes then. */
export interface FileState {
  stamp: string;
  digest: string;
}

/** What the cache holds for one content folder and mode. */
export interface AssemblyCache {
  memo: SiteMemo;
  /** Path relative to the project root → its state. */
  files: Map<string, FileState>;
}

function stampOf(full: string): string {
  const s = statSync(full);
  return `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;
}

function digestOf(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/**
 * Every .md file under `dir` (or the files `listed`, full paths) as core's ContentEntry.
 * A file whose stat is what `known` recorded keeps its digest without being read; the
 * others are read and hashed now. Bytes are read when core asks for them (a briefing or
 * actor it assembles again).
 */
export function contentEntries(
  root: string,
  dir: string,
  known: ReadonlyMap<string, FileState> = new Map(),
  listed: readonly string[] = listContentFiles(dir),
): { entries: ContentEntry[]; files: Map<string, FileState> } {
  const files = new Map<string, FileState>();
  const entries = listed.map((full): ContentEntry => {
    const relative = path.relative(root, full).split(path.sep).join('/');
    const stamp = stampOf(full);
    const before = known.get(relative);
    let bytes: Uint8Array | undefined;
    const read = () => (bytes ??= new Uint8Array(readFileSync(full)));
    const digest = before?.stamp === stamp ? before.digest : digestOf(read());
    files.set(relative, { stamp, digest });
    return { path: relative, digest, bytes: read };
  });
  return { entries, files };
}

/**
 * How long an empty file is taken for one still being written: a save truncates the
 * file and then writes it, and on a busy machine the two were seen 24 ms apart, with the
 * watcher's one event between them (so the dev server read the empty file and reloaded
 * the page onto it, then again onto the save: `npm run dev-loop -- --reloads`).
 */
export const WRITING_MS = 200;

export interface UpdateOptions {
  /**
   * Given, a file that reads as empty and changed less than `WRITING_MS` ago is left as
   * it was and added here: the caller looks at it again later.
   */
  writing?: Set<string>;
  /** The time to compare modification times with (default: now). */
  now?: number;
}

/**
 * Brings `entries` and `files` (path → entry and state, as `contentEntries` gave them)
 * up to date for the files at `changed` (full paths), which may have changed, been
 * added or been deleted: only those are looked at, as `npm run dev` learns them from
 * its watcher. Updates both maps in place; true when any file's digest changed, or a
 * file came or went.
 */
export function updateContentEntries(
  root: string,
  entries: Map<string, ContentEntry>,
  files: Map<string, FileState>,
  changed: Iterable<string>,
  options: UpdateOptions = {},
): boolean {
  let any = false;
  const now = options.now ?? Date.now();
  for (const full of changed) {
    if (!full.endsWith('.md')) continue;
    const relative = path.relative(root, full).split(path.sep).join('/');
    let stamp: string;
    try {
      const stat = statSync(full);
      // Emptied a moment ago: a save caught between its truncation and its write (a
      // file copied in is made empty first too). Left as it was until it settles.
      if (options.writing && stat.size === 0 && now - stat.mtimeMs < WRITING_MS) {
        options.writing.add(full);
        continue;
      }
      stamp = stampOf(full);
    } catch {
      if (entries.delete(relative)) any = true;
      files.delete(relative);
      continue;
    }
    const before = files.get(relative);
    if (before?.stamp === stamp && entries.has(relative)) continue;
    let bytes: Uint8Array | undefined;
    const read = () => (bytes ??= new Uint8Array(readFileSync(full)));
    const digest = digestOf(read());
    files.set(relative, { stamp, digest });
    if (before?.digest === digest && entries.has(relative)) continue;
    entries.set(relative, { path: relative, digest, bytes: read });
    any = true;
  }
  return any;
}

/** True when the two sets of file states have the same files with the same digests. */
export function sameDigests(
  a: ReadonlyMap<string, FileState>,
  b: ReadonlyMap<string, FileState>,
): boolean {
  if (a.size !== b.size) return false;
  for (const [file, state] of a) if (b.get(file)?.digest !== state.digest) return false;
  return true;
}

/** The code's version: a digest of core, the schemas and the lock file (libraries). */
let version: string | undefined;
export function codeVersion(root: string): string {
  if (version) return version;
  const hash = createHash('sha1');
  for (const folder of ['src/core', 'src/schema']) {
    const base = path.join(root, folder);
    const names = readdirSync(base, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.ts'))
      .map((e) => path.join(e.parentPath, e.name))
      .sort();
    for (const file of names) hash.update(path.relative(root, file)).update(readFileSync(file));
  }
  try {
    hash.update(readFileSync(path.join(root, 'package-lock.json')));
  } catch {
    // No lock file: the code alone.
  }
  version = hash.digest('hex').slice(0, 16);
  return version;
}

/** The cache file of a content folder assembled with or without name warnings. */
export function assemblyCacheFile(
  root: string,
  dir: string,
  nameWarnings: boolean,
  placeholders: 'error' | 'draft' = 'error',
): string {
  const own = process.env['DOSSIER_ASSEMBLY_CACHE'];
  const astro = process.env['DOSSIER_CACHE_DIR'];
  const folder = own
    ? path.resolve(root, own)
    : astro
      ? path.join(path.resolve(root, astro), 'dossier-assembly')
      : path.join(root, 'node_modules/.cache/dossier');
  const key = createHash('sha1')
    .update(
      `${path.resolve(dir)}|${nameWarnings ? 'names' : 'no-names'}${placeholders === 'draft' ? '|draft-placeholders' : ''}`,
    )
    .digest('hex')
    .slice(0, 16);
  return path.join(folder, `${codeVersion(root)}-${key}.bin`);
}

/**
 * A briefing record as the file holds it: the assembled briefing (the bulk of the
 * file) serialised on its own, so reading the cache back costs a copy of its bytes, and
 * each briefing is deserialised only when something reads it. `npm run check` reads
 * only diagnostics and statuses, so a check that reassembles little deserialises
 * little; `npm run dev` and the build read every briefing as they build the site.
 */
interface StoredRecord extends Omit<BriefingRecord, 'result'> {
  result: Omit<BriefingResult, 'value'>;
  value: Uint8Array;
}

interface StoredCache {
  memo: Omit<SiteMemo, 'briefings'> & { briefings: Map<string, StoredRecord> };
  files: Map<string, FileState>;
}

/** The stored bytes of each result read back whose briefing nobody has read yet: written back as they are. */
const unread = new WeakMap<BriefingResult, Uint8Array>();

function lazyResult(stored: StoredRecord['result'], bytes: Uint8Array): BriefingResult {
  const result = { ...stored } as BriefingResult;
  Object.defineProperty(result, 'value', {
    configurable: true,
    enumerable: true,
    get() {
      const value = deserialize(bytes) as BriefingResult['value'];
      Object.defineProperty(result, 'value', { value, writable: true, enumerable: true });
      unread.delete(result);
      return value;
    },
  });
  unread.set(result, bytes);
  return result;
}

/** The cache of `file`, or undefined when there is none or it cannot be read (then everything is assembled). */
export function readAssemblyCache(file: string): AssemblyCache | undefined {
  try {
    const stored = deserialize(readFileSync(file)) as StoredCache;
    if (!(stored.memo.briefings instanceof Map && stored.files instanceof Map)) return undefined;
    return {
      memo: { ...stored.memo, briefings: readStored(stored.memo.briefings) },
      files: stored.files,
    };
  } catch {
    return undefined;
  }
}

/** Briefing records as the file holds them (`StoredRecord`), each briefing read when something reads it. */
function readStored(stored: ReadonlyMap<string, StoredRecord>): Map<string, BriefingRecord> {
  const briefings = new Map<string, BriefingRecord>();
  for (const [slug, { value, result, ...record }] of stored)
    briefings.set(slug, { ...record, result: lazyResult(result, value) });
  return briefings;
}

/**
 * Briefing records as one thread sends them to another: as the cache file holds them,
 * each briefing serialised on its own (`StoredRecord`). `npm run check`'s assembly
 * worker sends its share so: the main thread reads only their diagnostics and statuses
 * and writes the cache with their bytes as they are, instead of a copy of every
 * briefing taken apart by the message and serialised again for the file.
 */
export type SentRecords = Map<string, StoredRecord>;

/** `briefings` as `SentRecords`, for `postMessage`. */
export function sendRecords(briefings: ReadonlyMap<string, BriefingRecord>): SentRecords {
  const sent = new Map<string, StoredRecord>();
  for (const [slug, record] of briefings) sent.set(slug, storedRecord(record));
  return sent;
}

/** The records `sendRecords` sent, each briefing read when something reads it. */
export function receiveRecords(sent: SentRecords): Map<string, BriefingRecord> {
  return readStored(sent);
}

/** Briefings serialised as soon as they were assembled (`serialiseNow`), by result. */
const early = new WeakMap<BriefingResult, Uint8Array>();

/**
 * Serialises `record`'s briefing now, for `sendRecords` and the cache file to take as
 * it is: `npm run check`'s threads do it after each briefing they assemble, so that no
 * thread serialises a whole share once the shared queue is empty (content.ts). Only for
 * a briefing nothing changes afterwards: the bytes are the briefing as it is now.
 */
export function serialiseNow(record: BriefingRecord): void {
  if (!unread.has(record.result) && !early.has(record.result))
    early.set(record.result, serialize(record.result.value));
}

/** A briefing record as the file holds it (`StoredRecord`), without reading an unread briefing. */
function storedRecord({ result, ...record }: BriefingRecord): StoredRecord {
  const rest: Record<string, unknown> = {};
  for (const key of Object.keys(result))
    if (key !== 'value') rest[key] = result[key as keyof BriefingResult];
  return {
    ...record,
    result: rest as StoredRecord['result'],
    value: unread.get(result) ?? early.get(result) ?? serialize(result.value),
  };
}

function writeStored(file: string, cache: AssemblyCache, briefings: Map<string, StoredRecord>) {
  const stored: StoredCache = { memo: { ...cache.memo, briefings }, files: cache.files };
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, serialize(stored));
  renameSync(temporary, file);
}

/** Writes the cache atomically (a temporary file renamed over it), so a reader never sees half. */
export function writeAssemblyCache(file: string, cache: AssemblyCache): void {
  writeStored(file, cache, sendRecords(cache.memo.briefings));
}

/** Briefings serialised between two turns of the event loop by `writeAssemblyCacheSoon`. */
const BATCH = 250;

/**
 * `writeAssemblyCache` a few briefings at a time, letting the event loop run between
 * them: `npm run dev` writes its first assembly this way, so a page request waits for
 * one batch (tens of milliseconds), not for the whole archive (seconds at 10,000).
 */
export async function writeAssemblyCacheSoon(file: string, cache: AssemblyCache): Promise<void> {
  const briefings = new Map<string, StoredRecord>();
  let n = 0;
  for (const [slug, record] of cache.memo.briefings) {
    briefings.set(slug, storedRecord(record));
    if (++n % BATCH === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  writeStored(file, cache, briefings);
}
