// The benchmark's report: what bench-results.json holds, the targets of the
// performance issue judged against it, and the tables printed as it runs.
// Main functions: `targets(report)`, `scaling(results)`, `formatSize(result)`.
import { BUDGET, type PageBudget } from './budgets.ts';
import type { Measurement } from './measure.ts';
import type { BuildPhases } from './phases.ts';

export interface BuildFigures extends Measurement {
  /** Where the (last run's) wall time went, from Astro's log. */
  phases: BuildPhases | null;
  /** HTML pages written. */
  pages: number;
  /** Every file written (pages, data exports, assets, search index). */
  files: number;
  outputBytes: number;
  pagesPerSecond: number;
  /** Every run's measurement when --repeat > 1. */
  runs: Measurement[];
}

export interface SizeResult {
  n: number;
  content: { briefings: number; actors: number; files: number; bytes: number };
  dossier: BuildFigures;
  baseline: BuildFigures;
  /** Dossier ÷ baseline. */
  ratios: { wall: number; cpu: number; peakRss: number };
  /**
   * After one briefing's source is edited, each site built again with its first run's
   * caches (Astro's incremental build: Dossier's keys, the baseline's `cacheKey` per
   * article) into a new output folder, as a host that keeps the cache folder does.
   */
  republish?: { dossier: Measurement; baseline: Measurement; ratio: number };
  /** `npm run check` with no cache, against the baseline's cold build (`ratio`: wall times). */
  check?: { cold: Measurement; ratio: number };
}

export interface Target {
  id: string;
  description: string;
  value: number | null;
  limit: number;
  ok: boolean | null;
}

export interface BenchReport {
  schema: 'dossier-bench/1';
  startedAt: string;
  finishedAt: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryBytes: number;
    loadAverageAtStart: number[];
    node: string;
    platform: string;
    /** V8's heap limit with Node's default flags on this machine: the builds run with it. */
    defaultHeapLimitBytes: number;
  };
  options: { sizes: number[]; seed: number; repeat: number; profile: boolean };
  results: SizeResult[];
  /** Dossier's wall time at each size ÷ at the smallest size ≥ 1,000 (or the smallest). */
  scaling: { from: number; to: number; wallRatio: number }[];
  budgets: { seedPage: (PageBudget & { limits: typeof BUDGET }) | null };
  targets: Target[];
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const times = (r: number) => `${r.toFixed(2)}×`;

/** A build's one-line summary, as each finishes. */
export function formatRun(site: string, r: number, m: Measurement, logFile: string): string {
  return `  ${site.padEnd(8)} run ${r + 1}: ${seconds(m.wallMs)} wall, ${seconds(m.cpuMs)} CPU, ${mb(m.peakRssBytes)} peak RSS (largest Node process ${mb(m.nodeRssBytes)})${m.exitCode === 0 ? '' : `  FAILED (exit ${m.exitCode ?? m.signal}; log: ${logFile})`}`;
}

export function scaling(results: readonly SizeResult[]): BenchReport['scaling'] {
  const base = results.find((r) => r.n >= 1000) ?? results[0];
  if (!base) return [];
  return results
    .filter((r) => r.n > base.n)
    .map((r) => ({ from: base.n, to: r.n, wallRatio: r.dossier.wallMs / base.dossier.wallMs }));
}

export function targets(report: BenchReport): Target[] {
  const at = (n: number) => report.results.find((r) => r.n === n);
  const t1k = at(1000);
  const t4k = at(4000);
  const t10k = at(10000);
  const list: Target[] = [];
  const add = (
    id: string,
    description: string,
    value: number | null | undefined,
    limit: number,
    ok?: (v: number) => boolean,
  ) => {
    const v = value ?? null;
    list.push({
      id,
      description,
      value: v,
      limit,
      ok: v === null ? null : (ok ?? ((y) => y <= limit))(v),
    });
  };
  const built = (r: SizeResult | undefined) =>
    r ? (r.dossier.exitCode === 0 && r.baseline.exitCode === 0 ? 1 : 0) : null;
  add(
    'time-1000',
    'build wall time at 1,000 briefings ÷ plain Astro + Pagefind',
    t1k && built(t1k) ? t1k.ratios.wall : null,
    2,
  );
  add(
    'rss-1000',
    'peak RSS at 1,000 briefings ÷ plain Astro + Pagefind',
    t1k && built(t1k) ? t1k.ratios.peakRss : null,
    1.5,
  );
  const republished = (r: SizeResult | undefined) =>
    r?.republish &&
    r.republish.dossier.exitCode === 0 &&
    r.republish.baseline.exitCode === 0 &&
    built(r)
      ? r.republish
      : undefined;
  add(
    'republish-1000',
    'one-edit republish at 1,000 ÷ plain Astro’s incremental rebuild + Pagefind',
    republished(t1k)?.ratio,
    1.5,
  );
  add(
    'republish-10000',
    'one-edit republish at 10,000 ÷ Dossier’s cold build',
    t10k && republished(t10k) ? republished(t10k)!.dossier.wallMs / t10k.dossier.wallMs : null,
    0.25,
  );
  add(
    'check-1000',
    'cold npm run check at 1,000 ÷ plain Astro + Pagefind’s cold build',
    t1k?.check && t1k.check.cold.exitCode === 0 ? t1k.check.ratio : null,
    1.5,
  );
  add(
    'scaling-4000',
    'wall time at 4,000 ÷ at 1,000',
    t1k && t4k && built(t1k) && built(t4k) ? t4k.dossier.wallMs / t1k.dossier.wallMs : null,
    4.2,
  );
  add(
    'build-10000',
    '10,000 briefings build with the default heap (1 = built)',
    t10k ? (t10k.dossier.exitCode === 0 ? 1 : 0) : null,
    1,
    (v) => v === 1,
  );
  const seed = report.budgets.seedPage;
  add(
    'seed-html-css',
    'seed page HTML + CSS, gzipped bytes',
    seed?.htmlCssGzip,
    BUDGET.htmlCssGzip,
  );
  add('seed-js', 'seed page JS, gzipped bytes', seed?.jsGzip, BUDGET.jsGzip);
  return list;
}

export function formatSize(r: SizeResult): string {
  const row = (name: string, f: BuildFigures) =>
    `  ${name.padEnd(9)}${seconds(f.wallMs).padStart(9)}${seconds(f.cpuMs).padStart(10)}${mb(f.peakRssBytes).padStart(10)}${String(f.pages).padStart(8)}${f.pagesPerSecond.toFixed(1).padStart(9)}${String(f.files).padStart(8)}`;
  return [
    `  ${'N = ' + r.n.toLocaleString('en')}`.padEnd(11) +
      '     wall       CPU  peak RSS   pages  pages/s   files',
    row('dossier', r.dossier),
    row('baseline', r.baseline),
    `  ${'ratio'.padEnd(9)}${times(r.ratios.wall).padStart(9)}${times(r.ratios.cpu).padStart(10)}${times(r.ratios.peakRss).padStart(10)}`,
    ...(r.check
      ? [
          `  npm run check, cold: ${seconds(r.check.cold.wallMs)} wall, ${seconds(r.check.cold.cpuMs)} CPU (${times(r.check.ratio)} the baseline's cold build)`,
        ]
      : []),
    ...(r.republish
      ? [
          `  one edit, rebuilt with the caches: dossier ${seconds(r.republish.dossier.wallMs)}, baseline ${seconds(r.republish.baseline.wallMs)} (${times(r.republish.ratio)}); dossier cold ${seconds(r.dossier.wallMs)} (${times(r.republish.dossier.wallMs / r.dossier.wallMs)} of it)`,
        ]
      : []),
    ...(['dossier', 'baseline'] as const).flatMap((site) => {
      const p = r[site].phases;
      const others = Object.entries(r[site].otherCpuMs)
        .filter(([, ms]) => ms >= 100)
        .map(([name, ms]) => `${name} ${seconds(ms)}`);
      return [
        ...(p
          ? [
              `  ${site} phases: setup ${p.setupS.toFixed(0)} s, bundle ${p.bundleS} s, render ${p.renderS} s, after render ${p.afterS} s`,
            ]
          : []),
        ...(others.length > 0 ? [`  ${site} CPU outside Node: ${others.join(', ')}`] : []),
      ];
    }),
  ].join('\n');
}

export function formatSummary(report: BenchReport): string {
  const lines = formatTargets(report.targets);
  for (const sc of report.scaling)
    lines.push(
      `  wall time ${sc.to.toLocaleString('en')} ÷ ${sc.from.toLocaleString('en')}: ${sc.wallRatio.toFixed(2)}`,
    );
  return lines.join('\n');
}

/** The targets, a line each: ✓ held, ✗ missed, – not measured. */
export function formatTargets(list: readonly Target[]): string[] {
  const lines = ['', 'targets:'];
  for (const t of list) {
    const value =
      t.value === null
        ? 'not measured'
        : t.id.startsWith('seed')
          ? `${(t.value / 1024).toFixed(1)} KB (limit ${(t.limit / 1024).toFixed(0)} KB)`
          : t.id === 'build-10000'
            ? t.value === 1
              ? 'built'
              : 'FAILED'
            : `${t.value.toFixed(2)} (limit ${t.limit})`;
    lines.push(`  ${t.ok === null ? '–' : t.ok ? '✓' : '✗'} ${t.description}: ${value}`);
  }
  return lines;
}
