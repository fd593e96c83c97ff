// Node adapter: reads the content folder from disk and hands the bytes to core.
// Main functions: `readContentFiles(root, dir)` and `loadSite(root)`.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { assembleSite, type RawFile, type Site } from '../core/site.ts';
import type { Result } from '../core/diagnostics.ts';

/** The content folder: $DOSSIER_CONTENT when set (tests, benchmarks), else ./content. */
export function contentDirFromEnv(root: string): string {
  return path.resolve(root, process.env['DOSSIER_CONTENT'] ?? 'content');
}

/** Every .md file under `dir`, paths relative to `root` with forward slashes, sorted. */
export async function readContentFiles(root: string, dir: string): Promise<RawFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return [];
    throw e;
  });
  const files = entries.filter((e) => e.isFile() && e.name.endsWith('.md'));
  // A bounded number of reads at once: an archive has tens of thousands of files,
  // more than a process may hold open together (EMFILE).
  const raw: RawFile[] = [];
  let next = 0;
  const read = async () => {
    for (let e = files[next++]; e; e = files[next++]) {
      const full = path.join(e.parentPath, e.name);
      raw.push({ path: path.relative(root, full).split(path.sep).join('/'), bytes: new Uint8Array(await readFile(full)) });
    }
  };
  await Promise.all(Array.from({ length: Math.min(READS_AT_ONCE, files.length) }, read));
  return raw.sort((a, b) => a.path.localeCompare(b.path));
}

const READS_AT_ONCE = 64;

/** Reads and assembles the whole site. */
export async function loadSite(root: string, dir = contentDirFromEnv(root)): Promise<Result<Site>> {
  const files = await readContentFiles(root, dir);
  const relative = path.relative(root, dir).split(path.sep).join('/') || '.';
  return assembleSite(files, relative);
}
