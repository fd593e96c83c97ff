// `astro build` on content with errors: the integration waits for the content the
// build's worker thread assembles (src/node/prebuild.ts) and stops the build before
// Astro touches the output folder, with the same report as `npm run check`.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astro, Temps } from '../helpers/cli.ts';

const temps = new Temps();
afterAll(() => temps.cleanup());

describe('astro build on content with errors', () => {
  it('prints the report with file:line:col, exits 1 without a stack trace and leaves the output folder as it was', async () => {
    const content = temps.content({ briefings: true });
    const briefing = path.join(content, 'briefings/maduro-police-cooperation/briefing.md');
    const text = readFileSync(briefing, 'utf8').replace('> It is a success that we place', '> It is a triumph that we place');
    writeFileSync(briefing, text);
    const line = text.slice(0, text.indexOf('> It is a triumph')).split('\n').length;
    const work = temps.dir('build');
    const outDir = path.join(work, 'out');
    const cacheDir = path.join(work, 'cache');
    mkdirSync(outDir);
    writeFileSync(path.join(outDir, 'index.html'), 'the site published before');

    const run = await astro(['build', '--outDir', outDir], { contentDir: content, env: { DOSSIER_CACHE_DIR: cacheDir } });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.code).toBe(1);
    expect(output).toMatch(new RegExp(`briefings/maduro-police-cooperation/briefing\\.md:${line}:1  quote-not-found  Quote not found in the source: “It is a triumph`));
    expect(output).toContain('The build stopped: fix the errors above');
    expect(output).not.toMatch(/^ {4}at /m);
    expect(output).not.toContain('generating static routes');
    expect(readdirSync(outDir)).toEqual(['index.html']);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('the site published before');
    // The worker's staging folder is gone too.
    expect(existsSync(cacheDir) ? readdirSync(cacheDir).filter((f) => f.startsWith('dossier-staged-')) : []).toEqual([]);
  }, 300_000);
});
