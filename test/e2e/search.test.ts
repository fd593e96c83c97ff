// Search in a real Chromium: nothing of Pagefind loads until the reader uses the
// box; typing a word from the seed finds the seed briefing, naming the briefing
// and what matched; results link to fragments that exist; no console errors, no
// axe-core violations. A screenshot goes to .cache/shots/search.png.
import { describe, expect, it, inject } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { axe, consoleErrors } from '../helpers/browser.ts';
import { browseBuiltSite, SHOTS } from '../helpers/site-browser.ts';

const SEED_TITLE = 'Maduro offers police cooperation to neighbours';
const SECOND_TITLE = "Valparaíso's port strike ends with a two-year wage deal";

const site = browseBuiltSite(() => inject('fixtureDist'));

/** Opens the search page, recording every request for Pagefind's files. */
async function openSearch(
  query = '',
): Promise<{ page: Page; pagefindRequests: string[]; errors: string[] }> {
  const page = await site.browser.context.newPage();
  const errors = consoleErrors(page);
  const pagefindRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) pagefindRequests.push(r.url());
  });
  await page.goto(`${site.server.url}/search/${query}`);
  return { page, pagefindRequests, errors };
}

const results = (page: Page) => page.locator('#search-results > li');

describe('search', () => {
  it('loads nothing of Pagefind until the box is used, then finds the seed briefing for “Aragua”', async () => {
    const { page, pagefindRequests, errors } = await openSearch();
    await page.waitForLoadState('networkidle');
    expect(pagefindRequests).toEqual([]);

    await page.getByLabel('Search briefings, quotes, actors and events').fill('Aragua');
    await expect.poll(() => results(page).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(pagefindRequests.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
    // The seed briefing is in the index's second shard (the fixture site has two), merged;
    // the other shard, which has no "Aragua", gives no result for its "a" (below).
    expect(pagefindRequests.some((u) => u.endsWith('/pagefind/shards.json'))).toBe(true);
    expect(pagefindRequests.some((u) => u.includes('/pagefind/shard/'))).toBe(true);

    const texts = await results(page).allTextContents();
    expect(texts.some((t) => t.includes(SEED_TITLE))).toBe(true);
    expect(texts.some((t) => t.includes(SECOND_TITLE))).toBe(false);
    const actor = results(page).filter({
      has: page.locator('h2 a[href="/actors/tren-de-aragua/"]'),
    });
    await expect.poll(() => actor.count()).toBe(1);
    expect(await actor.textContent()).toContain(`Actor in the briefing “${SEED_TITLE}”`);
    expect(await results(page).locator('mark').first().textContent()).toMatch(/aragua/i);
    expect(await page.locator('#search-status').textContent()).toMatch(
      /^\d+\+? results? for “Aragua”\.$/,
    );
    expect(new URL(page.url()).searchParams.get('q')).toBe('Aragua');

    await page.screenshot({ path: path.join(SHOTS, 'search.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('results link to fragments that exist on the briefing page', async () => {
    const { page, errors } = await openSearch('?q=Aragua');
    await expect.poll(() => results(page).count(), { timeout: 10_000 }).toBeGreaterThan(1);
    const hrefs = await results(page)
      .locator('h2 a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.some((h) => /#(q|e|c)-/.test(h))).toBe(true);
    expect(hrefs).toContain('/actors/tren-de-aragua/');
    expect(hrefs.some((h) => h.includes('#actor-'))).toBe(false);
    for (const href of hrefs) {
      const [pathname = '', fragment] = href.split('#');
      const target = await site.browser.context.newPage();
      const response = await target.goto(`${site.server.url}${pathname}`);
      expect(response?.status(), href).toBe(200);
      if (fragment) expect(await target.locator(`[id="${fragment}"]`).count(), href).toBe(1);
      await target.close();
    }
    await results(page).locator('h2 a[href="/actors/tren-de-aragua/"]').click();
    await expect
      .poll(() => page.evaluate(() => location.pathname + location.hash))
      .toBe('/actors/tren-de-aragua/');
    expect(await page.locator('h1').textContent()).toBe('Tren de Aragua');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows excerpts that read as sentences: whole sentences of one section, the match marked', async () => {
    const { page, errors } = await openSearch('?q=Aragua');
    await expect.poll(() => results(page).count(), { timeout: 10_000 }).toBeGreaterThan(3);
    const excerpts = await results(page).locator('.result-excerpt').allTextContents();
    for (const excerpt of excerpts) {
      // A sentence begins with a capital, a quotation mark or a cut (…), and ends with its stop or a cut.
      expect(excerpt, excerpt).toMatch(/^(?:[\p{Lu}\d“"]|… )/u);
      expect(excerpt, excerpt).toMatch(/(?:[.!?…]["”’)]*|…)$/u);
    }
    const actor = results(page).filter({
      has: page.locator('h2 a[href="/actors/tren-de-aragua/"]'),
    });
    // The actor's section: its first matching sentence (short, so the next one too), not its
    // heading stitched to the words that follow it.
    expect(await actor.locator('.result-excerpt').textContent()).toBe(
      'Also called: Aragua Train. Country: Venezuela.',
    );
    expect(await actor.locator('.result-excerpt mark').allTextContents()).toEqual(['Aragua']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds a quote by its words and names its speaker and briefing', async () => {
    const { page, errors } = await openSearch();
    await page.locator('#search-input').fill('competitiveness');
    await page.locator('#search-input').press('Enter');
    const quote = results(page).filter({
      has: page.locator('h2 a[href$="#q-guarantees-the-port-s-competitiveness"]'),
    });
    await expect.poll(() => quote.count(), { timeout: 10_000 }).toBe(1);
    expect(await quote.textContent()).toContain(
      "Terminal Pacífico Sur: “guarantees the port's competitiveness”",
    );
    expect(await quote.textContent()).toContain(`Quote in the briefing “${SECOND_TITLE}”`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says when nothing matches', async () => {
    const { page } = await openSearch();
    await page.locator('#search-input').fill('zzyzxqv');
    await expect
      .poll(() => page.locator('#search-status').textContent(), { timeout: 10_000 })
      .toBe('No results for “zzyzxqv”.');
    expect(await results(page).count()).toBe(0);
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'has no axe-core violations with results shown (%s mode)',
    async (scheme) => {
      const { page, errors } = await openSearch();
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axe(page), 'empty page').toEqual([]);
      await page.locator('#search-input').fill('Maduro');
      await expect.poll(() => results(page).count(), { timeout: 10_000 }).toBeGreaterThan(0);
      const violations = await axe(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});
