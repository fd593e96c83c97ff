import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkIncrementalCache,
  incrementalCacheFault,
  recordIncrementalCache,
} from '../../src/node/incremental-cache.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A cache folder as Astro's incremental build leaves it: a manifest and the copies it names. */
function astroCache(pages: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-incremental-'));
  dirs.push(dir);
  const paths: Record<string, { cacheKey: string; outputFile: string }> = {};
  for (const [name, body] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, 'dist', name)), { recursive: true });
    writeFileSync(path.join(dir, 'dist', name), body);
    paths[`/${path.dirname(name)}/`] = { cacheKey: `key-${name}`, outputFile: name };
  }
  writeFileSync(
    path.join(dir, 'incremental-build.json'),
    JSON.stringify({
      version: 1,
      configHash: 'c',
      lockfileHash: 'l',
      routes: { 'src/pages/a.astro': { dependencyHash: 'd', paths } },
    }),
  );
  return dir;
}

const PAGES = { 'a/index.html': '<p>one</p>', 'b/index.html': '<p>two</p>' };

describe('the incremental build cache', () => {
  it('is kept when every copy is as recorded, and reads only stats then', () => {
    const dir = astroCache(PAGES);
    recordIncrementalCache(dir);
    expect(incrementalCacheFault(dir)).toBeUndefined();
    expect(checkIncrementalCache(dir)).toBeUndefined();
    expect(existsSync(path.join(dir, 'incremental-build.json'))).toBe(true);
  });

  it('is dropped, so the build runs cold, when a copy changed to other bytes of the same size', () => {
    const dir = astroCache(PAGES);
    recordIncrementalCache(dir);
    const file = path.join(dir, 'dist/a/index.html');
    const { atime, mtime } = statSync(file);
    writeFileSync(file, '<p>ONE</p>');
    utimesSync(file, atime, new Date(mtime.getTime() + 1000));
    expect(checkIncrementalCache(dir)).toBe('a/index.html changed since it was recorded');
    expect(existsSync(path.join(dir, 'incremental-build.json'))).toBe(false);
    expect(existsSync(path.join(dir, 'dist'))).toBe(false);
    expect(existsSync(path.join(dir, 'dossier-incremental.json'))).toBe(false);
  });

  it('is dropped when a copy is cut short or missing', () => {
    const cut = astroCache(PAGES);
    recordIncrementalCache(cut);
    writeFileSync(path.join(cut, 'dist/b/index.html'), '<p>t');
    expect(checkIncrementalCache(cut)).toBe('b/index.html changed since it was recorded');
    const gone = astroCache(PAGES);
    recordIncrementalCache(gone);
    rmSync(path.join(gone, 'dist/a/index.html'));
    expect(checkIncrementalCache(gone)).toBe('a/index.html is missing');
  });

  it('is dropped when its manifest changed, is not one, or was never recorded (a foreign cache)', () => {
    const edited = astroCache(PAGES);
    recordIncrementalCache(edited);
    const manifest = path.join(edited, 'incremental-build.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('key-a', 'key-z'));
    expect(checkIncrementalCache(edited)).toBe(
      'incremental-build.json changed since it was recorded',
    );

    const garbage = astroCache(PAGES);
    writeFileSync(path.join(garbage, 'incremental-build.json'), '{"routes": 3');
    recordIncrementalCache(garbage);
    expect(checkIncrementalCache(garbage)).toBe(
      "incremental-build.json is not a manifest of Astro's incremental build",
    );

    const foreign = astroCache(PAGES);
    expect(checkIncrementalCache(foreign)).toBe(
      "incremental-build.json was not recorded by this project's build",
    );
    // Another cache's record does not vouch for this one's files.
    const other = astroCache({ 'a/index.html': '<p>other</p>', 'b/index.html': '<p>two</p>' });
    recordIncrementalCache(other);
    const mine = astroCache(PAGES);
    writeFileSync(
      path.join(mine, 'dossier-incremental.json'),
      readFileSync(path.join(other, 'dossier-incremental.json')),
    );
    expect(checkIncrementalCache(mine)).toBeDefined();
  });

  it('has nothing to check before the first build', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-incremental-'));
    dirs.push(dir);
    expect(checkIncrementalCache(dir)).toBeUndefined();
  });
});
