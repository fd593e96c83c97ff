// An article no other test has seen goes through the editor's whole workflow with
// the real commands: `npm run new` → `npm run suggest --write` → the editor keeps
// the drafts → `npm run check` → `astro build`, and gets its briefing page.
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astro, cli, ROOT } from '../helpers/cli.ts';
import { attr, byId, readPage, selectAll, toString } from '../helpers/html.ts';
import { SPEAKER_PLACEHOLDER } from '../../src/core/suggestions/draft-annotations.ts';
import type { Root } from 'hast';

const ARTICLE = path.join(ROOT, 'test/fixtures/articles/valparaiso-port-strike.txt');
const SLUG = 'chilean-dockworkers-extend-strike-valparaiso-port';

// Inside the project: Astro keeps its prerender chunks beside an outDir only under the working directory.
mkdirSync(path.join(ROOT, '.cache/runs'), { recursive: true });
const work = mkdtempSync(path.join(ROOT, '.cache/runs/unseen-'));
const content = path.join(work, 'content');
const dist = path.join(work, 'dist');
const dir = path.join(content, 'briefings', SLUG);
const steps: Record<string, { code: number | null; stdout: string; stderr: string }> = {};
let drafts = '';
let page: Root;

beforeAll(async () => {
  mkdirSync(path.join(content, 'briefings'), { recursive: true });
  for (const name of readdirSync(path.join(ROOT, 'content/actors'))) {
    mkdirSync(path.join(content, 'actors'), { recursive: true });
    writeFileSync(
      path.join(content, 'actors', name),
      readFileSync(path.join(ROOT, 'content/actors', name)),
    );
  }
  steps['new'] = await cli(
    'new',
    [ARTICLE, '--published', '2026-03-14', '--url', 'https://www.example.org/valparaiso-strike'],
    { contentDir: content },
  );
  steps['suggest'] = await cli('suggest', [SLUG, '--write'], { contentDir: content });
  drafts = readFileSync(path.join(dir, 'drafts.md.txt'), 'utf8');

  // The editor's part: fill in any speaker left open, keep the drafts (renaming them
  // to .md), keep the draft actor files, and write the summary.
  writeFileSync(
    path.join(dir, 'annotations.md'),
    drafts.replaceAll(`by=${SPEAKER_PLACEHOLDER}`, 'pacific-gateway-terminals'),
  );
  rmSync(path.join(dir, 'drafts.md.txt'));
  for (const name of readdirSync(path.join(content, 'actors'))) {
    if (name.endsWith('.md.txt'))
      renameSync(
        path.join(content, 'actors', name),
        path.join(content, 'actors', name.slice(0, -'.txt'.length)),
      );
  }
  const briefing = path.join(dir, 'briefing.md');
  writeFileSync(
    briefing,
    readFileSync(briefing, 'utf8')
      .replace(
        'summary: ""',
        'summary: Valparaíso dockworkers extend their strike against crane automation.',
      )
      .replace('tags: []', 'tags: [chile, labour]')
      // Ready to publish: the editor deletes the draft line `npm run new` wrote.
      .replace(/^# A draft is checked.*\nstatus: draft\n/m, ''),
  );

  steps['check'] = await cli('check', [], { contentDir: content });
  steps['build'] = await astro(['build', '--outDir', dist], {
    contentDir: content,
    env: { DOSSIER_CACHE_DIR: `${dist}-cache` },
    timeout: 300_000,
  });
  if (steps['build'].code === 0) {
    try {
      page = readPage(dist, `/briefings/${SLUG}/`);
    } catch (e) {
      throw new Error(
        `${String(e)}\nbuild said:\n${steps['build'].stdout.slice(-3000)}\n${steps['build'].stderr.slice(-2000)}`,
      );
    }
  }
}, 400_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('an unseen article, from plain text to its page', () => {
  it('imports it: five paragraphs, the date from --published', () => {
    expect(steps['new']?.stderr).toBe('');
    expect(steps['new']?.code).toBe(0);
    const source = readFileSync(path.join(dir, 'source.md'), 'utf8');
    expect(source).toMatch(
      /^---\ntitle: Chilean dockworkers extend strike at Valparaíso port over automation plans\noutlet: Europa Press\npublished: 2026-03-14\nurl: https:\/\/www\.example\.org\/valparaiso-strike\ndateline: Santiago, March 14 \(Europa Press\)\ncaption: Dockworkers protest at the entrance to the port of Valparaíso\ncredit: Agencia Uno\/Contact\/Marcela Ríos\nlanguage: en\n---\n\nDockworkers at the Chilean port/,
    );
  });

  it('suggests its three quotes with speakers, its four dates, and draft actors', () => {
    expect(steps['suggest']?.code).toBe(0);
    expect(drafts.match(/^:::quote\{by=[a-z-]+\}$/gm)).toEqual([
      ':::quote{by=carolina-fuentes}',
      ':::quote{by=pacific-gateway-terminals}',
      ':::quote{by=tomas-aravena}',
    ]);
    expect(drafts.match(/^:::event\{date="[^"]+"/gm)).toEqual([
      ':::event{date="on Thursday"',
      ':::event{date="last month"',
      ':::event{date="on Monday"',
      ':::event{date="March 3"',
    ]);
    expect(drafts).toContain('“on Thursday” = 2026-03-12 (12 Mar 2026)');
    expect(drafts).toContain('“last month” = 2026-02 (Feb 2026)');
    expect(
      readdirSync(path.join(content, 'actors'))
        .filter((n) => !readdirSync(path.join(ROOT, 'content/actors')).includes(n))
        .sort(),
    ).toEqual([
      'carolina-fuentes.md',
      'chilean-chamber-of-shipping.md',
      'pacific-gateway-terminals.md',
      'tomas-aravena.md',
    ]);
  });

  it('passes check once the editor keeps the drafts', () => {
    expect(steps['check']?.stderr).not.toMatch(/ [1-9]\d* errors?,/);
    expect(steps['check']?.code).toBe(0);
  });

  it('builds, and the page holds the five paragraphs, the quotes linked to their spans and the dated timeline', () => {
    expect(steps['build']?.code, steps['build']?.stderr).toBe(0);
    for (let n = 1; n <= 5; n++) expect(byId(page, `p${n}`)?.tagName).toBe('p');
    expect(byId(page, 'p6')).toBeUndefined();
    expect(toString(byId(page, 'p1')!)).toMatch(
      /^Dockworkers at the Chilean port of Valparaíso voted on Thursday/,
    );

    const quoteIds = selectAll('[id^="src-q-"]', page).map((el) =>
      attr(el, 'id')!.slice('src-'.length),
    );
    expect(quoteIds).toHaveLength(3);
    for (const id of quoteIds) {
      expect(selectAll('a[href]', byId(page, id)!).map((a) => attr(a, 'href'))).toContain(
        `#src-${id}`,
      );
    }
    expect(toString(byId(page, `src-${quoteIds[1]}`)!)).toBe('safer and more efficient');

    const dates = selectAll('li.event time', page).map((t) => attr(t, 'dateTime'));
    expect(dates).toEqual(['2026-02', '2026-03-03', '2026-03-09', '2026-03-12']);
    for (const id of ['carolina-fuentes', 'pacific-gateway-terminals', 'tomas-aravena'])
      expect(byId(page, `actor-${id}`), id).toBeDefined();
  });
});
