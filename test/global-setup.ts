// Builds the site once for the site and browser tests: the shipped content into
// .cache/site/seed (test/site, test/e2e read it), with the real `astro build`.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
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

export default function setup(project: TestProject): void {
  const seed = path.join(SITE_ROOT, '.cache/site/seed');
  build(seed);
  project.provide('seedDist', seed);
}

declare module 'vitest' {
  export interface ProvidedContext {
    seedDist: string;
  }
}
