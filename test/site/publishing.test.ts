// The publishing formats of a real build, for every briefing: RSS, sitemap,
// canonical and link-preview meta, schema.org JSON-LD, the W3C annotation export
// (re-anchored against the published source.txt), briefing.json against the
// published JSON Schema, and the search page's up-front weight.
import { describe, expect, it, inject } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { attr, select, selectAll, toString } from '../helpers/html.ts';
import { fileFor, pageRoutes, parsePage } from '../helpers/dist.ts';
import {
  collectionViolations,
  reanchorMismatches,
  textSelectors,
} from '../helpers/annotation-model.ts';
import { sliceCodePoints } from '../../src/core/text/source-offsets.ts';
import type { BriefingJson } from '../../src/schema/briefing-json.ts';

const SITE = 'https://dossier.example.org';
const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['item', 'url', 'sitemap', 'category'].includes(name),
});
const read = (dist: string, file: string) => readFileSync(path.join(dist, file), 'utf8');
const json = <T = Record<string, unknown>>(dist: string, file: string): T =>
  JSON.parse(read(dist, file)) as T;
const meta = (page: ReturnType<typeof parsePage>, key: string) =>
  attr(select(`meta[property="${key}"], meta[name="${key}"]`, page), 'content');

for (const [name, dist] of [
  ['seed', inject('seedDist')],
  ['fixture', inject('fixtureDist')],
] as const) {
  describe(`${name} site: publishing formats`, () => {
    const routes = pageRoutes(dist);
    const slugs = routes.flatMap((r) => /^\/briefings\/([^/]+)\/$/.exec(r)?.[1] ?? []);
    const data = new Map(
      slugs.map((slug) => [slug, json<BriefingJson>(dist, `briefings/${slug}/briefing.json`)]),
    );
    const briefing = (slug: string): BriefingJson => {
      const found = data.get(slug);
      if (!found) throw new Error(`no briefing.json for ${slug}`);
      return found;
    };

    it('has the briefings it should', () => {
      expect(slugs).toContain('maduro-police-cooperation');
      expect(slugs.length).toBe(name === 'fixture' ? 2 : 1);
    });

    it('publishes an RSS item per briefing: title, link, date and the summary, not the full text', () => {
      const feed = xml.parse(read(dist, 'rss.xml'));
      const channel = feed.rss.channel;
      expect(channel.link).toBe(`${SITE}/`);
      expect(channel.title).toBe('Dossier');
      expect(channel.language).toBe('en-GB');
      const items: { title: string; link: string; pubDate: string; description: string }[] =
        channel.item;
      expect(items.map((i) => i.link).sort()).toEqual(
        slugs.map((s) => `${SITE}/briefings/${s}/`).sort(),
      );
      for (const item of items) {
        const b = briefing(item.link.split('/').at(-2) ?? '');
        expect(item.title).toBe(b.title);
        expect(item.description).toBe(b.summary);
        // The briefing's own date (briefing.json says it too), never its source's.
        const own = b.published ?? b.updated;
        if (own) expect(new Date(item.pubDate).toISOString().slice(0, 10)).toBe(own);
        else expect(item).not.toHaveProperty('pubDate');
        if (item.pubDate)
          expect(new Date(item.pubDate).toISOString().slice(0, 10)).not.toBe(b.source.published);
        for (const p of b.source.paragraphs) expect(item.description).not.toContain(p.text);
      }
      const dates = items.filter((i) => i.pubDate).map((i) => Date.parse(i.pubDate));
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
    });

    it('lists every page in the sitemap, with canonical URLs, and no 404', () => {
      const index = xml.parse(read(dist, 'sitemap-index.xml'));
      const files: string[] = index.sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
      const listed = files.flatMap((loc) => {
        expect(loc.startsWith(`${SITE}/`)).toBe(true);
        return xml
          .parse(read(dist, new URL(loc).pathname))
          .urlset.url.map((u: { loc: string }) => u.loc as string);
      });
      const expected = routes.filter((r) => r !== '/404.html').map((r) => `${SITE}${r}`);
      expect([...listed].sort()).toEqual(expected.sort());
      expect(listed.some((u) => u.includes('404'))).toBe(false);
      for (const url of listed) expect(fileFor(dist, new URL(url).pathname), url).toBeDefined();
    });

    it('gives every page a canonical URL and Open Graph and Twitter meta', () => {
      for (const route of routes.filter((r) => r !== '/404.html')) {
        const page = parsePage(dist, route);
        const canonical = attr(select('link[rel="canonical"]', page), 'href');
        expect(canonical, route).toBe(`${SITE}${route}`);
        expect(meta(page, 'og:url'), route).toBe(canonical);
        expect(meta(page, 'og:title'), route).toBeTruthy();
        expect(meta(page, 'og:site_name'), route).toBe('Dossier');
        expect(meta(page, 'twitter:card'), route).toBe('summary_large_image');
        expect(meta(page, 'og:type'), route).toBe(
          /^\/briefings\/[^/]+\/$/.test(route) ? 'article' : 'website',
        );
        expect(
          selectAll('nav[aria-label="Site"] a', page).map((a) => attr(a, 'href')),
          route,
        ).toContain('/search/');
      }
      for (const slug of slugs) {
        const page = parsePage(dist, `/briefings/${slug}/`);
        expect(meta(page, 'og:title')).toBe(briefing(slug).title);
        expect(meta(page, 'og:description')).toBe(briefing(slug).summary);
        expect(meta(page, 'twitter:description')).toBe(briefing(slug).summary);
        const alternates = selectAll('link[rel="alternate"]', page).map(
          (l) => attr(l, 'href') ?? '',
        );
        for (const href of alternates) expect(fileFor(dist, href), href).toBeDefined();
        expect(alternates).toEqual([
          '/rss.xml',
          `/briefings/${slug}/annotations.jsonld`,
          `/briefings/${slug}/briefing.json`,
        ]);
      }
    });

    it.each(slugs)('%s: JSON-LD is valid JSON with the required schema.org types', (slug) => {
      const page = parsePage(dist, `/briefings/${slug}/`);
      const scripts = selectAll('script[type="application/ld+json"]', page);
      expect(scripts).toHaveLength(1);
      const text = toString(scripts[0] ?? page);
      expect(text).not.toContain('<');
      const graph = JSON.parse(text) as {
        '@context': string;
        '@graph': { '@type': string; '@id': string; [k: string]: unknown }[];
      };
      expect(graph['@context']).toBe('https://schema.org');
      const nodes = graph['@graph'];
      const ofType = (t: string) => nodes.filter((n) => n['@type'] === t);
      const b = briefing(slug);
      expect(ofType('Article')).toHaveLength(1);
      const [source] = ofType('NewsArticle');
      expect(source).toMatchObject({
        headline: b.source.title,
        datePublished: b.source.published,
        encoding: { contentUrl: `${SITE}/briefings/${slug}/source.txt` },
      });
      // The publisher's page when source.md gives one; never the local copy.
      expect(source?.['url']).toBe(b.source.url);
      expect(source?.['publisher']).toBeDefined();
      expect(ofType('Quotation').map((q) => q['text'])).toEqual(b.quotes.map((q) => q.words));
      expect(ofType('Event').map((e) => e['@id'])).toEqual(b.events.map((e) => e.url));
      const ids = new Set(nodes.map((n) => n['@id']));
      for (const q of ofType('Quotation')) {
        expect(ids.has((q['spokenByCharacter'] as { '@id': string })['@id'])).toBe(true);
        expect(q['isBasedOn']).toEqual({ '@id': source?.['@id'] });
      }
      for (const a of b.actors) {
        const node = nodes.find((n) => n['@id'] === `${a.url}#actor`);
        expect([
          'Person',
          'Organization',
          'GovernmentOrganization',
          'NewsMediaOrganization',
          'Country',
          'Thing',
        ]).toContain(node?.['@type']);
        expect(node?.['sameAs']).toBe(
          a.wikidata ? `https://www.wikidata.org/wiki/${a.wikidata}` : undefined,
        );
      }
    });

    it.each(slugs)(
      '%s: annotations.jsonld meets the W3C model and every selector re-anchors in source.txt',
      (slug) => {
        const collection = json(dist, `briefings/${slug}/annotations.jsonld`);
        const sourceText = read(dist, `briefings/${slug}/source.txt`);
        const b = briefing(slug);
        expect(collectionViolations(collection)).toEqual([]);
        const evidence = [
          ...b.events.flatMap((e) => e.furtherEvidence),
          ...b.claims.flatMap((c) => c.evidence),
        ];
        expect(collection['total']).toBe(
          b.quotes.length + b.events.length + b.claims.length + evidence.length,
        );
        const selectors = textSelectors(collection);
        const spanned =
          b.quotes.reduce((n, q) => n + q.anchor.parts.length, 0) +
          b.events.reduce((n, e) => n + (e.anchor?.parts.length ?? 0), 0) +
          b.claims.reduce((n, c) => n + c.anchor.parts.length, 0) +
          evidence.reduce((n, v) => n + v.anchor.parts.length, 0);
        expect(selectors).toHaveLength(spanned);
        // Each selector in the text its target names: source.txt or a further source's.
        const texts = new Map([
          [`${SITE}/briefings/${slug}/source.txt`, sourceText],
          ...b.furtherSources.map((s): [string, string] => [
            s.text,
            read(dist, `briefings/${slug}/sources/${s.id}.txt`),
          ]),
        ]);
        expect(reanchorMismatches(collection, texts)).toEqual([]);
        if (b.furtherSources.length > 0)
          expect(selectors.some((s) => s.source.includes('/sources/'))).toBe(true);
        const target = (collection['first'] as { items: { target: unknown }[] }).items.map(
          (i) => i.target,
        );
        expect(JSON.stringify(target)).toContain(`${SITE}/briefings/${slug}/source.txt`);
      },
    );

    it.each(slugs)(
      '%s: briefing.json validates against /schema/briefing.schema.json and indexes source.txt',
      (slug) => {
        const schema = json(dist, 'schema/briefing.schema.json');
        expect(schema['$id']).toBe(`${SITE}/schema/briefing.schema.json`);
        const validate = new Ajv2020({
          allErrors: true,
          strict: false,
          validateFormats: false,
        }).compile(schema);
        const b = briefing(slug);
        expect(validate(b), JSON.stringify(validate.errors)).toBe(true);
        expect(b.$schema).toBe(schema['$id']);
        const sourceText = read(dist, `briefings/${slug}/source.txt`);
        for (const p of b.source.paragraphs)
          expect(sliceCodePoints(sourceText, p.start, p.end)).toBe(p.text);
        for (const s of b.furtherSources) {
          const text = read(dist, `briefings/${slug}/sources/${s.id}.txt`);
          expect(s.text).toBe(`${SITE}/briefings/${slug}/sources/${s.id}.txt`);
          for (const p of s.paragraphs)
            expect(sliceCodePoints(text, p.start, p.end), `${s.id} ¶${p.n}`).toBe(p.text);
        }
        expect(
          toString(parsePage(dist, `/briefings/${slug}/`)).includes(
            b.source.paragraphs[0]?.text ?? '∅',
          ),
        ).toBe(true);
      },
    );

    it('builds the Pagefind index, and the search page loads none of it up front', () => {
      expect(existsSync(path.join(dist, 'pagefind/pagefind.js'))).toBe(true);
      expect(readdirSync(path.join(dist, 'pagefind/fragment')).length).toBeGreaterThan(0);
      // Pagefind's own ready-made interfaces are not published: the search page has its own.
      expect(
        readdirSync(path.join(dist, 'pagefind')).filter((f) => /ui\.(js|css)$|highlight/.test(f)),
      ).toEqual([]);
      const page = parsePage(dist, '/search/');
      expect(
        selectAll('script:not([type="application/ld+json"])', page).filter((s) => !attr(s, 'src')),
      ).toEqual([]);
      expect(selectAll('link[href*="pagefind"], script[src*="pagefind"]', page)).toEqual([]);
      const scripts = selectAll('script[src]', page).map((s) => read(dist, attr(s, 'src') ?? ''));
      expect(scripts).toHaveLength(1);
      expect(scripts.join('')).toContain('/pagefind/pagefind.js');
      expect(scripts.join('')).not.toMatch(/^import\b|\bfrom\s*["'`]\/pagefind/m);
      expect(scripts.reduce((n, s) => n + gzipSync(Buffer.from(s)).length, 0)).toBeLessThanOrEqual(
        10 * 1024,
      );
      expect(selectAll('style', page)).toEqual([]);
      expect(toString(select('noscript', page) ?? page)).toMatch(/Search needs JavaScript/);
      expect(attr(select('form[role="search"]', page), 'action')).toBe('/search/');
    });
  });
}
