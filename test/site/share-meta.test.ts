// Link previews and the briefing's own dates in a real build: a share image per
// briefing (a 1200×630 PNG under 100 KB) and one for the site, named by og:image with
// its size, type and alt on every page; twitter's large-image card; og:locale; the
// article's dates, tags and author; the byline under the title; the sitemap's lastmod
// and robots.txt.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { attr, select, selectAll, toString } from '../helpers/html.ts';
import { fileFor, pageRoutes, parsePage } from '../helpers/dist.ts';

const SITE = 'https://dossier.example.org';
type Page = ReturnType<typeof parsePage>;
const meta = (page: Page, key: string) =>
  attr(select(`meta[property="${key}"], meta[name="${key}"]`, page), 'content');
const metas = (page: Page, key: string) =>
  selectAll(`meta[property="${key}"]`, page).map((m) => attr(m, 'content'));

const xml = new XMLParser({ isArray: (name) => ['url', 'sitemap'].includes(name) });

/** Page path → lastmod (its date part) of every page in the sitemap that has one. */
function sitemapDates(dist: string): Map<string, string | undefined> {
  const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
  const index = xml.parse(read('sitemap-index.xml'));
  const dates = new Map<string, string | undefined>();
  for (const { loc } of index.sitemapindex.sitemap as { loc: string }[])
    for (const url of xml.parse(read(new URL(loc).pathname)).urlset.url as {
      loc: string;
      lastmod?: string;
    }[])
      dates.set(new URL(url.loc).pathname, url.lastmod?.slice(0, 10));
  return dates;
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

for (const [name, dist] of [
  ['seed', inject('seedDist')],
  ['fixture', inject('fixtureDist')],
] as const) {
  describe(`${name} site: share images and article meta`, () => {
    const routes = pageRoutes(dist).filter((r) => r !== '/404.html');
    const slugs = routes.flatMap((r) => /^\/briefings\/([^/]+)\/$/.exec(r)?.[1] ?? []);
    const tagsOf = (slug: string): string[] =>
      (
        JSON.parse(
          readFileSync(fileFor(dist, `/briefings/${slug}/briefing.json`) ?? '', 'utf8'),
        ) as { tags: string[] }
      ).tags;

    it('has a share image for every briefing, and one for the site: 1200×630 PNGs under 100 KB', () => {
      expect(slugs.length).toBe(name === 'fixture' ? 2 : 1);
      for (const path of ['/share.png', ...slugs.map((s) => `/briefings/${s}/share.png`)]) {
        const file = fileFor(dist, path);
        expect(file, path).toBeDefined();
        const png = readFileSync(file ?? '');
        expect(pngSize(png), path).toEqual({ width: 1200, height: 630 });
        expect(png.byteLength, path).toBeLessThan(100_000);
      }
    });

    it('names the share image on every page, with its size, type and alt, for Open Graph and Twitter', () => {
      for (const route of routes) {
        const page = parsePage(dist, route);
        const slug = /^\/briefings\/([^/]+)\/$/.exec(route)?.[1];
        const image = `${SITE}${slug ? `/briefings/${slug}/share.png` : '/share.png'}`;
        expect(meta(page, 'og:image'), route).toBe(image);
        expect(fileFor(dist, new URL(image).pathname), route).toBeDefined();
        expect(meta(page, 'og:image:width'), route).toBe('1200');
        expect(meta(page, 'og:image:height'), route).toBe('630');
        expect(meta(page, 'og:image:type'), route).toBe('image/png');
        expect(meta(page, 'og:image:alt')?.length ?? 0, route).toBeGreaterThan(40);
        expect(meta(page, 'twitter:card'), route).toBe('summary_large_image');
        expect(meta(page, 'twitter:image'), route).toBe(image);
        expect(meta(page, 'twitter:image:alt'), route).toBe(meta(page, 'og:image:alt'));
        expect(meta(page, 'og:locale'), route).toBe('en_GB');
        if (!slug) expect(selectAll('meta[property^="article:"]', page), route).toEqual([]);
      }
    });

    it("gives each briefing's page its tags, one article:tag each, and alt text from its card", () => {
      for (const slug of slugs) {
        const page = parsePage(dist, `/briefings/${slug}/`);
        expect(metas(page, 'article:tag')).toEqual(tagsOf(slug));
        expect(tagsOf(slug).length).toBeGreaterThan(0);
        expect(meta(page, 'og:image:alt')).toMatch(
          /^Dossier · (Research briefing|One claim checked|\d+ claims checked): /,
        );
      }
      // The shipped seed checks two claims: its card shows the first and its verdict, and so does the alt.
      if (name !== 'seed') return;
      expect(meta(parsePage(dist, '/briefings/maduro-police-cooperation/'), 'og:image:alt')).toBe(
        'Dossier · 2 claims checked: Maduro offers police cooperation to neighbours. Claim by Nicolás Maduro: Gangs such as Tren de Aragua and Tren del Llano have been defeated and have disappeared. Verdict: Disputed (4th of 6 ratings, best supported first). Source: Europa Press, 6 Dec 2025.',
      );
    });

    it('dates the seed briefing and names its author from briefing.md, in the meta and under the title', () => {
      const page = parsePage(dist, '/briefings/maduro-police-cooperation/');
      expect(meta(page, 'article:published_time')).toBe('2026-11-27');
      expect(meta(page, 'article:author')).toBe('Dossier editors');
      const byline = select('.briefing-byline', page);
      expect(toString(byline ?? { type: 'root', children: [] })).toMatch(
        /^By Dossier editors · Published 27 Nov 2026( · Updated \d{1,2} [A-Z][a-z]{2} 20\d\d)?$/,
      );
      expect(selectAll('.briefing-byline time', page).map((t) => attr(t, 'dateTime'))[0]).toBe(
        '2026-11-27',
      );
      // The byline is under the title.
      const header = select('h1 + .briefing-byline', page);
      expect(header).toBeDefined();
    });

    it("gives each briefing's sitemap entry the page's modified date, and the index the latest", () => {
      const dates = sitemapDates(dist);
      const modified = slugs.map(
        (slug) => meta(parsePage(dist, `/briefings/${slug}/`), 'article:modified_time') ?? '',
      );
      slugs.forEach((slug, i) =>
        expect(dates.get(`/briefings/${slug}/`), slug).toBe(modified[i] || undefined),
      );
      const latest = modified.filter(Boolean).sort().at(-1);
      expect(latest).toMatch(/^20\d\d-\d\d-\d\d$/);
      expect(dates.get('/')).toBe(latest);
      expect(dates.get('/timeline/')).toBe(latest);
      expect(dates.get('/actors/nicolas-maduro/')).toBe(
        modified[slugs.indexOf('maduro-police-cooperation')],
      );
      // The search page shows no briefing: no date.
      expect(dates.has('/search/')).toBe(true);
      expect(dates.get('/search/')).toBeUndefined();
      if (name === 'fixture') {
        // Not committed, so no date for the second briefing, nor for an actor only it names.
        expect(dates.get('/briefings/valparaiso-port-strike/')).toBeUndefined();
        expect(dates.get('/briefings/maduro-police-cooperation/')).toBe('2026-11-27');
      }
    });

    it('gives the index, every actor page and the timeline their structured data', () => {
      const graphOf = (route: string) => {
        const scripts = selectAll('script[type="application/ld+json"]', parsePage(dist, route));
        expect(scripts, route).toHaveLength(1);
        return (
          JSON.parse(toString(scripts[0] ?? { type: 'root', children: [] })) as {
            '@graph': Record<string, unknown>[];
          }
        )['@graph'];
      };
      expect(graphOf('/').map((n) => n['@type'])).toEqual(['WebSite', 'CollectionPage']);
      const listed = graphOf('/')[1]?.['mainEntity'] as { itemListElement: { url: string }[] };
      expect(listed.itemListElement.map((i) => i.url).sort()).toEqual(
        slugs.map((s) => `${SITE}/briefings/${s}/`).sort(),
      );
      const actorRoutes = routes.filter((r) => /^\/actors\/[^/]+\/$/.test(r));
      expect(actorRoutes.length).toBeGreaterThan(3);
      for (const route of actorRoutes) {
        const [profile, entity] = graphOf(route);
        expect(profile, route).toMatchObject({
          '@type': 'ProfilePage',
          url: `${SITE}${route}`,
          mainEntity: { '@id': `${SITE}${route}#actor` },
        });
        expect(entity?.['@id'], route).toBe(`${SITE}${route}#actor`);
      }
      const [timeline] = graphOf('/timeline/');
      expect(timeline).toMatchObject({
        '@type': 'CollectionPage',
        url: `${SITE}/timeline/`,
        mainEntity: { '@type': 'ItemList' },
      });
      const events = (timeline?.['mainEntity'] as { itemListElement: unknown[] }).itemListElement;
      expect(events).toHaveLength(
        selectAll('.event-list li[id]', parsePage(dist, '/timeline/')).filter((li) =>
          /^[^-].*--e-/.test(String(li.properties['id'])),
        ).length,
      );
    });

    it('publishes robots.txt naming the sitemap at the configured site', () => {
      expect(readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toBe(
        `User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap-index.xml\n`,
      );
    });

    if (name === 'fixture')
      it('shows no date where neither briefing.md nor git gives one (the fixture content is not committed)', () => {
        // Copied into a folder git ignores: no history, so no update and no date for the second briefing.
        const seed = parsePage(dist, '/briefings/maduro-police-cooperation/');
        expect(meta(seed, 'article:modified_time')).toBe('2026-11-27');
        expect(toString(select('.briefing-byline', seed) ?? { type: 'root', children: [] })).toBe(
          'By Dossier editors · Published 27 Nov 2026',
        );
        const second = parsePage(dist, '/briefings/valparaiso-port-strike/');
        expect(select('.briefing-byline', second)).toBeUndefined();
        expect(meta(second, 'article:published_time')).toBeUndefined();
        expect(meta(second, 'article:modified_time')).toBeUndefined();
      });
  });
}
