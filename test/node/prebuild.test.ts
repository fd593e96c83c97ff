// The build's worker thread (src/node/prebuild.ts), without Astro: it posts the
// same site as assembling in this thread, then, once told the output folder is
// ready and not before, writes data files with the bytes `npm run dev` serves and
// a search index there. On content errors it writes nothing.
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { briefingExports } from '../../src/core/publishing/briefing-exports.ts';
import { hasErrors } from '../../src/core/diagnostics.ts';
import { loadSite } from '../../src/node/content.ts';
import { startPrebuild } from '../../src/node/prebuild.ts';
import { readSourceText } from '../../src/node/source-text.ts';
import { ROOT, Temps } from '../helpers/cli.ts';

const SITE = 'https://dossier.example.org';
const temps = new Temps();
afterAll(() => temps.cleanup());

describe('the build worker (startPrebuild)', () => {
  it('posts the site this thread would assemble, then writes the data files and the search index once the output is ready', async () => {
    const dir = temps.content({ briefings: true });
    cpSync(path.join(ROOT, 'test/fixtures/second-briefing'), dir, { recursive: true });
    const outDir = path.join(temps.dir('out'), 'dist');
    const prebuild = startPrebuild({
      root: ROOT,
      dir,
      options: { nameWarnings: false },
      site: SITE,
    });

    const expected = await loadSite(ROOT, dir, { nameWarnings: false });
    const site = await prebuild.site;
    expect(site).toStrictEqual(expected);
    expect(site.value.briefings).toHaveLength(2);

    // The worker waits to be told (Astro empties the folder first).
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(existsSync(outDir)).toBe(false);
    prebuild.outputReady(outDir);
    prebuild.outputReady(path.join(outDir, 'elsewhere'));
    expect(await prebuild.written).toEqual({ exports: 6, briefings: 2 });
    for (const briefing of site.value.briefings) {
      for (const { file, body } of briefingExports(
        briefing,
        new URL(SITE),
        readSourceText(ROOT, briefing),
      )) {
        expect(
          readFileSync(path.join(outDir, 'briefings', briefing.slug, file), 'utf8'),
          `${briefing.slug}/${file}`,
        ).toBe(body);
      }
    }
    const index = readdirSync(path.join(outDir, 'pagefind'));
    expect(index).toContain('pagefind.js');
    expect(index).toContain('pagefind-entry.json');
    expect(index).not.toContain('pagefind-ui.js');
    expect(readdirSync(outDir).sort()).toEqual(['briefings', 'pagefind']);
  }, 120_000);

  it('posts the errors and writes nothing when the content has errors', async () => {
    const dir = temps.content({ briefings: true });
    const briefing = path.join(dir, 'briefings/maduro-police-cooperation/briefing.md');
    writeFileSync(
      briefing,
      readFileSync(briefing, 'utf8').replace(
        '> It is a success that we place',
        '> It is a triumph that we place',
      ),
    );
    const outDir = path.join(temps.dir('out'), 'dist');
    const prebuild = startPrebuild({
      root: ROOT,
      dir,
      options: { nameWarnings: false },
      site: SITE,
    });
    prebuild.outputReady(outDir);

    const { diagnostics } = await prebuild.site;
    expect(hasErrors(diagnostics)).toBe(true);
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule)).toEqual([
      'quote-not-found',
    ]);
    // The worker ends without writing.
    await expect(prebuild.written).rejects.toThrow(/stopped/);
    expect(existsSync(outDir)).toBe(false);
  }, 120_000);
});
