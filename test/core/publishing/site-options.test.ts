import { describe, expect, it } from 'vitest';
import { exampleSiteWarning } from '../../../src/core/publishing/public-urls.ts';
import {
  DEFAULT_SITE_IDENTITY,
  EXAMPLE_SITE,
  SiteOptionsSchema,
} from '../../../src/schema/site-options.ts';
import { briefingPageMeta, sitePageMeta } from '../../../src/core/publishing/page-meta.ts';
import { SITE, shippedSite } from '../../helpers/publishing-fixture.ts';

describe("the integration's options", () => {
  it('default to Dossier, in British English', () => {
    expect(DEFAULT_SITE_IDENTITY).toEqual({
      name: 'Dossier',
      description: 'Research briefings about the news, every claim linked to its source paragraph.',
      language: 'en-GB',
    });
  });

  it('keep a language tag in its canonical case and refuse what is not one', () => {
    expect(SiteOptionsSchema.parse({ language: 'es-mx' }).language).toBe('es-MX');
    const bad = SiteOptionsSchema.safeParse({ language: 'spanish!' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe(
      '"spanish!" is not a BCP 47 language tag (en-GB, es)',
    );
  });

  it('take a logo from public/ or an https URL, never a relative path or http', () => {
    expect(SiteOptionsSchema.parse({ logo: { src: '/logo.svg' } }).logo).toEqual({
      src: '/logo.svg',
      alt: '',
    });
    expect(
      SiteOptionsSchema.safeParse({ logo: { src: 'https://cdn.example.com/l.png' } }).success,
    ).toBe(true);
    for (const src of ['logo.svg', '//cdn.example.com/l.png', 'http://cdn.example.com/l.png'])
      expect(SiteOptionsSchema.safeParse({ logo: { src } }).success, src).toBe(false);
    expect(SiteOptionsSchema.safeParse({ title: 'Dossier' }).success).toBe(false);
  });

  it("set og:locale from the site's language", () => {
    const seed = shippedSite().briefing('maduro-police-cooperation');
    const identity = { ...DEFAULT_SITE_IDENTITY, language: 'es-MX' };
    expect(sitePageMeta(SITE, identity).locale).toBe('es_MX');
    expect(briefingPageMeta(seed, SITE, identity).locale).toBe('es_MX');
    expect(sitePageMeta(SITE).locale).toBe('en_GB');
  });
});

describe('exampleSiteWarning', () => {
  it('warns while site is the example address, in any form, and names the fix', () => {
    expect(EXAMPLE_SITE).toBe('https://dossier.example.org');
    for (const site of [EXAMPLE_SITE, `${EXAMPLE_SITE}/`, new URL('/news/', EXAMPLE_SITE)])
      expect(exampleSiteWarning(site), String(site)).toMatch(
        /^`site` in astro.config.mjs is still the example address https:\/\/dossier.example.org: .* Set `site` to the newsroom's own address/,
      );
  });

  it('is quiet for any other address, and for none (requireSite reports that)', () => {
    expect(exampleSiteWarning('https://briefings.ledger.cl')).toBeUndefined();
    expect(exampleSiteWarning('https://example.org')).toBeUndefined();
    expect(exampleSiteWarning(undefined)).toBeUndefined();
  });
});
