// Where the content is and which files are in it. Main functions:
// `contentDirFromEnv(root)`, `listContentFiles(dir)`, `contentDirName(root, dir)`,
// `isInside(dir, file)`.
import { readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';

/** The content folder: $DOSSIER_CONTENT when set (tests, benchmarks), else ./content. */
export function contentDirFromEnv(root: string): string {
  return path.resolve(root, process.env['DOSSIER_CONTENT'] ?? 'content');
}

/** The full path of every .md file under `dir`, in no particular order; none when `dir` does not exist. */
export function listContentFiles(dir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => path.join(e.parentPath, e.name));
}

/** The content folder as core names it in messages: relative to `root`, forward slashes. */
export function contentDirName(root: string, dir: string): string {
  return path.relative(root, dir).split(path.sep).join('/') || '.';
}

/** True when `file` (a full path) is `dir` or lies under it. */
export function isInside(dir: string, file: string): boolean {
  return file === dir || file.startsWith(`${dir}${path.sep}`);
}
