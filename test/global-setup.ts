// Builds the site for the site and browser tests with the real `astro build`:
// the shipped content into .cache/site/seed, and the shipped content plus the
// second test briefing (test/fixtures/second-briefing) into .cache/site/fixture.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

export const SITE_ROOT = path.resolve(import.meta.dirname, '..');

function build(outDir: string, env: Record<string, string> = {}): void {
  rmSync(outDir, { recursive: true, force: true });
  execFileSync(path.join(SITE_ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
    cwd: SITE_ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: 'pipe',
  });
}

/** The shipped content with the second test briefing and its actors added. */
export function fixtureContent(): string {
  const dir = path.join(SITE_ROOT, '.cache/content/fixture');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(path.join(SITE_ROOT, 'content'), dir, { recursive: true });
  cpSync(path.join(SITE_ROOT, 'test/fixtures/second-briefing'), dir, { recursive: true });
  return dir;
}

export default function setup(project: TestProject): void {
  const seed = path.join(SITE_ROOT, '.cache/site/seed');
  const fixture = path.join(SITE_ROOT, '.cache/site/fixture');
  build(seed);
  build(fixture, { DOSSIER_CONTENT: fixtureContent() });
  project.provide('seedDist', seed);
  project.provide('fixtureDist', fixture);
}

declare module 'vitest' {
  export interface ProvidedContext {
    seedDist: string;
    fixtureDist: string;
  }
}
