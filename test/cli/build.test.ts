// `astro build` on content with errors: the content the build's worker thread
// assembles (src/node/prebuild.ts) stops the build before any page is written,
// with the same report as `npm run check`.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astro, cli, ROOT, Temps } from '../helpers/cli.ts';

const temps = new Temps();
afterAll(() => temps.cleanup());

describe('astro build on content with errors', () => {
  it('prints the report with file:line:col and exits 1 without a stack trace, before writing a page', async () => {
    const content = temps.content({ briefings: true });
    const briefing = path.join(content, 'briefings/maduro-police-cooperation/briefing.md');
    const text = readFileSync(briefing, 'utf8').replace(
      '> It is a success that we place',
      '> It is a triumph that we place',
    );
    writeFileSync(briefing, text);
    const line = text.slice(0, text.indexOf('> It is a triumph')).split('\n').length;
    const work = temps.dir('build');
    const outDir = path.join(work, 'out');
    const cacheDir = path.join(work, 'cache');

    const run = await astro(['build', '--outDir', outDir], {
      contentDir: content,
      env: { DOSSIER_CACHE_DIR: cacheDir },
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.code).toBe(1);
    expect(output).toMatch(
      new RegExp(
        `briefings/maduro-police-cooperation/briefing\\.md:${line}:1  quote-not-found  Quote not found in the source: “It is a triumph`,
      ),
    );
    expect(output).toContain('The build stopped: fix the errors above');
    expect(output).not.toMatch(/^ {4}at /m);
    expect(output).not.toContain('generating static routes');
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
    // Neither the data files nor the search index were written.
    expect(existsSync(path.join(outDir, 'briefings'))).toBe(false);
    expect(existsSync(path.join(outDir, 'pagefind'))).toBe(false);
  }, 300_000);
});

describe('astro build on placeholders the live preview shows flagged', () => {
  it('refuses each one as npm run check does, at file:line:column with the fix, before writing a page', async () => {
    const content = temps.content({ briefings: true });
    const file = path.join(content, 'briefings/maduro-police-cooperation/annotations.md');
    writeFileSync(
      file,
      ':::quote{by=fill-in-speaker}\n> through information exchange and joint operations\n:::\n\n:::event{date=fill-in-date}\n> through information exchange\n:::\n\n::::claim{by=venezuelan-government rating=fill-in-rating statement="fill-in-statement"}\n> information exchange\n::::\n',
    );
    const work = temps.dir('build');
    const outDir = path.join(work, 'out');
    const run = await astro(['build', '--outDir', outDir], {
      contentDir: content,
      env: { DOSSIER_CACHE_DIR: path.join(work, 'cache') },
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.code).toBe(1);
    const at = 'briefings/maduro-police-cooperation/annotations\\.md';
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const cases: [string, string, string][] = [
      ['1:10', 'by=fill-in-speaker on :::quote', 'Replace it with the actor id of who said it'],
      ['5:10', 'date=fill-in-date on :::event', 'Replace it with the value this :::event needs'],
      [
        '9:36',
        'rating=fill-in-rating on :::claim',
        "Replace it with your verdict, the id of a rating on the site's scale",
      ],
      ['9:58', 'statement="fill-in-statement" on :::claim', 'Replace it with what the words claim'],
    ];
    for (const [where, what, hint] of cases)
      expect(output).toMatch(
        new RegExp(
          `${at}:${where}  placeholder-unfilled  ${escape(what)} is a placeholder npm run suggest wrote for you to fill in[^\\n]*\\n {4}hint: ${escape(hint)}`,
        ),
      );
    expect(output).toContain('The build stopped: fix the errors above');
    expect(output).not.toContain('to fill in"');
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
  }, 300_000);
});

describe('astro build with an unfinished draft', () => {
  it('builds the published briefings and lists the draft’s problems as draft warnings, never publishing it', async () => {
    const content = temps.content({ briefings: true });
    const article = path.join(ROOT, 'test/fixtures/articles/valparaiso-port-strike.txt');
    const imported = await cli(
      'new',
      [article, '--slug', 'port-strike-draft', '--published', '2026-03-14'],
      {
        contentDir: content,
      },
    );
    expect(imported.code, imported.stderr).toBe(0);
    const draft = readFileSync(
      path.join(content, 'briefings/port-strike-draft/briefing.md'),
      'utf8',
    );
    expect(draft).toMatch(/^status: draft$/m);

    const check = await cli('check', [], { contentDir: content });
    expect(check.code, check.stderr).toBe(0);
    const checked = `${check.stdout}\n${check.stderr}`;
    expect(checked).toMatch(
      /port-strike-draft\/briefing\.md:\d+:\d+ {2}briefing-empty {2}warning \(draft\) /,
    );
    expect(checked).toMatch(
      /port-strike-draft\/briefing\.md:\d+:\d+ {2}frontmatter-invalid {2}warning \(draft\) /,
    );

    // Neither a file that is not UTF-8 nor a status in capitals makes it stop the build.
    const folder = path.join(content, 'briefings/port-strike-draft');
    writeFileSync(
      path.join(folder, 'briefing.md'),
      draft.replace(/^status: draft$/m, 'status: Draft'),
    );
    writeFileSync(path.join(folder, 'notes.md'), Buffer.from([0x3e, 0x20, 0xe9, 0x0a]));

    const outDir = path.join(temps.dir('build'), 'out');
    const run = await astro(['build', '--outDir', outDir], { contentDir: content });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.code, output.slice(-3000)).toBe(0);
    expect(output).toMatch(/frontmatter-invalid {2}warning \(draft\) /);
    expect(output).toMatch(
      /port-strike-draft\/notes\.md:1:3 {2}file-encoding {2}warning \(draft\) /,
    );
    // astro.config.mjs still has the example address: the build says so, and how to fix it.
    expect(output).toContain(
      '`site` in astro.config.mjs is still the example address https://dossier.example.org',
    );
    expect(existsSync(path.join(outDir, 'briefings/maduro-police-cooperation/index.html'))).toBe(
      true,
    );
    expect(existsSync(path.join(outDir, 'briefings/port-strike-draft'))).toBe(false);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).not.toContain(
      'port-strike-draft',
    );
  }, 300_000);
});

describe("astro build with the newsroom's options", () => {
  it('names the site, writes its language and dates, shows its logo, and does not warn about its own address', async () => {
    const content = temps.content({ briefings: true });
    // A config beside the project's (Astro resolves the integration's modules from it).
    mkdirSync(path.join(ROOT, '.cache/runs'), { recursive: true });
    const configDir = mkdtempSync(path.join(ROOT, '.cache/runs/newsroom-'));
    temps.adopt(configDir);
    const config = path.join(configDir, 'astro.config.mjs');
    const integration = path.relative(configDir, path.join(ROOT, 'src/integration/dossier.ts'));
    writeFileSync(
      config,
      [
        "import { defineConfig } from 'astro/config';",
        `import { dossier } from '${integration.split(path.sep).join('/')}';`,
        'export default defineConfig({',
        "  site: 'https://briefings.ledger.example.net',",
        "  trailingSlash: 'always',",
        '  integrations: [',
        "    dossier({ name: 'The Coastal Ledger', description: 'Briefings from the coast.', language: 'es', logo: { src: '/favicon.svg', alt: '' } }),",
        '  ],',
        '});',
        '',
      ].join('\n'),
    );
    const outDir = path.join(temps.dir('build'), 'out');
    const run = await astro(
      ['build', '--config', path.relative(ROOT, config), '--outDir', outDir],
      {
        contentDir: content,
      },
    );
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.code, output.slice(-3000)).toBe(0);
    expect(output).not.toContain('is still the example address');
    const page = readFileSync(
      path.join(outDir, 'briefings/maduro-police-cooperation/index.html'),
      'utf8',
    );
    expect(page).toContain('<html lang="es">');
    expect(page).toContain(
      '<title>Maduro offers police cooperation to neighbours · The Coastal Ledger</title>',
    );
    expect(page).toContain('<meta property="og:site_name" content="The Coastal Ledger">');
    expect(page).toContain('<meta property="og:locale" content="es">');
    expect(page).toMatch(
      /<a class="site-name" href="\/"><img class="site-logo" src="\/favicon.svg" alt(?:="")? height="32">The Coastal Ledger<\/a>/,
    );
    expect(page).toContain(
      '<span class="site-footer-name">The Coastal Ledger</span>: Briefings from the coast.',
    );
    // Dates as Spanish writes them; the English source keeps its own language on its text.
    expect(page).toContain('<time datetime="2025-12-06">6 dic 2025</time>');
    expect(page).toContain('<ol class="paragraphs" lang="en">');
    const graph = JSON.parse(
      /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)?.[1] ?? '{}',
    ) as { '@graph': { '@type': string; publisher?: unknown; inLanguage?: string }[] };
    const article = graph['@graph'].find((n) => n['@type'] === 'Article');
    expect(article?.inLanguage).toBe('es');
    expect(article?.publisher).toEqual({
      '@type': 'Organization',
      name: 'The Coastal Ledger',
      url: 'https://briefings.ledger.example.net/',
      logo: 'https://briefings.ledger.example.net/favicon.svg',
    });
    const feed = readFileSync(path.join(outDir, 'rss.xml'), 'utf8');
    expect(feed).toContain('<title>The Coastal Ledger</title>');
    expect(feed).toContain('<description>Briefings from the coast.</description>');
    expect(feed).toContain('<language>es</language>');
  }, 300_000);

  it('refuses a logo that is not in public/', async () => {
    mkdirSync(path.join(ROOT, '.cache/runs'), { recursive: true });
    const configDir = mkdtempSync(path.join(ROOT, '.cache/runs/newsroom-'));
    temps.adopt(configDir);
    const config = path.join(configDir, 'astro.config.mjs');
    const integration = path.relative(configDir, path.join(ROOT, 'src/integration/dossier.ts'));
    writeFileSync(
      config,
      [
        "import { defineConfig } from 'astro/config';",
        `import { dossier } from '${integration.split(path.sep).join('/')}';`,
        "export default defineConfig({ site: 'https://briefings.ledger.example.net', integrations: [dossier({ logo: { src: '/ledger.svg' } })] });",
        '',
      ].join('\n'),
    );
    const run = await astro(
      [
        'build',
        '--config',
        path.relative(ROOT, config),
        '--outDir',
        path.join(temps.dir('build'), 'out'),
      ],
      {
        contentDir: temps.content({ briefings: true }),
      },
    );
    expect(run.code).not.toBe(0);
    expect(`${run.stdout}\n${run.stderr}`).toContain(
      'dossier() in astro.config.mjs: logo.src "/ledger.svg" is not a file in public/',
    );
  }, 300_000);
});
