// The briefing layout in a real Chromium: the source within two phone screens, marks
// told apart by line style with lines at 3:1 against the page in light and dark mode,
// actor cards as tall as their content, no sideways scrolling at 320 px, and a print
// layout with the site's address and link addresses on the paper.
import { describe, expect, it, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { browseBuiltSite } from '../helpers/site-browser.ts';

const SEED = '/briefings/maduro-police-cooperation/';
const SECOND = '/briefings/valparaiso-port-strike/';

const site = browseBuiltSite(() => inject('fixtureDist'));

async function open(route: string, width: number, height = 844): Promise<Page> {
  const page = await site.browser.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(`${site.server.url}${route}`);
  return page;
}

/** WCAG 2 contrast ratio of two `rgb(…)`/`rgba(…)` colours (opaque ones; alpha is ignored). */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r = 0, g = 0, bl = 0] = (css.match(/[\d.]+/g) ?? []).map(Number);
    const lin = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(bl);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe('the briefing on a phone', () => {
  it.each([SEED, SECOND])(
    '%s: the source’s first paragraph starts within the first two screens at 390×844',
    async (route) => {
      const page = await open(route, 390);
      const top = await page
        .locator('#p1')
        .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      expect(top).toBeGreaterThan(0);
      expect(top).toBeLessThan(2 * 844);
      // The contents line jumps to every part, and the source comes before them all.
      const targets = await page.locator('nav.contents ol a').evaluateAll((links) =>
        links.map((a) => {
          const id = (a.getAttribute('href') ?? '').slice(1);
          const el = document.getElementById(id);
          return { id, top: el ? el.getBoundingClientRect().top + window.scrollY : -1 };
        }),
      );
      expect(targets.map((t) => t.id)).toEqual(
        expect.arrayContaining([
          'source-heading',
          'quotes-heading',
          'timeline-heading',
          'actors-heading',
        ]),
      );
      for (const t of targets) expect(t.top, t.id).toBeGreaterThan(0);
      // The verdicts come first, then the source before everything else.
      const source = targets.find((t) => t.id === 'source-heading')?.top ?? Infinity;
      for (const t of targets)
        if (t.id === 'claims-checked-heading') expect(t.top, t.id).toBeLessThan(source);
        else expect(t.top, t.id).toBeGreaterThanOrEqual(source);
      await page.close();
    },
  );
});

describe('marks', () => {
  it.each(['light', 'dark'] as const)(
    'each kind has its own line style, at least 3:1 against the page and its own tint (%s mode)',
    async (scheme) => {
      const styles: Record<string, { style: string; line: string; tint: string; page: string }> =
        {};
      for (const route of [SEED, SECOND]) {
        const page = await open(route, 1440, 900);
        await page.emulateMedia({ colorScheme: scheme });
        Object.assign(
          styles,
          await page.evaluate(() => {
            // A kind this briefing does not mark is styled on a mark added to ¶1 (notes on words are rare).
            for (const kind of ['quote', 'event', 'claim', 'evidence', 'note'])
              if (!document.querySelector(`.paragraph mark.span-${kind}`)) {
                const mark = document.createElement('mark');
                mark.className = `span span-${kind}`;
                mark.textContent = 'added';
                document.getElementById('p1')?.append(mark);
              }
            const found: Record<
              string,
              { style: string; line: string; tint: string; page: string }
            > = {};
            const pageBg = getComputedStyle(document.body).backgroundColor;
            for (const kind of ['quote', 'event', 'claim', 'evidence', 'note']) {
              const mark = document.querySelector(`.paragraph mark.span-${kind}:not(:target)`);
              if (!mark) continue;
              const css = getComputedStyle(mark);
              found[kind] =
                kind === 'note'
                  ? {
                      style: `underline ${css.textDecorationStyle}`,
                      line: css.textDecorationColor,
                      tint: css.backgroundColor,
                      page: pageBg,
                    }
                  : {
                      style: `border ${css.borderBottomStyle}`,
                      line: css.borderBottomColor,
                      tint: css.backgroundColor,
                      page: pageBg,
                    };
            }
            return found;
          }),
        );
        await page.close();
      }
      expect(Object.keys(styles).sort()).toEqual(['claim', 'event', 'evidence', 'note', 'quote']);
      expect(new Set(Object.values(styles).map((s) => s.style)).size).toBe(5);
      for (const [kind, s] of Object.entries(styles)) {
        expect(
          contrast(s.line, s.page),
          `${kind} line ${s.line} on page ${s.page}`,
        ).toBeGreaterThanOrEqual(3);
        expect(
          contrast(s.line, s.tint),
          `${kind} line ${s.line} on tint ${s.tint}`,
        ).toBeGreaterThanOrEqual(3);
      }
    },
  );

  it('the legend shows each kind marked in the source with the same line as in the text', async () => {
    const page = await open(SEED, 1440, 900);
    const legend = await page
      // The primary source's legend (each further source has its own).
      .locator('.source')
      .first()
      .locator('.mark-legend mark')
      .evaluateAll((marks) =>
        marks.map((m) => [m.className, getComputedStyle(m).borderBottomStyle]),
      );
    expect(legend).toEqual([
      ['span span-quote legend-sample', 'solid'],
      ['span span-event legend-sample', 'dashed'],
      ['span span-claim legend-sample', 'double'],
      ['span span-evidence legend-sample', 'dotted'],
    ]);
    await page.close();
  });
});

describe('actor cards', () => {
  it('are as tall as their own content, not the tallest card in their row', async () => {
    const page = await open(SEED, 1440, 900);
    const cards = await page.locator('li.actor').evaluateAll((items) =>
      items.map((card) => {
        const box = card.getBoundingClientRect();
        const last = card.lastElementChild?.getBoundingClientRect();
        const css = getComputedStyle(card);
        const gap =
          box.bottom -
          (last?.bottom ?? box.top) -
          parseFloat(css.paddingBottom) -
          parseFloat(css.borderBottomWidth);
        return { id: card.id, top: Math.round(box.top), height: box.height, gap };
      }),
    );
    const rows = new Set(cards.map((c) => c.top));
    expect(rows.size).toBeLessThan(cards.length); // several cards share a row at 1440 px
    for (const c of cards) expect(c.gap, c.id).toBeLessThan(12);
    expect(new Set(cards.map((c) => Math.round(c.height))).size).toBeGreaterThan(1);
    await page.close();
  });
});

describe('narrow screens', () => {
  it.each([
    SEED,
    SECOND,
    '/actors/nicolas-maduro/',
    '/actors/',
    '/timeline/',
    '/',
    '/search/',
    '/tags/venezuela/',
  ])('%s has no sideways scrolling at 320 px', async (route) => {
    const page = await open(route, 320);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
    await page.close();
  });
});

describe('print', () => {
  it('puts the site name and page address on the paper, link addresses after external links, and marks in line styles', async () => {
    const page = await open(SEED, 1440, 900);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-name').isVisible()).toBe(true);
    expect(await page.locator('.print-address').textContent()).toMatch(
      /^https?:\/\/[^/]+\/briefings\/maduro-police-cooperation\/$/,
    );
    expect(await page.locator('.site-header nav').isVisible()).toBe(false);
    const paper = await open(SECOND, 1440, 900);
    await paper.emulateMedia({ media: 'print' });
    const external = await paper
      .locator('a.external[href^="http"]:visible')
      .evaluateAll((links) =>
        links.map((a) => [a.getAttribute('href'), getComputedStyle(a, '::after').content]),
      );
    // The source's own page and the context's citation; the Text Fragment links per quote are left off.
    expect(external.length).toBeGreaterThanOrEqual(2);
    for (const [href, after] of external) expect(after).toBe(`" <${href}>"`);
    expect(await paper.locator('a.text-fragment').first().isVisible()).toBe(false);
    await paper.close();
    const internal = await page
      .locator('a.para-link')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(internal).toMatch(/^(none|normal)$/);
    const lines = await page.evaluate(() =>
      ['quote', 'event', 'claim', 'evidence'].map((k) => {
        const m = document.querySelector(`.paragraph mark.span-${k}`);
        return m ? getComputedStyle(m).borderBottomStyle : '';
      }),
    );
    expect(lines).toEqual(['solid', 'dashed', 'double', 'dotted']);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});
