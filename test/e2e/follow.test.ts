// The shipped briefing as a reader follows it, in a real Chromium: verdicts first and the
// source on a phone's first screen, every mark visible where marks overlap, each mark
// leading to its numbered note and back with both lit (CSS only), notes folded to a line
// on a phone, the source in its own language, four A4 pages at most, axe clean at 390 and
// 1440 px in light and dark mode.
import { describe, expect, it, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { axe } from '../helpers/browser.ts';
import { browseBuiltSite } from '../helpers/site-browser.ts';

const SEED = '/briefings/maduro-police-cooperation/';
const site = browseBuiltSite(() => inject('seedDist'));

async function open(width: number, height = width < 500 ? 844 : 900): Promise<Page> {
  const page = await site.browser.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(`${site.server.url}${SEED}`);
  return page;
}

const top = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
const bottom = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);

describe('on a phone (390×844)', () => {
  it('starts the source on the first screen, after the verdicts', async () => {
    const page = await open(390);
    expect(await top(page, '#p1')).toBeLessThan(844);
    expect(await top(page, '#claims-checked-heading')).toBeLessThan(await top(page, '#p1'));
    expect(await bottom(page, '.claims-checked')).toBeLessThan(2 * 844);
    await page.close();
  });

  it("folds each paragraph's notes to one line each, and a mark's number opens its note", async () => {
    const page = await open(390);
    const summaries = page.locator('#p5 ~ .backlinks summary');
    expect(await summaries.count()).toBe(6);
    for (const height of await summaries.evaluateAll((all) =>
      all.map((s) => s.getBoundingClientRect().height),
    ))
      expect(height).toBeLessThan(36);
    expect(await page.locator('#p5 ~ .backlinks .backlink-body').first().isVisible()).toBe(false);
    // ¶3's claim: its number in the text leads to its note, which opens and lights with the mark.
    const ref = page.locator('#p3 a.mark-ref[href="#note-c-gangs-defeated"]');
    expect(await ref.getAttribute('aria-label')).toBe(
      'Note 4: claim, Nicolás Maduro, rated Disputed',
    );
    await ref.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#note-c-gangs-defeated');
    const note = page.locator('#note-c-gangs-defeated');
    expect(await note.isVisible()).toBe(true);
    expect(await note.evaluate((el) => el.closest('details')?.open)).toBe(true);
    const mark = page.locator('#src-c-gangs-defeated');
    expect(await mark.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    // The note leads back to the marked words.
    await note.locator('a.to-mark').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#src-c-gangs-defeated');
    expect(await mark.evaluate((el) => el.matches(':target'))).toBe(true);
    await page.close();
  });
});

describe('marks you can follow', () => {
  it('numbers every mark as its note in the margin is numbered, and each leads to the other', async () => {
    const page = await open(1440);
    const pairs = await page.locator('a.mark-ref').evaluateAll((refs) =>
      refs.map((a) => {
        const id = (a.getAttribute('href') ?? '').replace('#note-', '');
        const note = document.getElementById(`note-${id}`);
        const item = note?.closest('li.backlink');
        const paragraph = a.closest('li.paragraph');
        return {
          id,
          n: a.getAttribute('data-n'),
          shown: getComputedStyle(a, '::after').content,
          noteN: item?.querySelector('.note-n')?.textContent,
          sameParagraph: !!item && item.closest('li.paragraph') === paragraph,
          back: note?.querySelector('a.to-mark')?.getAttribute('href'),
          markClass: document.getElementById(`src-${id}`)?.className ?? '',
          details: document.getElementById(`src-${id}`)?.getAttribute('aria-details'),
        };
      }),
    );
    // 5 quotes, 5 events, 2 claims and 2 pieces of evidence: every annotation of the seed.
    expect(pairs).toHaveLength(14);
    for (const p of pairs) {
      expect(p.shown, p.id).toBe(`"${p.n}"`);
      expect(p.noteN, p.id).toBe(p.n);
      expect(p.sameParagraph, p.id).toBe(true);
      expect(p.back, p.id).toBe(`#src-${p.id}`);
      expect(p.markClass, p.id).toContain(`ref-${p.n}`);
      expect(p.details, p.id).toBe(`note-${p.id}`);
    }
    // A quote's note names its first words: the three quotes of ¶3 are told apart.
    expect(
      await page.locator('#p3 ~ .backlinks .backlink-quote summary').allTextContents(),
    ).toEqual([
      '1 Quote · Nicolás Maduro: “comprehensive”',
      '2 Quote · Nicolás Maduro: “scientific”',
      '3 Quote · Nicolás Maduro: “defeated, defeated and disappeared.”',
    ]);
    await page.close();
  });

  it('lights a mark while its note is hovered, and the note while its mark is', async () => {
    const page = await open(1440);
    const outline = (selector: string) =>
      page.locator(selector).evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(await outline('#src-q-comprehensive')).toBe('none');
    await page.locator('#p3 ~ .backlinks li:nth-child(1) summary').hover();
    expect(await outline('#src-q-comprehensive')).toBe('solid');
    expect(await outline('#src-q-scientific')).toBe('none');
    await page.locator('#src-q-scientific').hover();
    expect(await outline('#p3 ~ .backlinks li:nth-child(2)')).toBe('solid');
    expect(await outline('#p3 ~ .backlinks li:nth-child(1)')).toBe('none');
    await page.close();
  });

  it('shows every mark where marks overlap: the outer line below the inner one', async () => {
    const page = await open(1440);
    const lines = async (outer: string, inner: string) =>
      page.evaluate(
        ([o, i]) => {
          const line = (el: Element) => {
            const r = el.getClientRects();
            const last = r[r.length - 1];
            const style = getComputedStyle(el);
            return {
              bottom: last ? last.bottom : 0,
              width: parseFloat(style.borderBottomWidth),
              style: style.borderBottomStyle,
            };
          };
          const outerEl = document.querySelector(o);
          const innerEl = document.querySelector(i);
          return outerEl && innerEl ? [line(outerEl), line(innerEl)] : [];
        },
        [outer, inner] as const,
      );
    // ¶3: the same words quoted and claimed.
    const [quote, claim] = await lines('#src-q-defeated-and-disappeared', '#src-c-gangs-defeated');
    expect(quote?.style).toBe('solid');
    expect(claim?.style).toBe('double');
    expect((quote?.bottom ?? 0) - (quote?.width ?? 0)).toBeGreaterThanOrEqual(claim?.bottom ?? 0);
    // ¶5: the event inside the evidence that starts with it.
    const [evidence, event] = await lines(
      '#src-c-gangs-defeated-v1',
      '#src-e-terrorist-classification',
    );
    expect(evidence?.style).toBe('dotted');
    expect(event?.style).toBe('dashed');
    expect(await page.locator('#src-c-gangs-defeated-v1').evaluate((el) => el.textContent)).toMatch(
      /^which it classified as a terrorist organization, and accused/,
    );
    await page.close();
  });
});

describe('verdicts first', () => {
  it("lists each claim before the source with its rating drawn on the site's scale and said in words", async () => {
    const page = await open(1440);
    const verdicts = await page.locator('.claims-checked .verdict').evaluateAll((all) =>
      all.map((v) => ({
        label: v.querySelector('.verdict-label')?.textContent,
        cells: v.querySelectorAll('.scale-cell').length,
        on: [...v.querySelectorAll('.scale-cell')].findIndex((c) =>
          c.classList.contains('scale-cell-on'),
        ),
        words: v.querySelector('.scale-words')?.textContent,
        link: v.querySelector('a')?.getAttribute('href'),
        claim: v.querySelector('.verdict-claim')?.textContent,
      })),
    );
    expect(verdicts).toEqual([
      {
        label: 'Disputed',
        cells: 6,
        on: 2,
        words: '3 of 6 on the site’s scale, where 1 is the least supported and 6 the best',
        link: '#c-gangs-defeated',
        claim: 'Nicolás Maduro: “defeated, defeated and disappeared”',
      },
      {
        label: 'Unsupported',
        cells: 6,
        on: 3,
        words: '4 of 6 on the site’s scale, where 1 is the least supported and 6 the best',
        link: '#c-no-longer-exists',
        claim: 'Government of Venezuela: “no longer exists”',
      },
    ]);
    expect(await top(page, '.claims-checked')).toBeLessThan(await top(page, '#source-heading'));
    await page.close();
  });
});

describe('languages', () => {
  it("marks the source's text with its language and the page with the site's", async () => {
    const page = await open(1440);
    expect(await page.locator('html').getAttribute('lang')).toBe('en-GB');
    expect(await page.locator('ol.paragraphs').getAttribute('lang')).toBe('en');
    expect(await page.locator('.source-title').getAttribute('lang')).toBe('en');
    expect(await page.locator('.backlinks').first().getAttribute('lang')).toBe('en-GB');
    await page.close();
  });
});

describe('print', () => {
  it('puts the seed on at most four A4 pages', async () => {
    const page = await open(1440);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.length).toBeLessThanOrEqual(4);
    // Every note prints open beside its paragraph.
    expect(await page.locator('#note-e-boat-strikes').isVisible()).toBe(true);
    await page.close();
  });
});

describe('accessibility at both widths and in both schemes', () => {
  it.each([
    [390, 'light'],
    [390, 'dark'],
    [1440, 'light'],
    [1440, 'dark'],
  ] as const)('has no axe-core violations at %i px in %s mode', async (width, scheme) => {
    const page = await site.browser.context.newPage();
    await page.setViewportSize({ width, height: width < 500 ? 844 : 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${site.server.url}${SEED}`);
    const violations = await axe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await page.close();
  });
});
