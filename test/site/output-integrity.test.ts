// Output integrity over the built sites: valid HTML (html-validate, the
// project's .htmlvalidate.json), and two builds of the same content identical
// byte for byte.
import { describe, expect, it, inject } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { pageRoutes, fileFor } from '../helpers/dist.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const validator = new HtmlValidate(new FileSystemConfigLoader());

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

describe('html-validate', () => {
  for (const [name, dist] of [
    ['seed', inject('seedDist')],
    ['fixture', inject('fixtureDist')],
    ['hostile', inject('hostileDist')],
  ] as const) {
    it(`reports 0 errors on every page of the ${name} site`, async () => {
      const problems: string[] = [];
      const routes = pageRoutes(dist);
      expect(routes.length).toBeGreaterThan(5);
      for (const route of routes) {
        const file = fileFor(dist, route) ?? '';
        const report = await validator.validateString(
          readFileSync(file, 'utf8'),
          path.join(ROOT, 'page.html'),
        );
        for (const result of report.results)
          for (const m of result.messages)
            if (m.severity === 2)
              problems.push(`${route}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
      expect(problems).toEqual([]);
    });
  }
});

describe('reproducible builds', () => {
  it('builds the same content twice into byte-identical sites', () => {
    const a = inject('seedDist');
    const b = inject('seedAgainDist');
    const list = files(a);
    expect(list.length).toBeGreaterThan(5);
    expect(files(b)).toEqual(list);
    const different = list.filter(
      (f) => !readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))),
    );
    expect(different).toEqual([]);
  });
});
