import { describe, expect, it } from 'vitest';
import { withFolderHistory } from '../../../src/core/assembly/briefing-dates.ts';
import { pageDates, robotsTxt } from '../../../src/core/publishing/sitemap.ts';
import { SITE, shippedSite } from '../../helpers/publishing-fixture.ts';

describe('pageDates', () => {
  const { site } = shippedSite();

  it('dates each briefing by its own date, and a page listing briefings by the latest it shows; undated briefings give nothing', () => {
    // The seed says published 2026-11-27; the second test briefing has no date and, here, no history.
    expect(Object.fromEntries(pageDates(site))).toEqual({
      '/briefings/maduro-police-cooperation/': '2026-11-27',
      '/': '2026-11-27',
      '/actors/': '2026-11-27',
      '/tags/': '2026-11-27',
      '/timeline/': '2026-11-27',
      '/actors/europa-press/': '2026-11-27',
      '/actors/nicolas-maduro/': '2026-11-27',
      '/actors/tren-de-aragua/': '2026-11-27',
      '/actors/tren-del-llano/': '2026-11-27',
      '/actors/united-states/': '2026-11-27',
      '/actors/venezuela/': '2026-11-27',
      '/actors/venezuelan-government/': '2026-11-27',
      '/tags/venezuela/': '2026-11-27',
      '/tags/organized-crime/': '2026-11-27',
      '/tags/security/': '2026-11-27',
    });
  });

  it('takes the update over the publication, and the latest briefing for a shared page', () => {
    const dated = withFolderHistory(
      site,
      new Map([
        ['maduro-police-cooperation', { first: '2026-11-20', last: '2026-12-04' }],
        ['valparaiso-port-strike', { first: '2026-03-14', last: '2026-03-20' }],
      ]),
    );
    const dates = pageDates(dated);
    expect(dates.get('/briefings/maduro-police-cooperation/')).toBe('2026-12-04');
    expect(dates.get('/briefings/valparaiso-port-strike/')).toBe('2026-03-20');
    expect(dates.get('/')).toBe('2026-12-04');
    // An actor of the second briefing only.
    const onlySecond = dated.actors.find(
      (a) =>
        a.appearances.length > 0 && a.appearances.every((x) => x.slug === 'valparaiso-port-strike'),
    );
    expect(onlySecond).toBeDefined();
    expect(dates.get(`/actors/${onlySecond?.id}/`)).toBe('2026-03-20');
    // An actor of no published briefing gets no date.
    const nowhere = dated.actors.find((a) => a.appearances.length === 0);
    if (nowhere) expect(dates.has(`/actors/${nowhere.id}/`)).toBe(false);
  });
});

describe('robotsTxt', () => {
  it('allows everything and names the sitemap at the site address', () => {
    expect(robotsTxt(SITE)).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://dossier.example.org/sitemap-index.xml\n',
    );
    expect(robotsTxt('https://briefings.example.net')).toContain(
      '\nSitemap: https://briefings.example.net/sitemap-index.xml\n',
    );
  });
});
