// No source, test, bench or tool names a folder of one machine: the project must run from
// any clone. System programs (/usr/bin/chromium, overridable) are not machine folders.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.ts';

/** A quoted path that starts at a user's, a workplace's or a temporary folder, or a drive letter. */
const MACHINE_PATH =
  /['"`](?:\/(?:work|home|root|Users|mnt|srv|opt|tmp|var)\/|[A-Z]:\\\\(?:Users|Documents|Windows)\\\\)/;

function projectFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(?:ts|mts|mjs|js|astro|json)$/.test(e.name))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)));
}

describe('paths', () => {
  it('the pattern catches a machine folder and lets URL paths and system programs be', () => {
    expect(MACHINE_PATH.test("const SEED = '/work/shared/seed/a.txt';")).toBe(true);
    expect(MACHINE_PATH.test('readFileSync(`/home/editor/article.txt`)')).toBe(true);
    expect(MACHINE_PATH.test("'C:\\\\Users\\\\editor'")).toBe(true);
    expect(MACHINE_PATH.test("'a:\\\\nb'")).toBe(false);
    expect(MACHINE_PATH.test("href = '/briefings/maduro-police-cooperation/'")).toBe(false);
    expect(MACHINE_PATH.test("?? '/usr/bin/chromium'")).toBe(false);
  });

  it('no file of the project names a folder of one machine', () => {
    const files = ['src', 'test', 'bench', 'tools']
      .flatMap(projectFiles)
      .concat(['astro.config.mjs', 'vitest.config.ts', 'package.json']);
    expect(files.length).toBeGreaterThan(50);
    const offending = files.flatMap((file) =>
      readFileSync(path.join(ROOT, file), 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          MACHINE_PATH.test(line) && !line.includes('MACHINE_PATH.test(')
            ? [`${file}:${index + 1}: ${line.trim()}`]
            : [],
        ),
    );
    expect(offending).toEqual([]);
  });
});
