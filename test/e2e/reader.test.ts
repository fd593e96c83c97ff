// A reader in a real Chromium: follow a quote to its highlighted span and back,
// no console errors, no axe-core violations on any page type, screenshots at
// phone and desktop widths (written to .cache/shots for people to look at).
import { describe, expect, it, inject } from 'vitest';
import path from 'node:path';
import { axe, consoleErrors } from '../helpers/browser.ts';
import { browseBuiltSite, SHOTS } from '../helpers/site-browser.ts';

const SEED = '/briefings/maduro-police-cooperation/';
const SECOND = '/briefings/valparaiso-port-strike/';

const site = browseBuiltSite(() => inject('fixtureDist'));

describe('following links on a briefing', () => {
  it.each([SEED, SECOND])(
    '%s: a quote link scrolls to the highlighted span, and its back-link returns',
    async (route) => {
      const page = await site.browser.context.newPage();
      const errors = consoleErrors(page);
      await page.goto(`${site.server.url}${route}`);
      const link = page.locator('.quote a.para-link').first();
      const href = await link.getAttribute('href');
      expect(href).toMatch(/^#src-q-/);
      await link.click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(href);
      const span = page.locator(href ?? '');
      expect(await span.evaluate((el) => el.matches(':target'))).toBe(true);
      expect(await span.evaluate((el) => el.tagName)).toBe('MARK');
      const inView = await span.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      });
      expect(inView).toBe(true);
      const [targetBg, plainBg] = await span.evaluate((el) => {
        const other = document.querySelector('mark.span-quote:not(:target)');
        return [
          getComputedStyle(el).backgroundColor,
          other ? getComputedStyle(other).backgroundColor : '',
        ];
      });
      expect(targetBg).not.toBe(plainBg);

      const quoteId = href?.replace('#src-', '') ?? '';
      const back = page.locator(`.backlinks a[href="#${quoteId}"]`);
      await back.click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${quoteId}`);
      const card = page.locator(`#${quoteId}`);
      expect(await card.evaluate((el) => el.matches(':target'))).toBe(true);
      expect(await card.isVisible()).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('a paragraph address #p3 highlights that paragraph', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.url}${SEED}#p3`);
    const p3 = page.locator('#p3');
    expect(await p3.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await p3.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.close();
  });
});

const PAGES = [
  '/',
  SEED,
  SECOND,
  '/actors/',
  '/actors/nicolas-maduro/',
  '/actors/jose-nancupil/',
  '/timeline/',
  '/tags/',
  '/tags/venezuela/',
  '/no-such-page/',
];

describe('accessibility', () => {
  it.each(PAGES)('%s has no axe-core violations in light mode', async (route) => {
    const page = await site.browser.context.newPage();
    const errors = consoleErrors(page);
    await page.goto(`${site.server.url}${route}`);
    const violations = await axe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
    await page.close();
  });

  it.each([SEED, '/timeline/'])('%s has no axe-core violations in dark mode', async (route) => {
    const page = await site.browser.context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${site.server.url}${route}`);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
      true,
    );
    const violations = await axe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await page.close();
  });
});

describe('layout', () => {
  it.each([360, 1280])(
    'the seed briefing fits a %ipx wide screen without sideways scrolling',
    async (width) => {
      const page = await site.browser.context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${site.server.url}${SEED}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: path.join(SHOTS, `seed-${width}.png`), fullPage: true });
      await page.close();
    },
  );

  it('puts the notes beside the paragraph on wide screens and below it on phones', async () => {
    for (const [width, beside] of [
      [1400, true],
      [360, false],
    ] as const) {
      const page = await site.browser.context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${site.server.url}${SEED}`);
      const [p, notes] = await page.evaluate(() => {
        const box = (sel: string) => {
          const r = document.querySelector(sel)?.getBoundingClientRect();
          return r ? { left: r.left, right: r.right, top: r.top, bottom: r.bottom } : undefined;
        };
        return [box('#p2'), box('#p2 ~ .backlinks')];
      });
      expect(p && notes).toBeTruthy();
      if (p && notes) {
        if (beside) expect(notes.left).toBeGreaterThanOrEqual(p.right);
        else expect(notes.top).toBeGreaterThanOrEqual(p.bottom);
      }
      await page.close();
    }
  });

  it('prints without navigation and with ¶ references', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.url}${SEED}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header nav').isVisible()).toBe(false);
    expect(await page.locator('.quote a.para-link').first().textContent()).toMatch(/^¶\d+$/);
    await page.close();
  });
});
