// Annotating from the live preview, end to end: `npm run dev` on a copy of the content
// (the seed with test/fixtures/two-sources/ as a further source), a real Chromium selects
// words on the briefing page, the menu's buttons write the annotation, the terminal says
// where, and the page reloads with the new mark. Hostile messages on the channel change
// nothing.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Browser } from '../helpers/browser.ts';
import {
  cli,
  fileDigests,
  ROOT,
  startDevServer,
  until as untilOr,
  type DevServer,
} from '../helpers/cli.ts';
import { openHmrSocket } from '../helpers/hmr-socket.ts';
import { selectWords } from '../helpers/select-words.ts';

const content = mkdtempSync(path.join(tmpdir(), 'dossier-annotate-'));
cpSync(path.join(ROOT, 'content'), content, { recursive: true });
const seedDir = path.join(content, 'briefings/maduro-police-cooperation');
mkdirSync(path.join(seedDir, 'sources'));
cpSync(
  path.join(ROOT, 'test/fixtures/two-sources/coastal-wire.md'),
  path.join(seedDir, 'sources/coastal-wire.md'),
);
const ANNOTATIONS = path.join(seedDir, 'annotations.md');
const PAGE = '/briefings/maduro-police-cooperation/';
let dev: DevServer;
let browser: Browser | undefined;
let base = '';

/** Polls until `probe` gives something; fails with the dev server's last output. */
const until = <T>(
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  what: string,
  timeout = 60_000,
) => untilOr(probe, what, { timeout, said: () => dev.output });

/** Every file of the content copy, path → digest. */
const snapshot = () => fileDigests(content);

/** The briefing page, with the annotate app loaded (it starts when the browser is idle). */
async function openPage(): Promise<Page> {
  const page = await browser!.context.newPage();
  await page.goto(`${base}${PAGE}`);
  await page.waitForFunction(() => document.querySelector('dossier-annotate') !== null, null, {
    timeout: 60_000,
  });
  return page;
}

/** What is appended to annotations.md after it read `before`, once something is (`before` itself unchanged). */
async function appendedAfter(before: string, what: string): Promise<string> {
  const text = await until(() => {
    const now = readFileSync(ANNOTATIONS, 'utf8');
    return now.length > before.length ? now : undefined;
  }, what);
  expect(text.startsWith(before)).toBe(true);
  return text.slice(before.length);
}

/** The "to fill in" flag right after the mark of `kind` on `words` in `#id`, once the page shows it. */
async function flagAfterMark(page: Page, id: string, kind: string, words: string): Promise<string> {
  const flag = await page.waitForFunction(
    ({ id, kind, words }) => {
      const mark = [...document.querySelectorAll(`#${id} mark.span-${kind}`)].find(
        (m) => m.textContent === words,
      );
      const next = mark?.nextElementSibling;
      return next?.classList.contains('to-fill-flag') ? next.textContent : undefined;
    },
    { id, kind, words },
    { timeout: 60_000 },
  );
  return (await flag.jsonValue()) ?? '';
}

/** Waits until the page marks `words` in `#id` as a `kind`. */
async function markShown(page: Page, id: string, kind: string, words: string): Promise<void> {
  await page.waitForFunction(
    ({ id, kind, words }) =>
      [...document.querySelectorAll(`#${id} mark.span-${kind}`)].some(
        (m) => m.textContent === words,
      ),
    { id, kind, words },
    { timeout: 60_000 },
  );
}

/** Waits until the page links `words` in `#id` to the actor `actor`. */
async function mentionLinked(page: Page, id: string, actor: string, words: string): Promise<void> {
  await page.waitForFunction(
    ({ id, actor, words }) =>
      [...document.querySelectorAll(`#${id} a.mention`)].some(
        (a) => a.getAttribute('href') === `#actor-${actor}` && a.textContent === words,
      ),
    { id, actor, words },
    { timeout: 60_000 },
  );
}

/** Text of the marks of `kind` in the paragraph `#id`. */
function marks(page: Page, id: string, kind: string): Promise<string[]> {
  return page
    .locator(`#${id} mark.span-${kind}`)
    .allTextContents()
    .catch(() => []);
}

beforeAll(async () => {
  dev = await startDevServer(content, { ready: PAGE });
  base = dev.base;
  browser = await launch();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  dev?.stop();
  rmSync(content, { recursive: true, force: true });
});

describe('annotating from the live preview', () => {
  it('registers the app in the toolbar, and answers on the channel (test/dev/annotate-host.test.ts: not with --host)', async () => {
    const toolbar = await (await fetch(`${base}/@id/astro:toolbar:internal`)).text();
    expect(toolbar).toContain('loadDevToolbarApps');
    expect(toolbar).toContain('annotate-app');
    const channel = await openHmrSocket(base);
    try {
      channel.send('dossier:annotate', {
        request: 'loopback-guess',
        action: 'guess',
        slug: 'maduro-police-cooperation',
        source: '',
        paragraph: 4,
        start: 0,
        end: 9,
        words: 'Therefore',
      });
      const reply = await until(
        () => channel.received.find((m) => m.event === 'dossier:annotate-result'),
        'the answer',
      );
      expect(reply.data).toMatchObject({ request: 'loopback-guess', ok: true, action: 'guess' });
    } finally {
      channel.close();
    }
  }, 60_000);

  it('writes a quote selected in ¶4 from the keyboard, prints where, and shows its mark', async () => {
    const page = await openPage();
    const words = 'insisted on its readiness to put it at the service of neighboring countries';
    expect(await marks(page, 'p4', 'quote')).toEqual([]);
    await selectWords(page, 'p4', words);
    const quote = page.getByRole('button', { name: 'Quote', exact: true });
    await quote.waitFor({ state: 'visible' });
    for (const name of ['Event', 'Claim', 'Note', 'Mention'])
      expect(await page.getByRole('button', { name, exact: true }).isVisible()).toBe(true);
    // The text does not say who ("it insisted"): the editor chooses the speaker.
    await page
      .getByRole('combobox', { name: 'Speaker or actor' })
      .selectOption('venezuelan-government');
    await page.keyboard.press('Alt+Shift+A');
    expect(
      await quote.evaluate(
        (b) =>
          b.getRootNode() instanceof ShadowRoot &&
          (b.getRootNode() as ShadowRoot).activeElement === b,
      ),
    ).toBe(true);
    await page.keyboard.press('q');
    const written = await until(
      () => (existsSync(ANNOTATIONS) ? readFileSync(ANNOTATIONS, 'utf8') : undefined),
      'annotations.md',
    );
    expect(written).toMatch(
      new RegExp(
        `^:::quote\\{by=venezuelan-government\\}\\n\\[//\\]: # "[^"\\n]*"\\n\\n> ${words}\\n:::\\n$`,
      ),
    );
    await until(
      () =>
        dev.output.includes('annotate: wrote ') && /annotations\.md:1: quote on/.test(dev.output),
      'the file and line in the terminal',
    );
    await markShown(page, 'p4', 'quote', words);
    await page.close();
  }, 120_000);

  it('writes a quote in a further source by mouse, appended after the first, and shows its mark', async () => {
    const page = await openPage();
    const before = readFileSync(ANNOTATIONS, 'utf8');
    const words = 'telling an official event that criminal gangs had been';
    await selectWords(page, 'coastal-wire-p2', words);
    await page.getByRole('combobox', { name: 'Speaker or actor' }).selectOption('nicolas-maduro');
    await page.getByRole('button', { name: 'Quote', exact: true }).click();
    // The first block is untouched; the new one follows a blank line, in the further source.
    expect(await appendedAfter(before, 'the second annotation')).toMatch(
      /^\n:::quote\{by=nicolas-maduro source=coastal-wire\}\n\[\/\/\]: # "[^"\n]*"\n\n> telling an official event that criminal gangs had been\n:::\n$/,
    );
    await until(() => /annotations\.md:7: quote on/.test(dev.output), 'line 7 in the terminal');
    await markShown(page, 'coastal-wire-p2', 'quote', words);
    await page.close();
  }, 120_000);

  it('writes a Quote whose speaker the text does not give, and shows its mark flagged "speaker to fill in", not the error page', async () => {
    const page = await openPage();
    const before = readFileSync(ANNOTATIONS, 'utf8');
    const words = 'through information exchange and joint operations';
    await selectWords(page, 'p4', words);
    // Dossier's guess (the default) finds no speaker in "it insisted … through …".
    await page.getByRole('button', { name: 'Quote', exact: true }).click();
    const added = await appendedAfter(before, 'the quote');
    expect(added).toMatch(
      /^\n:::quote\{by=fill-in-speaker\}\n\[\/\/\]: # "[^"\n]*"\n\n> through information exchange and joint operations\n:::\n$/,
    );
    expect(await flagAfterMark(page, 'p4', 'quote', words)).toBe('speaker to fill in');
    expect(await page.locator('#dossier-content-errors').count()).toBe(0);
    // Its entry in the page's list of what is to fill in, and the terminal's warning.
    const entry = page.locator('section.to-fill li', { hasText: words });
    expect(await entry.textContent()).toMatch(
      /^Quote speaker to fill in “through information exchange and joint operations” · ¶4 · \S*annotations\.md:\d+$/,
    );
    await until(
      () =>
        /placeholder-unfilled {2}warning by=fill-in-speaker on :::quote is still to fill in/.test(
          dev.output,
        ),
      'the warning in the terminal',
    );
    await page.close();
  }, 120_000);

  it('writes a Claim with its rating and statement to fill in, and shows its mark flagged, not the error page', async () => {
    const page = await openPage();
    const before = readFileSync(ANNOTATIONS, 'utf8');
    const words = 'information exchange';
    await selectWords(page, 'p4', words);
    await page
      .getByRole('combobox', { name: 'Speaker or actor' })
      .selectOption('venezuelan-government');
    await page.getByRole('button', { name: 'Claim', exact: true }).click();
    const added = await appendedAfter(before, 'the claim');
    expect(added).toMatch(
      /^\n::::claim\{by=venezuelan-government rating=fill-in-rating statement="fill-in-statement"\}\n/,
    );
    expect(await flagAfterMark(page, 'p4', 'claim', words)).toBe(
      'rating to fill in · statement to fill in',
    );
    expect(await page.locator('#dossier-content-errors').count()).toBe(0);
    // Not in the claims list: it has no rating to show there yet.
    expect(await page.locator('.claim-list li', { hasText: words }).count()).toBe(0);
    expect(
      await page.locator('section.to-fill li', { hasText: `“${words}”` }).textContent(),
    ).toMatch(/^Claim rating to fill in · statement to fill in “information exchange” · ¶4 · /);
    await page.close();
  }, 120_000);

  it('npm run check still refuses the placeholders the preview shows flagged, at file:line:column with the fix', async () => {
    const text = readFileSync(ANNOTATIONS, 'utf8');
    const line = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
    const run = await cli('check', [], { contentDir: content });
    const report = `${run.stdout}\n${run.stderr}`;
    expect(run.code).toBe(1);
    const file = 'briefings/maduro-police-cooperation/annotations\\.md';
    expect(report).toMatch(
      new RegExp(
        `${file}:${line(':::quote{by=fill-in-speaker}')}:10  placeholder-unfilled  by=fill-in-speaker on :::quote is a placeholder npm run suggest wrote for you to fill in: "fill-in-speaker" is not a real value\\.\\n {4}hint: Replace it with the actor id of who said it`,
      ),
    );
    const claim = line('::::claim{by=venezuelan-government rating=fill-in-rating');
    expect(report).toMatch(
      new RegExp(
        `${file}:${claim}:36  placeholder-unfilled  rating=fill-in-rating on :::claim is a placeholder`,
      ),
    );
    expect(report).toMatch(
      new RegExp(
        `${file}:${claim}:58  placeholder-unfilled  statement="fill-in-statement" on :::claim is a placeholder`,
      ),
    );
  }, 120_000);

  it('refuses a selection across paragraphs in the menu, and writes nothing', async () => {
    const page = await openPage();
    const files = snapshot();
    await page.evaluate(() => {
      const text = (id: string) =>
        document.createTreeWalker(document.getElementById(id)!, NodeFilter.SHOW_TEXT).nextNode()!;
      const range = document.createRange();
      range.setStart(text('p3'), 5);
      range.setEnd(text('p4'), 5);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    });
    await page.getByText('Select words inside one paragraph').waitFor();
    expect(await page.getByRole('button', { name: 'Quote', exact: true }).isDisabled()).toBe(true);
    expect(snapshot()).toEqual(files);
    await page.close();
  }, 60_000);

  it('links the words to the actor picked for a Mention, adding them to its aliases and nothing else', async () => {
    const page = await openPage();
    const actorFile = path.join(content, 'actors/venezuelan-government.md');
    const before = readFileSync(actorFile, 'utf8');
    const words = 'officials in Caracas';
    expect(
      await page.locator('#coastal-wire-p3 a.mention[href="#actor-venezuelan-government"]').count(),
    ).toBe(0);
    await selectWords(page, 'coastal-wire-p3', words);
    await page
      .getByRole('combobox', { name: 'Speaker or actor' })
      .selectOption('venezuelan-government');
    await page.getByRole('button', { name: 'Mention', exact: true }).click();
    await until(() => /: role of venezuelan-government, named as/.test(dev.output), 'the mention');
    // One line of the actor file changed: the words added to its one-line list.
    expect(readFileSync(actorFile, 'utf8')).toBe(
      before.replace(
        'aliases: [Venezuelan government, Gobierno venezolano, Gobierno de Venezuela]',
        'aliases: [Venezuelan government, Gobierno venezolano, Gobierno de Venezuela, officials in Caracas]',
      ),
    );
    expect(readFileSync(ANNOTATIONS, 'utf8')).toMatch(
      /\n:::actor\{ref=venezuelan-government\}\n\[\/\/\]: # "Named as “officials in Caracas” in coastal-wire ¶3\.[^"\n]*"\n:::\n$/,
    );
    expect(dev.output).toContain(
      "Added “officials in Caracas” to Government of Venezuela's aliases in",
    );
    await mentionLinked(page, 'coastal-wire-p3', 'venezuelan-government', words);
    await page.close();
  }, 120_000);

  it('adds the alias alone for a Mention of an actor whose :::actor block the briefing has, and the page links the words', async () => {
    const page = await openPage();
    const actorFile = path.join(content, 'actors/nicolas-maduro.md');
    const before = readFileSync(actorFile, 'utf8');
    const annotations = readFileSync(ANNOTATIONS, 'utf8');
    const words = 'The president';
    expect(await page.locator('#p2 a.mention[href="#actor-nicolas-maduro"]').count()).toBe(0);
    // briefing.md has :::actor{ref=nicolas-maduro}: a second block would be a duplicate.
    await selectWords(page, 'p2', words);
    await page.getByRole('combobox', { name: 'Speaker or actor' }).selectOption('nicolas-maduro');
    await page.getByRole('button', { name: 'Mention', exact: true }).click();
    await until(
      () =>
        /actors\/nicolas-maduro\.md:4: alias of nicolas-maduro, “The president”/.test(dev.output),
      'the alias in the terminal',
    );
    expect(readFileSync(actorFile, 'utf8')).toBe(
      before.replace(
        'aliases: [Nicolas Maduro, Maduro]',
        'aliases: [Nicolas Maduro, Maduro, The president]',
      ),
    );
    expect(readFileSync(ANNOTATIONS, 'utf8')).toBe(annotations);
    await mentionLinked(page, 'p2', 'nicolas-maduro', words);
    await page.close();
  }, 120_000);

  it('refuses a Mention whose words another actor already goes by, and writes nothing', async () => {
    const page = await openPage();
    const files = snapshot();
    // "Maduro" is a name of Nicolás Maduro: it cannot become the government's alias too.
    await selectWords(page, 'p3', 'Maduro');
    await page
      .getByRole('combobox', { name: 'Speaker or actor' })
      .selectOption('venezuelan-government');
    await page.getByRole('button', { name: 'Mention', exact: true }).click();
    await page.getByText(/already a name of Nicolás Maduro/).waitFor({ timeout: 60_000 });
    expect(snapshot()).toEqual(files);
    await page.close();
  }, 60_000);

  it('drafts a new actor file from a Mention, and the page links the words to it', async () => {
    const page = await openPage();
    const words = 'Venezuelan television';
    const file = path.join(content, 'actors/venezuelan-television.md');
    expect(existsSync(file)).toBe(false);
    await selectWords(page, 'p2', words);
    await page.getByRole('combobox', { name: 'Speaker or actor' }).selectOption('+new');
    await page.getByRole('button', { name: 'Mention', exact: true }).click();
    const text = await until(
      () => existsSync(file) && readFileSync(file, 'utf8'),
      'the actor file',
    );
    expect(text).toMatch(/^---\nname: Venezuelan television\nkind: other\naliases: \[\]\n---\n/);
    await until(
      () => /actors\/venezuelan-television\.md:1: new actor venezuelan-television/.test(dev.output),
      'the new actor in the terminal',
    );
    await mentionLinked(page, 'p2', 'venezuelan-television', words);
    await page.close();
  }, 120_000);

  it('refuses hostile messages on the channel and changes nothing', async () => {
    const page = await openPage();
    const files = snapshot();
    const p4 = readFileSync(path.join(seedDir, 'source.md'), 'utf8').split('\n\n')[4] ?? '';
    expect(p4.startsWith('Therefore, it insisted')).toBe(true);
    const valid = {
      action: 'write',
      slug: 'maduro-police-cooperation',
      source: '',
      paragraph: 4,
      start: 0,
      end: 9,
      words: 'Therefore',
      kind: 'note',
    };
    const hostile: Record<string, unknown>[] = [
      { ...valid, slug: '../../../tmp' },
      { ...valid, slug: 'no-such-briefing' },
      { ...valid, source: '../source' },
      { ...valid, source: 'no-such-source' },
      { ...valid, start: 5000, end: 5009 },
      { ...valid, start: 9, end: 0 },
      { ...valid, paragraph: 99 },
      { ...valid, words: 'Fabricate' },
      { ...valid, kind: '<img src=x onerror=alert(1)>' },
      { ...valid, kind: 'quote', actor: '"><script>alert(1)</script>' },
      { ...valid, kind: 'quote', actor: 'no-such-actor' },
      { ...valid, words: 'x'.repeat(100_000) },
      { ...valid, path: '/etc/passwd' },
      { ...valid, file: '../../package.json' },
      { ...valid, start: -1 },
      { ...valid, start: 0.5 },
      { action: 'delete', slug: 'maduro-police-cooperation' },
      { ...valid, request: 'r-hostile', words: null },
    ];
    // Vite's own client, already on the page, gives a channel to the dev server. (A string:
    // vitest would rewrite an import() written in this file.) The hostile messages first,
    // every answer awaited: none writes, so the page stays.
    const replies = (await page.evaluate(`(async (messages) => {
      const client = await import('/@vite/client');
      const hot = client.createHotContext('/hostile-test');
      const answers = [];
      hot.on('dossier:annotate-result', (data) => answers.push(data));
      messages.forEach((m, i) => hot.send('dossier:annotate', { request: 'h' + i, ...m }));
      const end = Date.now() + 30000;
      while (answers.length < messages.length && Date.now() < end)
        await new Promise((r) => setTimeout(r, 100));
      window.hostileChannel = hot;
      return answers;
    })(${JSON.stringify(hostile)})`)) as { request: string; ok: boolean }[];
    expect(replies.map((r) => r.request).sort()).toEqual(
      hostile.map((m, i) => (typeof m['request'] === 'string' ? m['request'] : `h${i}`)).sort(),
    );
    expect(replies.filter((r) => r.ok)).toEqual([]);
    expect(snapshot()).toEqual(files);
    // Then one valid message on the same channel, proving it was open: it writes, and the
    // page reloads (so its answer is read from the terminal, not the page).
    const at = dev.output.length;
    await page.evaluate(
      `window.hostileChannel.send('dossier:annotate', ${JSON.stringify({ request: 'valid', ...valid })})`,
    );
    await until(
      () => /annotate: wrote [^\n]*annotations\.md:\d+: note on/.test(dev.output.slice(at)),
      'the valid note in the terminal',
    );
    // Only the valid message wrote: a note appended to annotations.md.
    const now = snapshot();
    const changed = [...now.keys()].filter((file) => now.get(file) !== files.get(file));
    expect(changed).toEqual([ANNOTATIONS]);
    expect(readFileSync(ANNOTATIONS, 'utf8')).toMatch(/\n:::note\n> Therefore\n/);
    expect(existsSync(path.join(content, 'annotations.md'))).toBe(false);
    expect(existsSync(path.join(path.dirname(content), 'tmp/annotations.md'))).toBe(false);
    // The page reloads with the note's mark. (Closed only then: closing a page while it
    // reloads can hang Chromium's close.)
    await markShown(page, 'p4', 'note', 'Therefore');
    await page.close();
  }, 90_000);
});
