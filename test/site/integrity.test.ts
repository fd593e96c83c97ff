// Every built page, every briefing: quote, event, claim, evidence and note ↔ ¶ links
// go both ways (in source.md and in further sources), mentions link to actor cards,
// internal links and fragments resolve, pages stay within their size budgets.
import { describe, expect, it, inject } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { ancestors, attr, select, selectAll, toString } from '../helpers/html.ts';
import { fileFor, ids, pageRoutes, parsePage } from '../helpers/dist.ts';

for (const [name, dist] of [
  ['seed', inject('seedDist')],
  ['fixture', inject('fixtureDist')],
] as const) {
  describe(`${name} site`, () => {
    const routes = pageRoutes(dist);
    const briefings = routes.filter((r) => /^\/briefings\/[^/]+\/$/.test(r));

    it('has every page a reader browses', () => {
      for (const r of ['/', '/actors/', '/timeline/', '/tags/', '/404.html'])
        expect(routes).toContain(r);
      expect(briefings).toContain('/briefings/maduro-police-cooperation/');
      if (name === 'fixture') expect(briefings).toContain('/briefings/valparaiso-port-strike/');
      for (const id of ['nicolas-maduro', 'tren-de-aragua', 'united-states'])
        expect(routes).toContain(`/actors/${id}/`);
      const index = parsePage(dist, '/');
      const listed = selectAll('.briefing-card h2 a', index).map((a) => attr(a, 'href'));
      expect(listed.sort()).toEqual([...briefings].sort());
    });

    it.each(briefings)('%s: every annotation links to its ¶ span and the ¶ links back', (route) => {
      const page = parsePage(dist, route);
      const cards = selectAll('li.quote, li.event, li.claim, li.evidence', page);
      expect(cards.length).toBeGreaterThan(0);
      for (const card of cards) {
        const id = attr(card, 'id') ?? '';
        const toSpan = selectAll('a[href^="#src-"]', card).map((a) => attr(a, 'href'));
        if (card.properties['className']?.toString().includes('event-context')) {
          expect(toSpan, id).toEqual([]);
          continue;
        }
        // Its own words first, then its pieces of evidence (#src-<id>-v<k>), in whichever source.
        expect(toSpan[0], id).toBe(`#src-${id}`);
        for (const href of toSpan.slice(1))
          expect(href, id).toMatch(new RegExp(`^#src-${id}-v\\d+$`));
        const span = select(`[id="src-${id}"]`, page);
        expect(span?.tagName, id).toBe('mark');
        const chain = ancestors(page, span!);
        const paragraph = chain.find(
          // ¶ of source.md (p4) or of a further source (coastal-wire-p3).
          (el) => el.tagName === 'p' && /^(?:[a-z0-9-]+-)?p\d+$/.test(String(el.properties['id'])),
        );
        expect(paragraph, id).toBeDefined();
        const item = chain.find((el) => el.tagName === 'li');
        expect(
          selectAll('.backlinks a', item!).map((a) => attr(a, 'href')),
          id,
        ).toContain(`#${id}`);
      }
    });

    it.each(briefings)(
      '%s: every back-link and mention points at something on the page',
      (route) => {
        const page = parsePage(dist, route);
        const present = ids(page);
        const links = selectAll('.backlinks a, a.mention', page).map((a) => attr(a, 'href') ?? '');
        expect(links.length).toBeGreaterThan(0);
        for (const href of links) expect(present.has(href.slice(1)), href).toBe(true);
        for (const card of selectAll('li.actor', page)) {
          for (const a of selectAll('.mentions a', card))
            expect(present.has((attr(a, 'href') ?? '').slice(1))).toBe(true);
        }
      },
    );

    it('has no broken internal link or fragment on any page', () => {
      const broken: string[] = [];
      for (const route of routes) {
        const page = parsePage(dist, route);
        for (const a of selectAll('a[href]', page)) {
          const href = attr(a, 'href') ?? '';
          if (/^[a-z]+:/i.test(href)) continue;
          const target = href.startsWith('#')
            ? route + href
            : new URL(href, `http://x${route}`).pathname +
              (href.includes('#') ? `#${href.split('#')[1]}` : '');
          const [targetPath = '/', fragment] = target.split('#');
          if (!fileFor(dist, targetPath)) {
            broken.push(`${route} → ${href} (no page)`);
            continue;
          }
          if (fragment && !ids(parsePage(dist, targetPath)).has(decodeURIComponent(fragment)))
            broken.push(`${route} → ${href} (no #${fragment})`);
        }
      }
      expect(broken).toEqual([]);
    });

    it('keeps the seed page within 40 KB gzipped HTML+CSS and 10 KB gzipped JS', () => {
      const page = parsePage(dist, '/briefings/maduro-police-cooperation/');
      const html = readFileSync(fileFor(dist, '/briefings/maduro-police-cooperation/')!);
      const styles = selectAll('link[rel~="stylesheet"]', page).map((l) =>
        readFileSync(path.join(dist, attr(l, 'href') ?? '')),
      );
      const scripts = selectAll('script[src]', page).map((s) =>
        readFileSync(path.join(dist, attr(s, 'src') ?? '')),
      );
      const inline = selectAll('script:not([src])', page).map((s) => Buffer.from(toString(s)));
      const gz = (parts: Buffer[]) => parts.reduce((n, b) => n + gzipSync(b).length, 0);
      expect(gz([html, ...styles])).toBeLessThanOrEqual(40 * 1024);
      expect(gz([...scripts, ...inline])).toBeLessThanOrEqual(10 * 1024);
    });
  });
}
