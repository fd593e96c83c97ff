// One assembled site per content state: the integration's pre-build check and the
// content loader share it, so a build assembles the content once. Keyed by every
// file's path, size and mtime, so an edit in `npm run dev` reassembles.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Result } from '../core/diagnostics.ts';
import type { Site } from '../core/site.ts';
import { assembleSite } from '../core/site.ts';
import { contentDirFromEnv, readContentFiles } from './content.ts';

let cached: { key: string; result: Result<Site> } | undefined;

export async function loadSiteCached(root: string, dir = contentDirFromEnv(root)): Promise<Result<Site>> {
  const files = await readContentFiles(root, dir);
  const stamps = await Promise.all(files.map(async (f) => `${f.path}:${f.bytes.length}:${(await stat(path.join(root, f.path))).mtimeMs}`));
  const key = `${dir}|${stamps.sort().join('|')}`;
  if (cached?.key === key) return cached.result;
  const relative = path.relative(root, dir).split(path.sep).join('/') || '.';
  const result = assembleSite(files, relative);
  cached = { key, result };
  return result;
}
