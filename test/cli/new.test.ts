// `npm run new`: imports a plain-text article into content/briefings/<slug>/,
// never overwrites, reads standard input, and explains user mistakes without a
// stack trace.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, ROOT, Temps } from '../helpers/cli.ts';
import { SEED_TXT, SOURCE } from '../helpers/seed-fixture.ts';

const temps = new Temps();
afterAll(() => temps.cleanup());

const shipped = readFileSync(path.join(ROOT, SOURCE), 'utf8');

describe('npm run new', () => {
  it('imports the seed into a new briefing folder: the shipped source.md and a briefing.md to fill in', async () => {
    const content = temps.content();
    const run = await cli(
      'new',
      [
        SEED_TXT,
        '--slug',
        'maduro-police-cooperation',
        '--published',
        '2025-12-06',
        '--outlet',
        'Europa Press',
      ],
      { contentDir: content },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const dir = path.join(content, 'briefings/maduro-police-cooperation');
    expect(readdirSync(dir).sort()).toEqual(['briefing.md', 'source.md']);
    expect(readFileSync(path.join(dir, 'source.md'), 'utf8')).toBe(shipped);
    expect(readFileSync(path.join(dir, 'briefing.md'), 'utf8')).toMatch(
      /^---\ntitle: Maduro offers police cooperation agreements to neighboring countries to combat organized crime\n/,
    );
    expect(run.stdout).toContain('(6 paragraphs, published 2025-12-06, outlet Europa Press)');
    expect(run.stdout).toContain('npm run suggest -- maduro-police-cooperation');
  });

  it('never overwrites an existing briefing', async () => {
    const content = temps.content({ briefings: true });
    const before = readFileSync(
      path.join(content, 'briefings/maduro-police-cooperation/source.md'),
      'utf8',
    );
    const run = await cli(
      'new',
      [SEED_TXT, '--slug', 'maduro-police-cooperation', '--published', '2025-12-06'],
      { contentDir: content },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /briefings\/maduro-police-cooperation\/ already exists, and an import never overwrites a briefing\.\nChoose another folder name with --slug <slug>, or delete that folder first\./,
    );
    expect(
      readFileSync(path.join(content, 'briefings/maduro-police-cooperation/source.md'), 'utf8'),
    ).toBe(before);
    expect(readdirSync(path.join(content, 'briefings/maduro-police-cooperation')).sort()).toEqual([
      'briefing.md',
      'claims.md',
      'events.md',
      'source.md',
    ]);
  });

  it('asks for --published when the dateline has no year, and writes nothing', async () => {
    const content = temps.content();
    const run = await cli('new', [SEED_TXT], { contentDir: content });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `${SEED_TXT}:10:1  import-published-missing  The dateline "Madrid, December 6 (European Press)" has no year, so the publication date is not known.\n` +
        `    hint: Give it with --published: npm run new -- ${SEED_TXT} --published YYYY-12-06\n` +
        'Nothing was written: fix the problems above and run it again.\n',
    );
    expect(readdirSync(path.join(content, 'briefings'))).toEqual([]);
  });

  it('reads the article from standard input with "-", slug from the title', async () => {
    const content = temps.content();
    const article =
      'Floods close the port of Rotterdam\n\nRotterdam, 4 February 2026 (ANP) –\n\nThe port closed on Tuesday after the river rose.\r\n\r\n“We have never seen this,” said the harbour master.\r\n';
    const run = await cli('new', ['-'], { contentDir: content, input: article });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const source = readFileSync(
      path.join(content, 'briefings/floods-close-port-rotterdam/source.md'),
      'utf8',
    );
    expect(source).toBe(
      '---\ntitle: Floods close the port of Rotterdam\noutlet: ANP\npublished: 2026-02-04\ndateline: Rotterdam, 4 February 2026 (ANP)\n---\n\nThe port closed on Tuesday after the river rose.\n\n“We have never seen this,” said the harbour master.\n',
    );
  });

  it('--help and -h print the usage and exit 0', async () => {
    for (const flag of ['--help', '-h']) {
      const run = await cli('new', [flag]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Usage: npm run new -- <article.txt | ->');
    }
  }, 120_000);

  it('explains a missing file, an unknown option and a bad value without a stack trace', async () => {
    const content = temps.content();
    const missing = await cli('new', ['nowhere.txt', '--published', '2025-12-06'], {
      contentDir: content,
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('Cannot read nowhere.txt: there is no such file.\n');

    const unknown = await cli('new', [SEED_TXT, '--publish', '2025-12-06'], {
      contentDir: content,
    });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^npm run new: unknown option "--publish"\.\n/);
    expect(unknown.stderr).toContain('hint: Did you mean "--published"?');
    expect(unknown.stderr).toContain('Usage: npm run new -- <article.txt | ->');

    const bad = await cli(
      'new',
      [SEED_TXT, '--published', '6 Dec 2025', '--slug', 'Maduro Police'],
      { contentDir: content },
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(
      'import-published-invalid  --published "6 Dec 2025" is not a calendar date.\n    hint: Write it as YYYY-MM-DD, e.g. --published 2025-12-06.',
    );
    expect(bad.stderr).toContain(
      'import-slug-invalid  --slug "Maduro Police" is not a valid folder name',
    );
    for (const run of [missing, unknown, bad]) expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(path.join(content, 'briefings'))).toEqual([]);
  });

  it('reports invalid UTF-8 with the line it is on', async () => {
    const content = temps.content();
    const file = path.join(temps.dir('bytes'), 'latin1.txt');
    writeFileSync(file, Buffer.from('Title\n\nCaf\xe9 society.\n', 'latin1'));
    const run = await cli('new', [file, '--published', '2025-12-06', '--outlet', 'X'], {
      contentDir: content,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `${file}:3:4  import-encoding  The article is not valid UTF-8 text, so it cannot be imported safely.\n    hint: Save it as UTF-8 ("Save with encoding" → UTF-8) and import it again.\n`,
    );
    expect(existsSync(path.join(content, 'briefings/title'))).toBe(false);
  });
});
