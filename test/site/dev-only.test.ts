// The live preview's tools stay out of the build: nothing of the annotate app (its
// toolbar entry, its menu, its channel), nothing of the page's report of what it shows
// (src/browser/dev-reload.ts), nothing of the "to fill in" flag on a block with a
// placeholder (no class, style rule or words: only `astro dev` assembles them), and nothing of Astro's dev toolbar in any file
// `astro build` writes (test/dev/annotate.test.ts shows the same names in `npm run dev`).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, inject } from 'vitest';

/** Names only the dev tools carry. */
const DEV_ONLY = [
  'dossier:annotate',
  'dossier-annotate',
  'annotate-app',
  'annotate-menu',
  'Annotate (Dossier)',
  'astro-dev-toolbar',
  '@vite/client',
  'dossier:shown',
  'dossier-site',
  // The preview's flag on a block with a placeholder (src/components/ToFill.astro,
  // paragraph-html.ts): its classes and ids (`to-fill`, `to-fill-flag`, `#to-fill-…`;
  // "auto-fill" in the stylesheet is not one), and words.
  '"to-fill"',
  'to-fill-',
  'to fill in',
  'To fill in',
  'pending-',
];

for (const [name, dist] of [
  ['seed', inject('seedDist')],
  ['fixture', inject('fixtureDist')],
] as const) {
  describe(`${name} site`, () => {
    it('has nothing of the annotate app or the dev toolbar in any file', () => {
      const found: string[] = [];
      let files = 0;
      for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile()) continue;
        files++;
        const full = path.join(entry.parentPath, entry.name);
        expect(entry.name).not.toMatch(/annotate-(?:app|menu|selection|protocol)|dev-reload/);
        if (!/\.(?:html|js|mjs|css|json|jsonld|xml|txt|svg|webmanifest)$/.test(entry.name))
          continue;
        const text = readFileSync(full, 'utf8');
        for (const needle of DEV_ONLY)
          if (text.includes(needle)) found.push(`${path.relative(dist, full)}: ${needle}`);
      }
      expect(files).toBeGreaterThan(20);
      expect(found).toEqual([]);
    });
  });
}
