// The benchmark: for each size N it generates N synthetic briefings, builds them
// with the project's real build (`astro build` of this project, DOSSIER_CONTENT
// pointing at them) and, in the same run, a plain Astro site rendering the same
// source.md files (the baseline); measures both as child processes; prints the
// figures and their ratios; writes bench-results.json and bench-chart.svg.
// Main function: `runBench(options)`.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { scriptArgs } from '../test/helpers/cli.ts';
import { writeBaselineProject } from './baseline.ts';
import { BUDGET, pageBudget, type PageBudget } from './budgets.ts';
import { chartSvg } from './chart.ts';
import { generateContent, SEED_SLUG } from './generate.ts';
import { measureCommand, type Measurement } from './measure.ts';
import { buildPhases, type BuildPhases } from './phases.ts';
import { formatProfile, summariseProfiles } from './profile.ts';
import {
  formatRun,
  formatSize,
  formatSummary,
  scaling,
  targets,
  type BenchReport,
  type BuildFigures,
  type SizeResult,
} from './report.ts';

export type { BenchReport } from './report.ts';

export interface BenchOptions {
  /** The Dossier project (its astro.config.mjs, src/, node_modules/). */
  root: string;
  sizes: number[];
  /** Where bench-results.json, bench-chart.svg and profiles go. */
  out: string;
  /** Random seed of the synthetic content. */
  seed: number;
  /** Builds per size and site; the median of each figure is reported. */
  repeat: number;
  /** Runs the Dossier build under `node --cpu-prof` and summarises the profile (slower: figures are not comparable). */
  profile: boolean;
  /** Keeps the generated content and built sites (printed at the end). */
  keep: boolean;
  log: (line: string) => void;
}

const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

function walk(dir: string): { files: number; pages: number; bytes: number } {
  let files = 0;
  let pages = 0;
  let bytes = 0;
  if (!existsSync(dir)) return { files, pages, bytes };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    if (entry.name.endsWith('.html')) pages++;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, pages, bytes };
}

/** The environment of a measured build: this one without NODE_OPTIONS, so Node's defaults (heap included) apply. */
function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  if (!extra['NODE_OPTIONS']) delete env['NODE_OPTIONS'];
  return env;
}

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const { root, log } = options;
  const startedAt = new Date().toISOString();
  const work = mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-'));
  mkdirSync(options.out, { recursive: true });
  const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');
  const results: SizeResult[] = [];
  let seedPage: PageBudget | null = null;
  log(`dossier bench: sizes ${options.sizes.join(', ')}; work folder ${work}`);

  try {
    for (const n of [...options.sizes].sort((a, b) => a - b)) {
      const contentDir = path.join(work, `content-${n}`);
      log(`\nN = ${n.toLocaleString('en')}: generating content…`);
      const content = generateContent(root, contentDir, n, options.seed);

      const runs = { dossier: [] as Measurement[], baseline: [] as Measurement[] };
      const phases: { dossier: BuildPhases | null; baseline: BuildPhases | null } = {
        dossier: null,
        baseline: null,
      };
      const none = { files: 0, pages: 0, bytes: 0 };
      let outputs = { dossier: none, baseline: none };
      for (let r = 0; r < options.repeat; r++) {
        // Alternate which build goes first, so a noisy neighbour weighs on both alike.
        const order =
          r % 2 === 0 ? (['baseline', 'dossier'] as const) : (['dossier', 'baseline'] as const);
        for (const site of order) {
          // Every run gets folders of its own, and nothing is deleted before the last run:
          // on ext4 without a journal, as here, creating files costs more for a minute or
          // more after files near them were deleted (the allocator skips recently freed
          // inodes), so deleting one build's output would slow the next build measured.
          const outDir = path.join(work, `out-${site}-${n}-${r}`);
          const cacheDir = path.join(work, `cache-${site}-${n}-${r}`);
          const profileDir = path.join(options.out, 'profiles', `${site}-${n}`);
          if (options.profile) rmSync(profileDir, { recursive: true, force: true });
          const nodeOptions = options.profile
            ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profileDir}` }
            : {};
          let m: Measurement;
          const logFile = path.join(work, `${site}-${n}-${r}.log`);
          const started = new Date();
          if (site === 'baseline') {
            const project = path.join(work, 'baseline');
            writeBaselineProject(project, root, contentDir, cacheDir);
            m = await measureCommand(process.execPath, [astroBin, 'build', '--outDir', outDir], {
              cwd: project,
              env: buildEnv(nodeOptions),
              logFile,
              workDir: work,
            });
          } else {
            // The project's own build, with a cache folder of this run's: it never reuses
            // (or overwrites) the project's content-layer cache. astro.config.mjs takes it
            // from DOSSIER_CACHE_DIR; a config without that is wrapped to set cacheDir.
            let args = ['build', '--outDir', outDir];
            if (
              !readFileSync(path.join(root, 'astro.config.mjs'), 'utf8').includes(
                'DOSSIER_CACHE_DIR',
              )
            ) {
              const config = path.join(work, `astro.config.${n}.${r}.mjs`);
              writeFileSync(
                config,
                `import config from ${JSON.stringify(path.join(root, 'astro.config.mjs'))};\nexport default { ...config, cacheDir: ${JSON.stringify(cacheDir)} };\n`,
              );
              args = ['build', '--config', path.relative(root, config), '--outDir', outDir];
            }
            m = await measureCommand(process.execPath, [astroBin, ...args], {
              cwd: root,
              env: buildEnv({
                DOSSIER_CONTENT: contentDir,
                DOSSIER_CACHE_DIR: cacheDir,
                ...nodeOptions,
              }),
              logFile,
              workDir: work,
            });
          }
          runs[site].push(m);
          phases[site] = buildPhases(readFileSync(logFile, 'utf8'), started) ?? null;
          outputs = { ...outputs, [site]: walk(outDir) };
          log(formatRun(site, r, m, logFile));
          if (m.exitCode !== 0) options.keep = true;
          if (
            site === 'dossier' &&
            seedPage === null &&
            m.exitCode === 0 &&
            existsSync(path.join(outDir, 'briefings', SEED_SLUG, 'index.html'))
          ) {
            seedPage = pageBudget(outDir, `/briefings/${SEED_SLUG}/`);
          }
          if (options.profile) {
            const profiles = existsSync(profileDir)
              ? readdirSync(profileDir)
                  .filter((f) => f.endsWith('.cpuprofile'))
                  .map((f) => path.join(profileDir, f))
              : [];
            if (profiles.length > 0) {
              const text = formatProfile(summariseProfiles(profiles));
              writeFileSync(path.join(options.out, `profile-${site}-${n}.txt`), `${text}\n`);
              if (site === 'dossier')
                log(
                  text
                    .split('\n')
                    .map((l) => `    ${l}`)
                    .join('\n'),
                );
            }
          }
        }
      }
      // `npm run check` cold over the same content (a cache folder of its own, so no
      // assembly cache), against the baseline's cold build: what an editor's first check costs.
      let check: SizeResult['check'];
      const baselineCold = runs.baseline[0];
      if (baselineCold?.exitCode === 0) {
        const logFile = path.join(work, `check-${n}.log`);
        const cold = await measureCommand(process.execPath, scriptArgs('check'), {
          cwd: root,
          env: buildEnv({
            DOSSIER_CONTENT: contentDir,
            DOSSIER_CACHE_DIR: path.join(work, `cache-check-${n}`),
          }),
          logFile,
          workDir: work,
        });
        check = { cold, ratio: cold.wallMs / baselineCold.wallMs };
        log(formatRun('check cold', 0, cold, logFile));
      }
      // One briefing edited (a sentence added to its source), then each site built again
      // with its first run's caches into a new output folder: the republish.
      const republish: Partial<Record<'dossier' | 'baseline', Measurement>> = {};
      if (runs.dossier[0]?.exitCode === 0 && runs.baseline[0]?.exitCode === 0) {
        const edited = path.join(contentDir, 'briefings', SEED_SLUG, 'source.md');
        writeFileSync(
          edited,
          `${readFileSync(edited, 'utf8').trimEnd()}\n\nA sentence the editor added.\n`,
        );
        for (const site of ['baseline', 'dossier'] as const) {
          const outDir = path.join(work, `out-${site}-${n}-republish`);
          const cacheDir = path.join(work, `cache-${site}-${n}-0`);
          const logFile = path.join(work, `${site}-${n}-republish.log`);
          const m =
            site === 'baseline'
              ? await measureCommand(process.execPath, [astroBin, 'build', '--outDir', outDir], {
                  cwd: path.join(work, 'baseline'),
                  env: buildEnv({}),
                  logFile,
                  workDir: work,
                })
              : await measureCommand(process.execPath, [astroBin, 'build', '--outDir', outDir], {
                  cwd: root,
                  env: buildEnv({ DOSSIER_CONTENT: contentDir, DOSSIER_CACHE_DIR: cacheDir }),
                  logFile,
                  workDir: work,
                });
          republish[site] = m;
          log(formatRun(`${site} republish`, 0, m, logFile));
        }
      }
      const figures = (site: 'dossier' | 'baseline'): BuildFigures => {
        const list = runs[site];
        const pick = (k: keyof Measurement) => median(list.map((m) => Number(m[k])));
        const wallMs = pick('wallMs');
        const out = outputs[site];
        const last = list[list.length - 1];
        return {
          phases: phases[site],
          wallMs,
          cpuMs: pick('cpuMs'),
          userMs: pick('userMs'),
          systemMs: pick('systemMs'),
          otherCpuMs: last?.otherCpuMs ?? {},
          peakRssBytes: pick('peakRssBytes'),
          nodeRssBytes: pick('nodeRssBytes'),
          treeRssBytes: pick('treeRssBytes'),
          exitCode: list.find((m) => m.exitCode !== 0)?.exitCode ?? last?.exitCode ?? null,
          signal: list.find((m) => m.signal)?.signal ?? null,
          pages: out.pages,
          files: out.files,
          outputBytes: out.bytes,
          pagesPerSecond: out.pages / (wallMs / 1000),
          runs: list,
        };
      };
      const dossier = figures('dossier');
      const baseline = figures('baseline');
      const result: SizeResult = {
        n,
        content: {
          briefings: content.briefings,
          actors: content.actors,
          files: content.files,
          bytes: content.bytes,
        },
        dossier,
        baseline,
        ratios: {
          wall: dossier.wallMs / baseline.wallMs,
          cpu: dossier.cpuMs / baseline.cpuMs,
          peakRss: dossier.peakRssBytes / baseline.peakRssBytes,
        },
        ...(check ? { check } : {}),
        ...(republish.dossier && republish.baseline
          ? {
              republish: {
                dossier: republish.dossier,
                baseline: republish.baseline,
                ratio: republish.dossier.wallMs / republish.baseline.wallMs,
              },
            }
          : {}),
      };
      results.push(result);
      log(formatSize(result));
    }
  } finally {
    if (!options.keep) rmSync(work, { recursive: true, force: true });
    else log(`\nkept the generated content, sites and logs in ${work}`);
  }

  const report: BenchReport = {
    schema: 'dossier-bench/1',
    startedAt,
    finishedAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryBytes: os.totalmem(),
      loadAverageAtStart: os.loadavg(),
      node: process.version,
      platform: `${os.type()} ${os.release()} ${os.arch()}`,
      defaultHeapLimitBytes: v8.getHeapStatistics().heap_size_limit,
    },
    options: {
      sizes: options.sizes,
      seed: options.seed,
      repeat: options.repeat,
      profile: options.profile,
    },
    results,
    scaling: scaling(results),
    budgets: { seedPage: seedPage ? { ...(seedPage as PageBudget), limits: BUDGET } : null },
    targets: [],
  };
  report.targets = targets(report);
  writeFileSync(
    path.join(options.out, 'bench-results.json'),
    `${JSON.stringify(report, null, 2)}\n`,
  );
  writeFileSync(
    path.join(options.out, 'bench-chart.svg'),
    chartSvg(
      results,
      `${report.machine.cpus} CPUs, ${report.machine.node}${options.profile ? ', profiled' : ''}`,
    ),
  );
  log(formatSummary(report));
  log(`\nwrote ${path.join(options.out, 'bench-results.json')} and bench-chart.svg`);
  return report;
}
