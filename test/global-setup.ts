// Builds the site for the site and browser tests with the real `astro build`,
// in a temporary folder of this run: the shipped content (twice: builds must be
// byte-identical), the shipped content plus the second test briefing
// (test/fixtures/second-briefing) and, in the seed briefing, the invented further
// source with claims and evidence in both sources (test/fixtures/two-sources), so the
// link, html-validate and axe checks cover them; and the hostile-input corpus
// (test/fixtures/hostile).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { writeHostileContent } from './fixtures/hostile/write-content.ts';

export const SITE_ROOT = path.resolve(import.meta.dirname, '..');

function build(outDir: string, env: Record<string, string> = {}): void {
  rmSync(outDir, { recursive: true, force: true });
  env = { DOSSIER_CACHE_DIR: `${outDir}-cache`, ...env };
  try {
    execFileSync(path.join(SITE_ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
      cwd: SITE_ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: 'pipe',
    });
  } catch (e) {
    const output = e as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(
      `astro build --outDir ${outDir} failed:\n${output.stderr?.toString() ?? ''}\n${output.stdout?.toString().slice(-4000) ?? ''}`,
    );
  }
}

/** The shipped content with the second test briefing and its actors added, and a second source and claims in the seed. */
export function fixtureContent(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(path.join(SITE_ROOT, 'content'), dir, { recursive: true });
  cpSync(path.join(SITE_ROOT, 'test/fixtures/second-briefing'), dir, { recursive: true });
  const seed = path.join(dir, 'briefings/maduro-police-cooperation');
  const twoSources = path.join(SITE_ROOT, 'test/fixtures/two-sources');
  mkdirSync(path.join(seed, 'sources'), { recursive: true });
  cpSync(path.join(twoSources, 'coastal-wire.md'), path.join(seed, 'sources/coastal-wire.md'));
  cpSync(path.join(twoSources, 'claims.md'), path.join(seed, 'claims-two-sources.md'));
  return dir;
}

export default function setup(project: TestProject): () => void {
  // A folder of its own per run, so runs side by side never see each other's builds.
  // It is inside the project: Astro keeps its prerender chunks beside an outDir
  // only when the outDir is under the working directory.
  mkdirSync(path.join(SITE_ROOT, '.cache/runs'), { recursive: true });
  const work = mkdtempSync(path.join(SITE_ROOT, '.cache/runs/test-'));
  const seed = path.join(work, 'site/seed');
  const fixture = path.join(work, 'site/fixture');
  const seedAgain = path.join(work, 'site/seed-again');
  const hostile = path.join(work, 'site/hostile');
  const hostileContent = path.join(work, 'content/hostile');
  build(seed);
  build(seedAgain);
  build(fixture, {
    DOSSIER_CONTENT: fixtureContent(path.join(work, 'content/fixture')),
    // Its two briefings in two shards of the search index, so the search page's merge
    // of the shards is what test/e2e/search.test.ts uses (src/node/search-index.ts).
    DOSSIER_SEARCH_SHARDS: '4',
  });
  writeHostileContent(hostileContent);
  build(hostile, { DOSSIER_CONTENT: hostileContent });
  project.provide('seedDist', seed);
  project.provide('seedAgainDist', seedAgain);
  project.provide('fixtureDist', fixture);
  project.provide('hostileDist', hostile);
  return () => rmSync(work, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    seedDist: string;
    seedAgainDist: string;
    fixtureDist: string;
    hostileDist: string;
  }
}
