import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, scriptArgs } from '../helpers/cli.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const temps: string[] = [];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run check`'s command in the project, with DOSSIER_CONTENT set or unset. */
function check(contentDir?: string): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env['DOSSIER_CONTENT'];
  if (contentDir) env['DOSSIER_CONTENT'] = contentDir;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      scriptArgs('check'),
      { cwd: ROOT, env, timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** An absolute temp copy of the shipped content, for the test to break. */
function contentCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-check-'));
  temps.push(dir);
  cpSync(path.join(ROOT, 'content'), dir, { recursive: true });
  return dir;
}

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('npm run check (src/cli/check.ts)', () => {
  it('passes on the shipped content', async () => {
    const run = await check();
    expect(run.stdout).toContain('Checked 1 briefing and 7 actors: no errors.');
    expect(run.code).toBe(0);
    // The one warning the seed has: a name the NLP finds that the registry lacks.
    expect(run.stderr).toMatch(
      /maduro-police-cooperation\/source\.md:\d+:\d+ {2}actor-unregistered {2}warning ¶2 names "Venezuelan television"/,
    );
  }, 120_000);

  it('fails on a misquote with file:line:col, the rule, the closest ¶ and no stack trace', async () => {
    const dir = contentCopy();
    const briefing = path.join(dir, 'briefings/maduro-police-cooperation/briefing.md');
    const text = readFileSync(briefing, 'utf8').replace(
      '> It is a success that we place',
      '> It is a triumph that we place',
    );
    writeFileSync(briefing, text);
    const line = text.slice(0, text.indexOf('> It is a triumph')).split('\n').length;

    const run = await check(dir);
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.code).toBe(1);
    expect(output).toMatch(
      new RegExp(
        `\\S*briefings/maduro-police-cooperation/briefing\\.md:${line}:1  quote-not-found  Quote not found in the source: “It is a triumph`,
      ),
    );
    expect(output).toContain('hint: Closest passage: ¶2 (94% similar)');
    expect(output).toMatch(/^1 error, \d+ warnings?$/m);
    expect(output).not.toMatch(/^ {4}at /m);
    expect(output).not.toContain('Checked ');
  }, 120_000);

  it('reports several mistakes in one run', async () => {
    const dir = contentCopy();
    const events = path.join(dir, 'briefings/maduro-police-cooperation/events.md');
    writeFileSync(
      events,
      readFileSync(events, 'utf8')
        .replace('date="On Friday"', 'date="blorp"')
        .replace('actors="united-states venezuela"', 'actors="united-states venezuala"'),
    );
    writeFileSync(
      path.join(dir, 'actors/tren-del-llano.md'),
      '---\nname: Tren del Llano\nkind: gang\n---\n',
    );

    const run = await check(dir);
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.code).toBe(1);
    expect(output).toMatch(/actors\/tren-del-llano\.md:3:7  frontmatter-invalid  /);
    expect(output).toMatch(
      /events\.md:1:10  date-unresolvable  The date "blorp" cannot be resolved\./,
    );
    expect(output).toMatch(/events\.md:\d+:\d+  actor-unknown  Unknown actor "venezuala"/);
    expect(output).toContain('hint: Did you mean "venezuela"?');
    expect(output).toMatch(/^3 errors, \d+ warnings?$/m);
    expect(output).not.toMatch(/^ {4}at /m);
  }, 120_000);
});

describe('npm run check -- <slug or path>', () => {
  /** The shipped content plus the second test briefing, one of them broken. */
  function twoBriefings(): string {
    const dir = contentCopy();
    cpSync(path.join(ROOT, 'test/fixtures/second-briefing'), dir, { recursive: true });
    const port = path.join(dir, 'briefings/valparaiso-port-strike/briefing.md');
    writeFileSync(port, readFileSync(port, 'utf8').replace('by=jose-nancupil', 'by=jose-nancupi'));
    return dir;
  }

  it('checks only the named briefing, given by slug or by a path to it', async () => {
    const dir = twoBriefings();
    const all = await cli('check', [], { contentDir: dir });
    expect(all.code).toBe(1);
    expect(all.stderr).toContain('valparaiso-port-strike/briefing.md');

    const bySlug = await cli('check', ['maduro-police-cooperation'], { contentDir: dir });
    expect(bySlug.code, bySlug.stderr).toBe(0);
    expect(bySlug.stdout).toContain('Checked 1 briefing');
    const byPath = await cli(
      'check',
      [path.join(dir, 'briefings/valparaiso-port-strike/briefing.md')],
      { contentDir: dir },
    );
    expect(byPath.code).toBe(1);
    expect(byPath.stderr).toMatch(/valparaiso-port-strike\/briefing\.md:\d+:\d+ {2}actor-unknown/);
    expect(byPath.stderr).not.toContain('maduro-police-cooperation/');
  }, 120_000);

  it('refuses a name that is no briefing, with the closest slug', async () => {
    const run = await cli('check', ['maduro-police-cooperaton'], { contentDir: contentCopy() });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('"maduro-police-cooperaton" is not a briefing');
    expect(run.stderr).toContain('Did you mean "maduro-police-cooperation"?');
  });

  it('counts a named draft’s problems as errors, and a draft’s problems as warnings otherwise', async () => {
    const dir = twoBriefings();
    const port = path.join(dir, 'briefings/valparaiso-port-strike/briefing.md');
    writeFileSync(port, readFileSync(port, 'utf8').replace('tags:', 'status: draft\ntags:'));
    const all = await cli('check', [], { contentDir: dir });
    expect(all.code, all.stderr).toBe(0);
    expect(all.stderr).toMatch(/actor-unknown {2}warning \(draft\) /);
    const named = await cli('check', ['valparaiso-port-strike'], { contentDir: dir });
    expect(named.code).toBe(1);
    // Its errors as they will be once published, still marked as a draft's; the summary agrees.
    expect(named.stderr).toMatch(/actor-unknown {2}\(draft\) Unknown actor/);
    const errors = named.stderr.match(/ {2}\(draft\) /g)?.length ?? 0;
    const warnings = named.stderr.match(/ {2}warning (?:\(draft\) )?/g)?.length ?? 0;
    expect(errors).toBeGreaterThan(0);
    expect(named.stderr).toContain(
      `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
    );
  }, 120_000);

  it('a draft never fails the check of everything: a file that is not UTF-8, status in capitals', async () => {
    const dir = twoBriefings();
    const folder = path.join(dir, 'briefings/valparaiso-port-strike');
    const main = path.join(folder, 'briefing.md');
    writeFileSync(main, readFileSync(main, 'utf8').replace('tags:', 'status: Draft\ntags:'));
    writeFileSync(path.join(folder, 'latin1.md'), Buffer.from([0x3a, 0x3a, 0x3a, 0xe9, 0x0a]));
    const all = await cli('check', [], { contentDir: dir });
    expect(all.code, all.stderr).toBe(0);
    expect(all.stderr).toMatch(/latin1\.md:1:4 {2}file-encoding {2}warning \(draft\) /);
    // briefing.md itself unreadable: its status line is still read.
    writeFileSync(
      main,
      Buffer.concat([Buffer.from(readFileSync(main, 'utf8')), Buffer.from([0xff, 0x0a])]),
    );
    const again = await cli('check', [], { contentDir: dir });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/briefing\.md:\d+:1 {2}file-encoding {2}warning \(draft\) /);
    expect(again.stderr).not.toContain('briefing-empty');
  }, 120_000);
});

describe('npm run check: the command line', () => {
  it('--help and -h print the usage, with the exit codes, and exit 0', async () => {
    for (const flag of ['--help', '-h']) {
      const run = await cli('check', [flag]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Usage: npm run check');
      expect(run.stdout).toContain('Exit code: 0 when there is no error');
    }
  }, 120_000);

  it('an unknown option gets a did-you-mean and exit 1', async () => {
    const run = await cli('check', ['--hepl']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('npm run check: unknown option "--hepl".');
    expect(run.stderr).toContain('Did you mean "--help"?');
  });
});
