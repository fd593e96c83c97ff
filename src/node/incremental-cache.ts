// Astro's incremental build keeps its manifest (`incremental-build.json`) and a copy of
// every keyed output (`dist/…`) in its cacheDir, and copies a skipped page's file from
// there without looking at it. This module stands guard over that folder so that a
// corrupt or foreign cache never yields a wrong page: after each build it records the
// SHA-256 of the manifest and of every cached file (`dossier-incremental.json`; a file
// whose size and mtime are unchanged keeps its recorded digest); before the next build
// it checks them, and when anything is missing, cut short, changed or unknown it deletes
// the manifest and the copies, so Astro builds cold (and records afresh). After a CI
// host restores the folder (new mtimes), every file is hashed once again.
// Main functions: `checkIncrementalCache(cacheDir)`, `recordIncrementalCache(cacheDir)`.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const MANIFEST = 'incremental-build.json';
const COPIES = 'dist';
const RECORD = 'dossier-incremental.json';

interface FileRecord {
  size: number;
  mtimeMs: number;
  digest: string;
}

interface CacheRecord {
  version: 1;
  manifest: string;
  files: Record<string, FileRecord>;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Every cached output file the manifest names (relative to the copies' folder); undefined when it is not a manifest. */
function manifestFiles(bytes: Buffer): string[] | undefined {
  try {
    const data = JSON.parse(bytes.toString('utf8')) as {
      routes?: Record<string, { paths?: Record<string, { outputFile?: unknown }> }>;
    };
    if (!data || typeof data.routes !== 'object' || data.routes === null) return undefined;
    const files: string[] = [];
    for (const route of Object.values(data.routes))
      for (const entry of Object.values(route.paths ?? {})) {
        if (typeof entry.outputFile !== 'string') return undefined;
        files.push(entry.outputFile);
      }
    return files;
  } catch {
    return undefined;
  }
}

function readRecord(cacheDir: string): CacheRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(path.join(cacheDir, RECORD), 'utf8')) as CacheRecord;
    return record.version === 1 && typeof record.files === 'object' ? record : undefined;
  } catch {
    return undefined;
  }
}

/** The digest of a cached file, from the record when its size and mtime are the recorded ones. */
function fileDigest(file: string, known: FileRecord | undefined): FileRecord | undefined {
  try {
    const stat = statSync(file);
    if (known && known.size === stat.size && known.mtimeMs === stat.mtimeMs) return known;
    return { size: stat.size, mtimeMs: stat.mtimeMs, digest: sha256(readFileSync(file)) };
  } catch {
    return undefined;
  }
}

/** Why the incremental cache in `cacheDir` cannot be trusted, or undefined when it can (or there is none). */
export function incrementalCacheFault(cacheDir: string): string | undefined {
  let manifest: Buffer;
  try {
    manifest = readFileSync(path.join(cacheDir, MANIFEST));
  } catch {
    return undefined;
  }
  const record = readRecord(cacheDir);
  if (!record) return `${MANIFEST} was not recorded by this project's build`;
  if (record.manifest !== sha256(manifest)) return `${MANIFEST} changed since it was recorded`;
  const files = manifestFiles(manifest);
  if (!files) return `${MANIFEST} is not a manifest of Astro's incremental build`;
  for (const name of files) {
    const known = record.files[name];
    if (!known) return `${name} was not recorded`;
    const now = fileDigest(path.join(cacheDir, COPIES, name), known);
    if (!now) return `${name} is missing`;
    if (now.digest !== known.digest) return `${name} changed since it was recorded`;
  }
  return undefined;
}

/**
 * Before a build: when the cache cannot be trusted, deletes Astro's manifest, its
 * copies and the record, so the build runs cold. Returns why, or undefined when the
 * cache is kept.
 */
export function checkIncrementalCache(cacheDir: string): string | undefined {
  const fault = incrementalCacheFault(cacheDir);
  if (fault) {
    for (const name of [MANIFEST, RECORD, COPIES])
      rmSync(path.join(cacheDir, name), { recursive: true, force: true });
  }
  return fault;
}

/** After a build: records the digests of the manifest Astro wrote and of every copy it names. */
export function recordIncrementalCache(cacheDir: string): void {
  let manifest: Buffer;
  try {
    manifest = readFileSync(path.join(cacheDir, MANIFEST));
  } catch {
    return;
  }
  const previous = readRecord(cacheDir);
  const record: CacheRecord = { version: 1, manifest: sha256(manifest), files: {} };
  for (const name of manifestFiles(manifest) ?? []) {
    const now = fileDigest(path.join(cacheDir, COPIES, name), previous?.files[name]);
    if (now) record.files[name] = now;
  }
  const target = path.join(cacheDir, RECORD);
  writeFileSync(`${target}.${process.pid}.tmp`, JSON.stringify(record));
  renameSync(`${target}.${process.pid}.tmp`, target);
}
