// The benchmark (npm run bench) at a tiny size: its synthetic content checks clean
// through the check's own code path, and the real CLI builds both sites, writes
// bench-results.json and the chart. Timing is never asserted here: the figures
// live in docs/performance.md.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formatReport, hasErrors } from '../../src/core/diagnostics.ts';
import { generateContent, SEED_SLUG } from '../../bench/generate.ts';
import type { BenchReport } from '../../bench/run.ts';
import { loadSite } from '../../src/node/content.ts';
import { editorEnv } from '../helpers/cli.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'dossier-bench-test-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('bench content', () => {
  it('generates briefings that check without errors, with the seed as briefing 1', async () => {
    const dir = path.join(work, 'content');
    const generated = generateContent(ROOT, dir, 24, 3);
    expect(generated.slugs).toHaveLength(24);
    expect(generated.slugs[0]).toBe(SEED_SLUG);
    expect(new Set(generated.slugs).size).toBe(24);
    expect(generated.actors).toBeGreaterThan(300);
    const { value: site, diagnostics } = await loadSite(ROOT, dir);
    expect(hasErrors(diagnostics), formatReport(diagnostics)).toBe(false);
    expect(site.briefings.map((b) => b.slug).sort()).toEqual([...generated.slugs].sort());
    // Every template annotation and every extra one anchored: quotes, events and mentions vary.
    for (const b of site.briefings) {
      expect(b.quotes.length, b.slug).toBeGreaterThanOrEqual(4);
      expect(b.events.length, b.slug).toBeGreaterThanOrEqual(5);
      expect(
        b.actors.some((a) => a.mentions.length > 0),
        b.slug,
      ).toBe(true);
    }
    expect(new Set(site.briefings.map((b) => b.source.published)).size).toBeGreaterThan(20);
  });

  it('writes the same files for the same seed', () => {
    const a = generateContent(ROOT, path.join(work, 'a'), 6, 9);
    const b = generateContent(ROOT, path.join(work, 'b'), 6, 9);
    expect(b.slugs).toEqual(a.slugs);
    for (const slug of a.slugs.slice(1)) {
      for (const file of readdirSync(path.join(a.dir, 'briefings', slug))) {
        expect(readFileSync(path.join(b.dir, 'briefings', slug, file), 'utf8')).toBe(
          readFileSync(path.join(a.dir, 'briefings', slug, file), 'utf8'),
        );
      }
    }
  });
});

describe('npm run bench -- --sizes 5', () => {
  it('builds the Dossier site and the plain-Astro baseline and reports both', async () => {
    const out = path.join(work, 'out');
    const { code, stdout, stderr } = await new Promise<{
      code: number | null;
      stdout: string;
      stderr: string;
    }>((resolve) => {
      execFile(
        process.execPath,
        [
          path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
          'bench/cli.ts',
          '--sizes',
          '5',
          '--out',
          out,
          '--keep',
        ],
        { cwd: ROOT, env: editorEnv(), maxBuffer: 32 * 2 ** 20 },
        (error, stdout, stderr) =>
          resolve({
            code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
            stdout,
            stderr,
          }),
      );
    });
    const kept = /kept the generated content, sites and logs in (\S+)/.exec(stdout)?.[1];
    try {
      expect(code, `${stdout}\n${stderr}`).toBe(0);
      expect(stdout).toMatch(/N = 5 {2,}wall/);
      expect(stdout).toMatch(/^ {2}ratio /m);

      const report = JSON.parse(
        readFileSync(path.join(out, 'bench-results.json'), 'utf8'),
      ) as BenchReport;
      expect(report.schema).toBe('dossier-bench/1');
      expect(report.machine.cpus).toBeGreaterThan(0);
      expect(report.machine.defaultHeapLimitBytes).toBeGreaterThan(0);
      expect(report.options).toMatchObject({ sizes: [5], repeat: 1, profile: false });
      expect(report.results).toHaveLength(1);
      const [result] = report.results;
      expect(result?.n).toBe(5);
      expect(result?.content.briefings).toBe(5);
      for (const site of [result?.dossier, result?.baseline]) {
        expect(site?.exitCode).toBe(0);
        for (const key of [
          'wallMs',
          'cpuMs',
          'userMs',
          'systemMs',
          'peakRssBytes',
          'nodeRssBytes',
          'treeRssBytes',
          'pagesPerSecond',
        ] as const) {
          expect(site?.[key], key).toBeGreaterThan(0);
        }
        expect(site?.runs).toHaveLength(1);
        expect(site?.phases?.renderS).toBeGreaterThanOrEqual(0);
      }
      // The baseline is one page per source; Dossier adds actors, tags, timeline, index, 404, search.
      expect(result?.baseline.pages).toBe(5);
      expect(result?.dossier.pages).toBeGreaterThan(5 + 300);
      for (const key of ['wall', 'cpu', 'peakRss'] as const)
        expect(Number.isFinite(result?.ratios[key])).toBe(true);
      // One edited briefing, both sites built again with their caches.
      expect(result?.republish?.dossier.exitCode).toBe(0);
      expect(result?.republish?.baseline.exitCode).toBe(0);
      expect(result?.republish?.ratio).toBeGreaterThan(0);
      expect(stdout).toMatch(/one edit, rebuilt with the caches: dossier/);
      // A cold npm run check over the same content, against the baseline's cold build.
      expect(result?.check?.cold.exitCode).toBe(0);
      expect(result?.check?.cold.cpuMs).toBeGreaterThan(0);
      expect(result?.check?.ratio).toBeCloseTo(
        (result?.check?.cold.wallMs ?? 0) / (result?.baseline.wallMs ?? 1),
      );
      expect(stdout).toMatch(/npm run check, cold: [\d.]+ s wall/);
      expect(report.budgets.seedPage).toMatchObject({
        route: `/briefings/${SEED_SLUG}/`,
        limits: { htmlCssGzip: 40 * 1024, jsGzip: 10 * 1024 },
      });
      expect(report.targets.map((t) => t.id)).toEqual([
        'time-1000',
        'rss-1000',
        'republish-1000',
        'republish-10000',
        'check-1000',
        'scaling-4000',
        'build-10000',
        'seed-html-css',
        'seed-js',
      ]);
      // Sizes this run did not build are not judged.
      expect(report.targets.filter((t) => t.ok === null).map((t) => t.id)).toEqual([
        'time-1000',
        'rss-1000',
        'republish-1000',
        'republish-10000',
        'check-1000',
        'scaling-4000',
        'build-10000',
      ]);
      expect(report.targets.filter((t) => t.id.startsWith('seed')).every((t) => t.ok)).toBe(true);
      expect(readFileSync(path.join(out, 'bench-chart.svg'), 'utf8')).toMatch(
        /^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*<polyline[\s\S]*<\/svg>\n$/,
      );

      // Both sites have a page for every generated source; Dossier has its data exports too.
      expect(kept).toBeDefined();
      const slugs = readdirSync(path.join(kept ?? '', 'content-5/briefings'));
      expect(slugs).toHaveLength(5);
      for (const slug of slugs) {
        expect(
          existsSync(path.join(kept ?? '', 'out-baseline-5-0/briefings', slug, 'index.html')),
          slug,
        ).toBe(true);
        for (const file of ['index.html', 'briefing.json', 'annotations.jsonld', 'source.txt']) {
          expect(
            existsSync(path.join(kept ?? '', 'out-dossier-5-0/briefings', slug, file)),
            `${slug}/${file}`,
          ).toBe(true);
        }
      }
      const baselinePage = readFileSync(
        path.join(kept ?? '', 'out-baseline-5-0/briefings', SEED_SLUG, 'index.html'),
        'utf8',
      );
      expect(baselinePage).toContain(
        'Maduro offers police cooperation agreements to neighboring countries',
      );
      expect(baselinePage).toContain('<p>Therefore, it insisted on its readiness');
    } finally {
      if (kept) rmSync(kept, { recursive: true, force: true });
    }
  }, 600_000);
});
