// The git history of every briefing folder, for the dates briefing.md leaves out
// (src/core/assembly/briefing-dates.ts): the author dates of the first and the last
// commit that touched each `<content>/briefings/<slug>/`, from one `git log` over the
// whole briefings folder. No git, no repository, a shallow clone (whose first commit
// is not the briefing's) or a folder never committed: no history, so the page shows no
// date rather than a wrong one or today's. Uncommitted edits do not count, so two
// builds of the same commit are the same. Main function: `folderHistories(dir)`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FolderHistory } from '../core/assembly/briefing-dates.ts';

const git = (cwd: string, args: string[]) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 256 * 1024 * 1024,
  });

/** Slug → the dates of the first and last commit of `<dir>/briefings/<slug>/`; empty without a usable history. */
export function folderHistories(dir: string): Map<string, FolderHistory> {
  const histories = new Map<string, FolderHistory>();
  const briefings = path.join(dir, 'briefings');
  if (!existsSync(briefings)) return histories;
  let log: string;
  try {
    if (git(briefings, ['rev-parse', '--is-shallow-repository']).trim() !== 'false')
      return histories;
    // A NUL and the author date (YYYY-MM-DD) per commit, then the files it touched, relative to briefings/.
    log = git(briefings, [
      '-c',
      'core.quotePath=false',
      'log',
      '--format=%x00%as',
      '--name-only',
      '--relative',
      '--no-renames',
      '--',
      '.',
    ]);
  } catch {
    // No git, or not a repository: no history.
    return histories;
  }
  let date: string | undefined;
  for (const line of log.split('\n')) {
    if (line.startsWith('\0')) {
      date = line.slice(1);
      continue;
    }
    const slug = line.split('/')[0];
    if (!date || !slug || !line.includes('/')) continue;
    const known = histories.get(slug);
    if (!known) histories.set(slug, { first: date, last: date });
    else {
      if (date < known.first) known.first = date;
      if (date > known.last) known.last = date;
    }
  }
  return histories;
}
