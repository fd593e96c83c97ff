import { rmSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// The assembly cache of this test run (src/node/assembly-cache.ts): its own folder,
// emptied at the start, so every run begins cold and tests never read a cache an
// earlier run or an editor's session left; test files share it, as commands do.
// (Set once, by the first evaluation of this file; processes it starts inherit it.)
if (!process.env['DOSSIER_ASSEMBLY_CACHE']) {
  const assemblyCache = path.resolve(import.meta.dirname, '.cache/test-assembly');
  rmSync(assemblyCache, { recursive: true, force: true });
  process.env['DOSSIER_ASSEMBLY_CACHE'] = assemblyCache;
}

// Two projects: `unit` (functions, CLIs, fixtures; no build) and `site` (reads
// the sites that test/global-setup.ts builds with the real `astro build`).
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 300_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/site/**', 'test/e2e/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
        },
      },
    ],
  },
});
