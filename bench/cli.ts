// `npm run bench -- [--sizes 1000,4000,10000] [--out dir] [--repeat k] [--seed s] [--profile] [--keep]`:
// builds N synthetic briefings with the real build and a plain Astro site over the
// same sources, and prints time, CPU, memory and their ratios (bench/, docs/performance.md).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runBench } from './run.ts';

const USAGE = `Usage: npm run bench -- [--sizes 1000,4000] [--out .cache/bench] [--repeat 1] [--seed 1] [--profile] [--keep]
       npm run bench -- --editor [--sizes 1000,10000] [--seed 1]

  --editor   time the editor's loop instead of the build: npm run check cold and warm,
             npm run dev's first page and a saved edit until its page shows it, on the
             shipped content and on each size (bench/editor.ts)

  --sizes    numbers of briefings, comma-separated (default 1000,4000; add 10000 for the archive case)
  --out      folder for bench-results.json, bench-chart.svg and profiles (default .cache/bench)
  --repeat   builds per size and site; the median is reported (default 1)
  --seed     seed of the synthetic content (default 1)
  --profile  run the builds under node --cpu-prof and print where Dossier's time goes
             (profiling slows the builds: use it to find hot spots, not for the figures)
  --keep     keep the generated content, built sites and build logs
Exit code 1 when a build fails or a measured target is missed (not counted with --profile).`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>;
const OPTIONS = {
  sizes: { type: 'string', default: '1000,4000' },
  out: { type: 'string', default: '.cache/bench' },
  repeat: { type: 'string', default: '1' },
  seed: { type: 'string', default: '1' },
  profile: { type: 'boolean', default: false },
  keep: { type: 'boolean', default: false },
  editor: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;
try {
  parsed = parseArgs({ options: OPTIONS, allowPositionals: false });
} catch (e) {
  fail((e as Error).message);
}
const { values } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const sizes = values.sizes.split(',').map((v) => Number(v.trim()));
if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1))
  fail(`--sizes must be whole numbers ≥ 1, e.g. 1000,4000: got "${values.sizes}"`);
const repeat = Number(values.repeat);
if (!Number.isInteger(repeat) || repeat < 1)
  fail(`--repeat must be a whole number ≥ 1: got "${values.repeat}"`);
const seed = Number(values.seed);
if (!Number.isInteger(seed)) fail(`--seed must be a whole number: got "${values.seed}"`);

const root = process.cwd();
if (values.editor) {
  const { runEditorBench } = await import('./editor.ts');
  const { targets } = await runEditorBench({ root, sizes, seed, log: (line) => console.log(line) });
  process.exit(targets.some((t) => t.ok === false) ? 1 : 0);
}
const report = await runBench({
  root,
  sizes,
  out: path.resolve(root, values.out),
  seed,
  repeat,
  profile: values.profile,
  keep: values.keep,
  log: (line) => console.log(line),
});
// Profiled builds are slower than real ones, so their targets do not count.
const failed =
  report.results.some((r) => r.dossier.exitCode !== 0 || r.baseline.exitCode !== 0) ||
  (!values.profile && report.targets.some((t) => t.ok === false));
process.exitCode = failed ? 1 : 0;
