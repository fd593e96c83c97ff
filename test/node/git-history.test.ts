// The git history of briefing folders (src/node/git-history.ts) in real repositories
// made here: first and last author dates per folder; nothing outside a repository, in
// a shallow clone, or for a folder never committed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderHistories } from '../../src/node/git-history.ts';
import { Temps } from '../helpers/cli.ts';

const temps = new Temps();
afterAll(() => temps.cleanup());

function git(cwd: string, args: string[], date?: string): void {
  execFileSync('git', args, {
    cwd,
    stdio: 'ignore',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Editor',
      GIT_AUTHOR_EMAIL: 'editor@example.org',
      GIT_COMMITTER_NAME: 'Editor',
      GIT_COMMITTER_EMAIL: 'editor@example.org',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      ...(date
        ? { GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` }
        : {}),
    },
  });
}

function write(repo: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), text);
}

function commit(repo: string, date: string): void {
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', `edit of ${date}`], date);
}

/** A repository with two briefings: one edited twice after its first commit, one committed once, one never. */
function repository(): string {
  const repo = temps.dir('git');
  git(repo, ['init', '-q', '-b', 'main']);
  write(repo, 'content/briefings/first/briefing.md', 'one');
  write(repo, 'content/actors/a.md', 'actor');
  commit(repo, '2025-12-07');
  write(repo, 'content/briefings/second/briefing.md', 'two');
  commit(repo, '2025-12-10');
  write(repo, 'content/briefings/first/events.md', 'events');
  commit(repo, '2026-01-05');
  write(repo, 'content/actors/a.md', 'actor, edited');
  commit(repo, '2026-02-01');
  write(repo, 'content/briefings/first/briefing.md', 'one, edited');
  commit(repo, '2026-01-20');
  // Edited and never committed: not a date, so two builds of one commit agree.
  write(repo, 'content/briefings/second/briefing.md', 'two, not committed');
  write(repo, 'content/briefings/third/briefing.md', 'three, not committed');
  return repo;
}

describe('folderHistories', () => {
  const repo = repository();

  it('gives each committed briefing folder the dates of its first and last commits', () => {
    expect(Object.fromEntries(folderHistories(path.join(repo, 'content')))).toEqual({
      first: { first: '2025-12-07', last: '2026-01-20' },
      second: { first: '2025-12-10', last: '2025-12-10' },
    });
  });

  it('gives nothing outside a repository, nor in a shallow clone', () => {
    const plain = temps.dir('no-git');
    write(plain, 'content/briefings/first/briefing.md', 'one');
    expect(folderHistories(path.join(plain, 'content')).size).toBe(0);

    const shallow = path.join(temps.dir('shallow'), 'clone');
    git(path.dirname(shallow), ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    expect(folderHistories(path.join(shallow, 'content')).size).toBe(0);
  });
});
