// `npm run suggest`: prints draft annotations for a briefing, writes them with
// --write to files check never reads, and leaves out what is already annotated.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, ROOT, Temps } from '../helpers/cli.ts';
import { SOURCE } from '../helpers/seed-fixture.ts';

const temps = new Temps();
afterAll(() => temps.cleanup());

/** A content folder with the shipped actors and the seed's source.md under `slug`, with a briefing.md that has no annotations yet. */
function sourceOnly(slug = 'seed'): string {
  const content = temps.content();
  const dir = path.join(content, 'briefings', slug);
  mkdirSync(dir);
  cpSync(path.join(ROOT, SOURCE), path.join(dir, 'source.md'));
  writeFileSync(
    path.join(dir, 'briefing.md'),
    '---\ntitle: Maduro offers police cooperation\nsummary: Venezuela offers its police model to the region.\n---\n',
  );
  return content;
}

describe('npm run suggest', () => {
  it("prints the seed's five quotes, two dates and actors as annotation markdown, and a summary on stderr", async () => {
    const run = await cli('suggest', ['seed'], { contentDir: sourceOnly() });
    expect(run.code).toBe(0);
    expect(run.stdout.match(/^:::quote\{by=[a-z-]+\}$/gm)).toEqual([
      ':::quote{by=nicolas-maduro}',
      ':::quote{by=nicolas-maduro}',
      ':::quote{by=nicolas-maduro}',
      ':::quote{by=nicolas-maduro}',
      ':::quote{by=venezuelan-government}',
    ]);
    expect(run.stdout).toContain(
      ':::event{date="On Friday" actors="nicolas-maduro"}\n[//]: # "¶1. “On Friday” = 2025-12-05 (5 Dec 2025), counted from the source\'s published date 2025-12-06.',
    );
    expect(run.stdout).toContain(
      ':::event{date="last month" actors="united-states tren-de-aragua"}\n[//]: # "¶5. “last month” = 2025-11 (Nov 2025)',
    );
    expect(run.stdout).toContain(
      ':::actor{ref=tren-de-aragua}\n[//]: # "Named 2 times: ¶3 “Tren de Aragua”, ¶5 “Aragua Train”.',
    );
    expect(run.stderr).toContain(
      '  dates: ¶1 “On Friday” → 2025-12-05; ¶5 “last month” → 2025-11\n',
    );
    expect(run.stderr).toContain(
      '  not in the registry: Venezuelan television (organization, ¶2)\n',
    );
  });

  it('writes drafts with --write that check ignores until the editor renames them, and check accepts then', async () => {
    const content = sourceOnly();
    const run = await cli('suggest', ['seed', '--write'], { contentDir: content });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('briefings/seed/drafts.md.txt   the annotations');
    expect(run.stdout).toContain(
      'actors/venezuelan-television.md.txt   organization "Venezuelan television"',
    );
    const dir = path.join(content, 'briefings/seed');
    expect(readdirSync(dir).sort()).toEqual(['briefing.md', 'drafts.md.txt', 'source.md']);

    const before = await cli('check', [], { contentDir: content });
    expect(before.code).toBe(1);
    expect(before.stderr).toMatch(/briefing-empty {2}The briefing "seed" has no annotations\./);

    renameSync(path.join(dir, 'drafts.md.txt'), path.join(dir, 'annotations.md'));
    renameSync(
      path.join(content, 'actors/venezuelan-television.md.txt'),
      path.join(content, 'actors/venezuelan-television.md'),
    );
    // The drafted claims wait for the editor's statement and verdict.
    const unfilled = await cli('check', [], { contentDir: content });
    expect(unfilled.code).toBe(1);
    expect(unfilled.stderr.match(/annotations\.md:\d+:\d+ {2}placeholder-unfilled/g)).toHaveLength(
      4,
    );
    expect(unfilled.stderr).toContain(
      'rating=fill-in-rating on :::claim is a placeholder npm run suggest wrote for you to fill in',
    );
    const annotations = path.join(dir, 'annotations.md');
    writeFileSync(
      annotations,
      readFileSync(annotations, 'utf8')
        .replaceAll('rating=fill-in-rating', 'rating=disputed')
        .replaceAll('statement="fill-in-statement"', 'statement="The gangs are gone."'),
    );
    const after = await cli('check', [], { contentDir: content });
    expect(after.stderr).toBe('');
    expect(after.code).toBe(0);
    expect(after.stdout).toContain('Checked 1 briefing and 8 actors: no errors.');
  }, 120_000); // four CLI runs, three of them full checks: the check tests' own allowance

  it('refuses to overwrite drafts the editor may be working on', async () => {
    const content = sourceOnly();
    expect((await cli('suggest', ['seed', '--write'], { contentDir: content })).code).toBe(0);
    const drafts = path.join(content, 'briefings/seed/drafts.md.txt');
    writeFileSync(drafts, 'my edits');
    const again = await cli('suggest', ['seed', '--write'], { contentDir: content });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /briefings\/seed\/drafts\.md\.txt already exists\. Keep what you need from it/,
    );
    expect(readFileSync(drafts, 'utf8')).toBe('my edits');
  });

  it('leaves out what the shipped briefing already annotates, and shows it with --all', async () => {
    const content = temps.content({ briefings: true });
    const run = await cli('suggest', ['maduro-police-cooperation'], { contentDir: content });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain(':::quote');
    expect(run.stdout).not.toContain(':::event');
    expect(run.stdout.match(/^:::actor\{ref=[a-z-]+\}$/gm)).toEqual([
      ':::actor{ref=venezuela}',
      ':::actor{ref=tren-del-llano}',
      ':::actor{ref=venezuelan-government}',
    ]);
    expect(run.stderr).toContain(
      'left out, already annotated: 5 quotes, 2 dates, 3 actors, 2 claims (--all shows them)',
    );
    const all = await cli('suggest', ['maduro-police-cooperation', '--all'], {
      contentDir: content,
    });
    expect(all.stdout.match(/^:::quote/gm)).toHaveLength(5);
  });

  it('drafts claims with placeholders and flags a further source passage that may report an event', async () => {
    const content = sourceOnly();
    const dir = path.join(content, 'briefings/seed');
    mkdirSync(path.join(dir, 'sources'));
    cpSync(
      path.join(ROOT, 'test/fixtures/two-sources/coastal-wire.md'),
      path.join(dir, 'sources/coastal-wire.md'),
    );
    cpSync(
      path.join(ROOT, 'content/briefings/maduro-police-cooperation/events.md'),
      path.join(dir, 'events.md'),
    );
    const run = await cli('suggest', ['seed'], { contentDir: content });
    expect(run.code).toBe(0);
    expect(run.stdout.match(/^::::claim\{.*\}$/gm)).toEqual([
      '::::claim{by=nicolas-maduro rating=fill-in-rating statement="fill-in-statement"}',
      '::::claim{by=venezuelan-government rating=fill-in-rating statement="fill-in-statement"}',
      '::::claim{by=fill-in-speaker rating=fill-in-rating statement="fill-in-statement" source=coastal-wire}',
    ]);
    expect(run.stdout).toContain(
      ':::evidence{stance=contradicts source=coastal-wire}\n[//]: # "sources/coastal-wire.md ¶4: speaks of tren-de-aragua as active (“sanctioned”)."\n\n> The United States sanctioned the group last month and classified it as a terrorist organization\n:::',
    );
    expect(run.stderr).toContain(
      `  sources/coastal-wire.md ¶2 may report the event “proposed signing cooperation agreements on citizen security with his …” (${path.relative(ROOT, dir).split(path.sep).join('/')}/events.md:1, 2025-12-05); add it as evidence:\n    :::evidence{stance=supports source=coastal-wire}\n    > Venezuela's president offered neighbouring countries police cooperation agreements on Friday\n    :::\n`,
    );
  });

  it('--help and -h print the usage; a mistyped option gets a did-you-mean and exit 1', async () => {
    for (const flag of ['--help', '-h']) {
      const run = await cli('suggest', [flag]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Usage: npm run suggest -- <slug> [--write] [--all]');
    }
    const typo = await cli('suggest', ['maduro-police-cooperation', '--wirte']);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('npm run suggest: unknown option "--wirte".');
    expect(typo.stderr).toContain('Did you mean "--write"?');
  }, 120_000);

  it('names an unknown briefing with a did-you-mean, without a stack trace', async () => {
    const content = temps.content({ briefings: true });
    const run = await cli('suggest', ['maduro-police-cooperatoin'], { contentDir: content });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^There is no briefing "maduro-police-cooperatoin" \(no .*briefings\/maduro-police-cooperatoin\/source\.md\)\. Did you mean "maduro-police-cooperation"\? Import an article with: npm run new -- article\.txt\n$/,
    );
    const none = await cli('suggest', [], { contentDir: content });
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/^Which briefing\?/);
    expect(existsSync(path.join(content, 'briefings/maduro-police-cooperatoin'))).toBe(false);
  });
});
