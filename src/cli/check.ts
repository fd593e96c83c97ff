// `npm run check [-- <slug or path>…]`: validates the content without building. Prints
// every diagnostic as `path:line:col  rule  message` with its hint; exit 1 on errors.
// With slugs or paths (`briefing.md`, the folder, any file in it), only those
// briefings (and the actors) are checked, and a named draft's problems count as they
// will once it is published (its errors are errors). A long run shows its progress. Assembly is incremental (src/node/content.ts):
// only what changed since the last check, build or dev run is assembled again.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { didYouMean } from '../core/did-you-mean.ts';
import { asPublished, formatReport, hasErrors } from '../core/diagnostics.ts';
import { checkContent, contentDirFromEnv, listContentFiles, SPLIT } from '../node/content.ts';
import { commandArgs } from './args.ts';

const USAGE = `Usage: npm run check [-- <briefing>…]

Checks the content without building: every problem with file:line:column, what is
wrong and the fix. With no argument, everything; with briefings (a slug, the folder,
or any file in it), only those and the actors. A draft's problems are warnings
marked (draft), except for a draft named here: its problems count as they will once
it is published. Exit code: 0 when there is no error (warnings may be printed), 1
when there is one, or when an argument is not a briefing.`;

const { positionals } = commandArgs('check', USAGE, {});

const root = process.cwd();
const dir = contentDirFromEnv(root);
const slugs = new Set(
  listContentFiles(dir).flatMap((full) => {
    const m = /^briefings[\\/]([^\\/]+)[\\/]/.exec(path.relative(dir, full));
    return m?.[1] ? [m[1]] : [];
  }),
);

/** The briefing a command-line argument names: a slug, or a path to its folder or one of its files. */
function slugOf(arg: string): string | undefined {
  if (slugs.has(arg)) return arg;
  const full = path.resolve(root, arg);
  const m = /^briefings[\\/]([^\\/]+)/.exec(path.relative(dir, full));
  return m?.[1] && slugs.has(m[1]) && existsSync(full) ? m[1] : undefined;
}

const named: string[] = [];
for (const arg of positionals) {
  const slug = slugOf(arg);
  if (slug) {
    named.push(slug);
    continue;
  }
  const guess = didYouMean(path.basename(arg.replace(/[\\/]+$/, '')), slugs);
  console.error(
    `npm run check: "${arg}" is not a briefing of ${path.relative(root, dir) || '.'}/briefings/.` +
      `\n    hint: ${guess ? `Did you mean "${guess}"? ` : ''}Give a briefing's slug or a path to its folder or files, or nothing to check everything.`,
  );
  process.exit(1);
}

/** Progress on a long run: a line that updates in a terminal, a line every ten seconds elsewhere. */
function progress(): ((done: number, total: number) => void) | undefined {
  const started = Date.now();
  let shown = started;
  return (done, total) => {
    if (total < 100) return;
    const now = Date.now();
    const line = `checking briefings: ${done.toLocaleString('en')} of ${total.toLocaleString('en')}…`;
    if (process.stderr.isTTY) {
      if (now - shown < 100 && done < total) return;
      shown = now;
      process.stderr.write(done < total ? `\r${line}` : '\r\x1b[K');
    } else if (now - shown >= 10_000 && done < total) {
      shown = now;
      process.stderr.write(`${line}\n`);
    }
  };
}

// V8 optimises a function with TurboFan after about 3,000 calls' worth of its bytecode by
// default. A check spends its time across many functions (compromise, micromark, zod,
// chrono…), each thread compiling its own, and compiling was about a quarter of a
// cold check's CPU at 1,000 briefings: at three times the default, only the hottest are
// optimised, for about 0.8× the CPU (docs/performance.md, "Cold check at 1,000
// (2026-12-07)"). Process-wide, so the assembly threads started later have it too; set
// here rather than on the command line, which worker threads would refuse to inherit.
setFlagsFromString('--invocation-count-for-turbofan=9000');

const onProgress = progress();
const { counts, diagnostics } = await checkContent(
  root,
  dir,
  {},
  {
    split: SPLIT,
    ...(named.length > 0 ? { slugs: named } : {}),
    ...(onProgress ? { onProgress } : {}),
  },
);
/** A named draft is what the editor is working on: its problems count as once published. */
const shown = named.length > 0 ? diagnostics.map(asPublished) : diagnostics;
const report = formatReport(shown);
if (hasErrors(shown)) {
  console.error(report);
  process.exitCode = 1;
} else {
  if (shown.length > 0) console.warn(report);
  const n = counts.briefings + counts.drafts;
  console.log(
    `Checked ${n} briefing${n === 1 ? '' : 's'} and ${counts.actors} actor${counts.actors === 1 ? '' : 's'}: no errors.`,
  );
}
