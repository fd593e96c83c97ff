// The bad-input suite: one content folder per editor mistake under
// test/fixtures/bad-input/<case>/ (valid but for that one mistake), each with a
// hand-written expected.txt: the exact diagnostic lines `npm run check` prints for
// it when DOSSIER_CONTENT points at the folder. Every case runs through the check's
// own code path in-process (loadSite + formatReport); a few representative cases,
// the oversized source and one combined folder holding every mistake at once run
// the real CLI in a child process.
//
// source-too-large is the one case whose mistake is not committed: the test writes
// its 1.3 MiB source.md (2,600 paragraphs of 510 ASCII characters) at run time.
//
// Adding a case: copy _base/ (it checks clean: no errors, no warnings) to <case>/,
// rename briefings/mooring-fees/ to briefings/<case>/ so every case has a slug of its
// own, make the one mistake, and write expected.txt by hand from what the check should
// say, warnings included. A mistake in an actor file goes in a file of a new name,
// never in the shared marta-ibarra.md or harbour-council.md: the combined run merges
// every case into one content folder and fails on two different files at one path.
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formatReport, hasErrors } from '../../src/core/diagnostics.ts';
import { assembleSite, type RawFile } from '../../src/core/assembly/site.ts';
import { loadSite, readContentFiles } from '../../src/node/content.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = 'test/fixtures/bad-input';
const CASES = readdirSync(path.join(ROOT, FIXTURES), { withFileTypes: true })
  .filter((e) => e.isDirectory() && !e.name.startsWith('_'))
  .map((e) => e.name)
  .sort();
const LARGE = 'source-too-large';
const temps: string[] = [];

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** `path:line:col  rule  [warning ]message`, as formatDiagnostic prints it. */
const HEAD = /^(\S+):(\d+):(\d+) {2}([a-z0-9]+(?:-[a-z0-9]+)*) {2}(warning )?(\S.*)$/;
const HINT = /^ {4}hint: \S.*$/;

/** One printed diagnostic: its head line and its hint line. */
interface Printed {
  head: string;
  hint: string;
  rule: string;
  warning: boolean;
}

/** Splits report lines into diagnostics; fails on any line that is neither a head with a hint nor the count. */
function parseDiagnostics(lines: readonly string[]): Printed[] {
  const printed: Printed[] = [];
  for (let i = 0; i < lines.length; i += 2) {
    const head = lines[i] ?? '';
    const hint = lines[i + 1] ?? '';
    const m = HEAD.exec(head);
    expect(m, `not a "path:line:col  rule  message" line: ${head}`).not.toBeNull();
    expect(hint, `no hint after: ${head}`).toMatch(HINT);
    printed.push({ head, hint, rule: m?.[4] ?? '', warning: m?.[5] !== undefined });
  }
  return printed;
}

function countLine(printed: readonly Printed[]): string {
  const errors = printed.filter((p) => !p.warning).length;
  const warnings = printed.length - errors;
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
}

/** The case's expected.txt, lines, with the fixture folder's path swapped for `contentDir` when given. */
function expectedLines(name: string, contentDir?: string): string[] {
  const text = readFileSync(path.join(ROOT, FIXTURES, name, 'expected.txt'), 'utf8');
  const swapped = contentDir ? text.replaceAll(`${FIXTURES}/${name}/`, `${contentDir}/`) : text;
  return swapped.split('\n').filter((line) => line !== '');
}

/** Path relative to the project root with forward slashes, as the check prints paths. */
function relative(dir: string): string {
  return path.relative(ROOT, dir).split(path.sep).join('/');
}

/** The oversized source: the case's own frontmatter, then 2,600 paragraphs of 510 ASCII characters. */
function largeSource(original: string): string {
  const fence = original.indexOf('\n---\n');
  const frontmatter = original.slice(0, fence + '\n---\n'.length);
  const paragraphs = Array.from(
    { length: 2600 },
    (_, i) => `Archive item ${String(i + 1).padStart(4, '0')}: `.padEnd(509, 'lorem ipsum ') + '.',
  );
  return `${frontmatter}\n${paragraphs.join('\n\n')}\n`;
}

function largeSourcePath(contentDir: string): string {
  return path.join(contentDir, 'briefings', LARGE, 'source.md');
}

/** The check's report for one case, computed in-process the way src/cli/check.ts does. */
async function reportFor(name: string): Promise<{ lines: string[]; failed: boolean; ms: number }> {
  const dir = path.join(ROOT, FIXTURES, name);
  const started = performance.now();
  let diagnostics;
  if (name === LARGE) {
    const files: RawFile[] = (await readContentFiles(ROOT, dir)).map((f) =>
      f.path.endsWith(`briefings/${LARGE}/source.md`)
        ? {
            path: f.path,
            bytes: new TextEncoder().encode(largeSource(new TextDecoder().decode(f.bytes))),
          }
        : f,
    );
    diagnostics = assembleSite(files, relative(dir)).diagnostics;
  } else {
    diagnostics = (await loadSite(ROOT, dir)).diagnostics;
  }
  const ms = performance.now() - started;
  return { lines: formatReport(diagnostics).split('\n'), failed: hasErrors(diagnostics), ms };
}

interface Run {
  code: number | null;
  output: string;
}

/** Runs `npx tsx src/cli/check.ts` in the project with DOSSIER_CONTENT set. */
function check(contentDir: string): Promise<Run> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NO_COLOR: '1',
    npm_config_update_notifier: 'false',
    DOSSIER_CONTENT: contentDir,
  };
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'src/cli/check.ts'],
      { cwd: ROOT, env, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, output: `${stdout}${stderr}` });
      },
    );
  });
}

/** A temp copy of the case folder (without expected.txt), with the oversized source written when it is that case. */
function tempCopy(names: readonly string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-bad-input-'));
  temps.push(dir);
  for (const name of names) {
    const from = path.join(ROOT, FIXTURES, name);
    cpSync(from, dir, {
      recursive: true,
      filter: (src) => {
        if (path.basename(src) === 'expected.txt') return false;
        const to = path.join(dir, path.relative(from, src));
        // The cases share the base actors byte for byte; anything else must not collide.
        if (
          existsSync(to) &&
          !statSync(src).isDirectory() &&
          !readFileSync(src).equals(readFileSync(to))
        )
          throw new Error(`${name}: ${path.relative(from, src)} differs from another case's file`);
        return true;
      },
    });
  }
  if (names.includes(LARGE))
    writeFileSync(largeSourcePath(dir), largeSource(readFileSync(largeSourcePath(dir), 'utf8')));
  return dir;
}

/** What every run of the real CLI on bad input must look like. */
function expectFailedRun(run: Run): string[] {
  expect(run.code).toBe(1);
  expect(run.output).not.toMatch(/^\s+at /m);
  expect(run.output).not.toMatch(/\b(?:Error|TypeError|RangeError):/);
  expect(run.output).not.toContain('Checked ');
  return run.output.split('\n').filter((line) => line !== '');
}

describe('bad input: the fixture suite', () => {
  it('has at least 25 cases, each with its expected.txt', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
    for (const name of CASES)
      expect(existsSync(path.join(ROOT, FIXTURES, name, 'expected.txt')), name).toBe(true);
  });

  it('builds every case on a base that checks clean (no errors, no warnings)', async () => {
    const { diagnostics } = await loadSite(ROOT, path.join(ROOT, FIXTURES, '_base'));
    expect(formatReport(diagnostics)).toBe('0 errors, 0 warnings');
  });
});

describe('bad input: each mistake, as npm run check reports it', () => {
  it.each(CASES)('%s', async (name) => {
    const { lines, failed, ms } = await reportFor(name);
    const expected = expectedLines(name);
    const printed = parseDiagnostics(expected);
    expect(
      printed.some((p) => !p.warning),
      'every case is an error',
    ).toBe(true);

    expect(lines.slice(0, -1)).toEqual(expected);
    expect(lines[lines.length - 1]).toBe(countLine(printed));
    expect(failed).toBe(true);
    // No rule may hang on a big input: the oversized source is rejected before anchoring and coverage.
    if (name === LARGE) expect(ms).toBeLessThan(5000);
  });

  it('pins more than 30 distinct rules', () => {
    const rules = new Set(
      CASES.flatMap((name) => parseDiagnostics(expectedLines(name)).map((p) => p.rule)),
    );
    expect(rules.size).toBeGreaterThan(30);
  });
});

describe('bad input: the real CLI (npx tsx src/cli/check.ts)', () => {
  const representative = [
    'misquote',
    'directive-unclosed',
    'source-invalid-utf8',
    'actor-invalid-kind',
    'briefing-missing',
  ];

  it.concurrent.each(representative)(
    '%s: exit 1, the expected lines, no stack trace',
    async (name) => {
      const lines = expectFailedRun(await check(path.join(ROOT, FIXTURES, name)));
      const expected = expectedLines(name);
      expect(lines).toEqual([...expected, countLine(parseDiagnostics(expected))]);
    },
    120_000,
  );

  it.concurrent(
    'source-too-large: rejected quickly with one error, exit 1',
    async () => {
      const dir = tempCopy([LARGE]);
      const started = performance.now();
      const lines = expectFailedRun(await check(dir));
      const expected = expectedLines(LARGE, relative(dir));
      expect(lines).toEqual([...expected, countLine(parseDiagnostics(expected))]);
      expect(performance.now() - started).toBeLessThan(60_000);
    },
    120_000,
  );

  it.concurrent(
    'every mistake at once, in one content folder: all reported in one run, exit 1',
    async () => {
      const dir = tempCopy(CASES);
      const lines = expectFailedRun(await check(dir));
      const got = parseDiagnostics(lines.slice(0, -1));
      const expected = CASES.flatMap((name) =>
        parseDiagnostics(expectedLines(name, relative(dir))),
      );
      const key = (p: Printed) => `${p.head}\n${p.hint}`;
      expect(got.map(key).sort()).toEqual(expected.map(key).sort());
      expect(lines[lines.length - 1]).toBe(countLine(expected));
    },
    120_000,
  );
});
