import { describe, expect, it } from 'vitest';
import { feed } from '../../../src/core/publishing/feed.ts';
import { publicUrls } from '../../../src/core/publishing/public-urls.ts';
import { DEFAULT_SITE_IDENTITY } from '../../../src/schema/site-options.ts';
import { SITE, shippedSite } from '../../helpers/publishing-fixture.ts';

const shipped = shippedSite();
const urls = publicUrls(SITE);

describe('feed', () => {
  it("dates each item by the briefing's own publication, not its source's", () => {
    const seed = shipped.briefing('maduro-police-cooperation');
    // briefing.md says published: 2026-11-27; Europa Press published the article on 2025-12-06.
    const [item] = feed([seed], urls, DEFAULT_SITE_IDENTITY).items;
    expect(item?.pubDate?.toISOString()).toBe('2026-11-27T00:00:00.000Z');
    expect(item?.link).toBe(`${SITE}/briefings/maduro-police-cooperation/`);
  });

  it('orders by those dates, newest first, an updated-only briefing by its update, undated ones last', () => {
    const seed = shipped.briefing('maduro-police-cooperation');
    const other = shipped.briefing('valparaiso-port-strike');
    const briefings = [
      { ...seed, slug: 'old', dates: { published: '2026-01-02' } },
      { ...seed, slug: 'undated', dates: {} },
      { ...other, slug: 'new', dates: { published: '2026-03-01', updated: '2026-04-01' } },
      { ...other, slug: 'updated-only', dates: { updated: '2026-02-01' } },
    ];
    const items = feed(briefings, urls, DEFAULT_SITE_IDENTITY).items;
    expect(items.map((i) => i.link.split('/').at(-2))).toEqual([
      'new',
      'updated-only',
      'old',
      'undated',
    ]);
    // An update does not move the item's date: readers are told of a briefing once.
    expect(items[0]?.pubDate?.toISOString().slice(0, 10)).toBe('2026-03-01');
    expect(items[3]).not.toHaveProperty('pubDate');
  });

  it("names the channel after the site's options", () => {
    const channel = feed([], urls, {
      ...DEFAULT_SITE_IDENTITY,
      name: 'The Coastal Ledger',
      description: 'Briefings from the coast.',
      language: 'es',
    });
    expect(channel).toMatchObject({
      title: 'The Coastal Ledger',
      description: 'Briefings from the coast.',
      language: 'es',
      site: `${SITE}/`,
      items: [],
    });
  });
});
