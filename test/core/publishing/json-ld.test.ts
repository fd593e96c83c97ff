import { describe, expect, it } from 'vitest';
import type { Graph } from 'schema-dts';
import { briefingGraph, isoDates, jsonLdHtml } from '../../../src/core/publishing/json-ld.ts';
import {
  actorPageGraph,
  indexGraph,
  timelineGraph,
} from '../../../src/core/publishing/page-json-ld.ts';
import { resolveDate } from '../../../src/core/dates/dates.ts';
import { SITE, shippedSite, tinySite } from '../../helpers/publishing-fixture.ts';

type Node = Record<string, unknown> & { '@type': string; '@id': string };

const shipped = shippedSite();
const seed = shipped.briefing('maduro-police-cooperation');
const second = shipped.briefing('valparaiso-port-strike');
const nodes = (graph: Graph): Node[] => JSON.parse(JSON.stringify(graph))['@graph'];
const byId = (graph: Graph, id: string): Node => {
  const found = nodes(graph).find((n) => n['@id'] === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
};
const page = `${SITE}/briefings/maduro-police-cooperation/`;
const seedGraph = briefingGraph(seed, SITE);

describe('briefingGraph', () => {
  it('holds the briefing, the source, a Quotation per quote, an Event per event and a node per actor', () => {
    const types = nodes(seedGraph).map((n) => n['@type']);
    expect(seedGraph['@context']).toBe('https://schema.org');
    expect(types.filter((t) => t === 'Article')).toHaveLength(1);
    expect(types.filter((t) => t === 'NewsArticle')).toHaveLength(1);
    expect(types.filter((t) => t === 'Quotation')).toHaveLength(seed.quotes.length);
    expect(types.filter((t) => t === 'Event')).toHaveLength(seed.events.length);
    expect(seed.quotes.length).toBe(5);
    expect(seed.events.length).toBe(5);
    const actorTypes = Object.fromEntries(
      seed.actors.map((a) => [a.id, byId(seedGraph, `${SITE}/actors/${a.id}/#actor`)['@type']]),
    );
    expect(actorTypes).toEqual({
      'europa-press': 'NewsMediaOrganization',
      'venezuelan-government': 'GovernmentOrganization',
      'nicolas-maduro': 'Person',
      'tren-de-aragua': 'Organization',
      'tren-del-llano': 'Organization',
      'united-states': 'Country',
      venezuela: 'Country',
    });
  });

  it('describes the source as a NewsArticle: headline, datePublished, publisher, url', () => {
    expect(byId(seedGraph, `${page}#source`)).toEqual({
      '@type': 'NewsArticle',
      '@id': `${page}#source`,
      headline:
        'Maduro offers police cooperation agreements to neighboring countries to combat organized crime',
      datePublished: '2025-12-06',
      publisher: { '@id': `${SITE}/actors/europa-press/#actor` },
      // No url: source.md gives no publisher's page, and the local copy is not the article's address.
      encoding: {
        '@type': 'MediaObject',
        contentUrl: `${page}source.txt`,
        encodingFormat: 'text/plain',
      },
      dateline: 'Madrid, December 6 (European Press)',
      inLanguage: 'en',
    });
    const other = briefingGraph(second, SITE);
    expect(byId(other, `${SITE}/briefings/valparaiso-port-strike/#source`)).toMatchObject({
      url: 'https://example.org/coastal-wire/2026/03/13/valparaiso-dockworkers-end-strike',
      publisher: { '@type': 'Organization', name: 'Coastal Wire' },
      author: { '@type': 'Person', name: 'Inés Araya' },
    });
  });

  it("dates the briefing, names its author and shows its share image, from briefing.md and the briefing's dates", () => {
    expect(byId(seedGraph, `${page}#briefing`)).toMatchObject({
      '@type': 'Article',
      datePublished: '2026-11-27',
      dateModified: '2026-11-27',
      author: { '@type': 'Organization', name: 'Dossier editors', url: `${SITE}/` },
      image: {
        '@type': 'ImageObject',
        url: `${page}share.png`,
        width: { '@type': 'QuantitativeValue', value: 1200, unitCode: 'E37' },
        height: { '@type': 'QuantitativeValue', value: 630, unitCode: 'E37' },
        encodingFormat: 'image/png',
      },
      publisher: { '@type': 'Organization', name: 'Dossier', url: `${SITE}/` },
    });
    // With an update (from git or briefing.md), and a person as author.
    const updated = briefingGraph(
      {
        ...seed,
        meta: { ...seed.meta, author: 'Ana Gómez' },
        dates: { published: '2026-11-27', updated: '2026-12-04' },
      },
      SITE,
    );
    expect(byId(updated, `${page}#briefing`)).toMatchObject({
      datePublished: '2026-11-27',
      dateModified: '2026-12-04',
      author: { '@type': 'Person', name: 'Ana Gómez' },
    });
    // No dates and no author known: none claimed.
    const undated = byId(
      briefingGraph({ ...seed, meta: { ...seed.meta, author: undefined }, dates: {} }, SITE),
      `${page}#briefing`,
    );
    expect(undated['datePublished']).toBeUndefined();
    expect(undated['dateModified']).toBeUndefined();
    expect(undated['author']).toBeUndefined();
  });

  it("gives each source the publisher's page as url, never the local copy", () => {
    for (const graph of [seedGraph, briefingGraph(second, SITE)])
      for (const n of nodes(graph).filter((x) => x['@type'] === 'NewsArticle')) {
        if (n['url'] !== undefined)
          expect(String(n['url'])).not.toMatch(/^https:\/\/dossier\.example\.org\//);
        expect(n['encoding']).toMatchObject({
          '@type': 'MediaObject',
          encodingFormat: 'text/plain',
        });
      }
  });

  it('describes the briefing: about its actors and events, citing the source', () => {
    const article = byId(seedGraph, `${page}#briefing`);
    expect(article).toMatchObject({
      headline: seed.meta.title,
      description: seed.meta.summary,
      url: page,
      isBasedOn: { '@id': `${page}#source` },
    });
    expect(article['citation']).toEqual([{ '@id': `${page}#source` }]);
    expect(article['about']).toContainEqual({ '@id': `${SITE}/actors/tren-de-aragua/#actor` });
    expect(article['about']).toContainEqual({ '@id': `${page}#e-us-sanctions` });
    // Its five quotes and its two claims.
    expect(article['hasPart']).toHaveLength(7);
    expect(
      byId(briefingGraph(second, SITE), `${SITE}/briefings/valparaiso-port-strike/#briefing`)[
        'citation'
      ],
    ).toContain('https://example.org/coastal-wire/2026/02/port-contract-talks');
  });

  it('attributes each Quotation to its speaker and bases it on the source', () => {
    expect(byId(seedGraph, `${page}#q-no-longer-exists`)).toEqual({
      '@type': 'Quotation',
      '@id': `${page}#q-no-longer-exists`,
      url: `${page}#q-no-longer-exists`,
      text: 'no longer exists',
      spokenByCharacter: { '@id': `${SITE}/actors/venezuelan-government/#actor` },
      creator: { '@id': `${SITE}/actors/venezuelan-government/#actor` },
      isBasedOn: { '@id': `${page}#source` },
      description:
        "The government's repeated line on Tren de Aragua, which it describes as part of the past.",
    });
  });

  it('dates each Event at its own precision and links Wikidata with sameAs', () => {
    expect(byId(seedGraph, `${page}#e-us-sanctions`)).toMatchObject({
      startDate: '2025-11',
      about: [
        { '@id': `${SITE}/actors/united-states/#actor` },
        { '@id': `${SITE}/actors/tren-de-aragua/#actor` },
      ],
      subjectOf: { '@id': `${page}#source` },
    });
    expect(byId(seedGraph, `${page}#e-police-cooperation-offer`)['startDate']).toBe('2025-12-05');
    expect(byId(seedGraph, `${SITE}/actors/nicolas-maduro/#actor`)).toMatchObject({
      sameAs: 'https://www.wikidata.org/wiki/Q57413',
      alternateName: ['Nicolas Maduro', 'Maduro'],
    });
    expect(byId(seedGraph, `${SITE}/actors/tren-del-llano/#actor`)['sameAs']).toBeUndefined();
    const context = byId(
      briefingGraph(second, SITE),
      `${SITE}/briefings/valparaiso-port-strike/#e-talks-open`,
    );
    expect(context).toMatchObject({
      startDate: '2026-02',
      subjectOf: {
        '@type': 'CreativeWork',
        url: 'https://example.org/coastal-wire/2026/02/port-contract-talks',
      },
    });
  });

  it('resolves every @id reference to a node of the graph', () => {
    for (const graph of [seedGraph, briefingGraph(second, SITE)]) {
      const ids = new Set(nodes(graph).map((n) => n['@id']));
      const refs: string[] = [];
      const walk = (v: unknown, top: boolean) => {
        if (Array.isArray(v)) v.forEach((x) => walk(x, false));
        else if (v && typeof v === 'object') {
          const o = v as Record<string, unknown>;
          if (!top && typeof o['@id'] === 'string' && Object.keys(o).length === 1)
            refs.push(o['@id']);
          for (const [k, x] of Object.entries(o)) if (k !== '@id') walk(x, false);
        }
      };
      nodes(graph).forEach((n) => walk(n, true));
      expect(refs.length).toBeGreaterThan(10);
      expect(refs.filter((r) => !ids.has(r))).toEqual([]);
    }
  });
});

describe('isoDates', () => {
  const date = (wording: string) => {
    const r = resolveDate(wording, '2025-12-06');
    if (!r.ok) throw new Error(wording);
    return r.date;
  };
  it('keeps each end at its precision, leaves open ends out and drops EDTF qualifiers', () => {
    expect(isoDates(date('2025-09/2025-12'))).toEqual({ startDate: '2025-09', endDate: '2025-12' });
    expect(isoDates(date('../2025-12-06'))).toEqual({ endDate: '2025-12-06' });
    expect(isoDates(date('2025-11~'))).toEqual({ startDate: '2025-11' });
    expect(isoDates(date('2025'))).toEqual({ startDate: '2025' });
  });
});

describe('jsonLdHtml', () => {
  it('is valid JSON whose text cannot close the script element', () => {
    const tiny = tinySite(
      'Ana Ruiz said “fine” at the council.\n',
      ':::quote{by=ana-ruiz}\n> fine\n\nShe wrote `</script><script>alert(1)</script>` & `<!--` more.\n:::\n',
    );
    const graph = briefingGraph(tiny.briefing('tiny'), SITE);
    const text = jsonLdHtml(graph);
    expect(text).not.toMatch(/[<>]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(graph)));
    const quote = nodes(graph).find((n) => n['@type'] === 'Quotation');
    expect(quote?.['description']).toContain('</script>');
  });
});

describe('briefingGraph: a ClaimReview per claim', () => {
  const reviews = nodes(seedGraph).filter((n) => n['@type'] === 'ClaimReview');

  it('has one per claim of the seed, with the schema.org ClaimReview shape', () => {
    expect(reviews).toHaveLength(2);
    const review = reviews.find((r) => r['@id'] === `${page}#c-gangs-defeated`);
    expect(review).toMatchObject({
      url: `${page}#c-gangs-defeated`,
      claimReviewed:
        'Gangs such as Tren de Aragua and Tren del Llano have been defeated and have disappeared.',
      itemReviewed: {
        '@type': 'Claim',
        text: 'defeated, defeated and disappeared',
        author: { '@id': `${SITE}/actors/nicolas-maduro/#actor` },
        // Made at the speech "On Friday" (its date=), not when Europa Press published it.
        datePublished: '2025-12-05',
        appearance: { '@id': `${page}#source` },
      },
      reviewRating: {
        '@type': 'Rating',
        alternateName: 'Disputed',
        ratingValue: 3,
        bestRating: 6,
        worstRating: 1,
      },
      // The review is the briefing's: the Article's author and its publication date.
      author: { '@type': 'Organization', name: 'Dossier editors', url: `${SITE}/` },
      datePublished: '2026-11-27',
    });
    expect(review?.['author']).toEqual(byId(seedGraph, `${page}#briefing`)['author']);
    expect(String(review?.['reviewBody'])).toMatch(/^The article offers nothing for the defeat/);
    // The claim's author and its appearance are nodes of the same graph.
    expect(byId(seedGraph, `${SITE}/actors/nicolas-maduro/#actor`)['@type']).toBe('Person');
    expect(byId(seedGraph, `${page}#source`)['@type']).toBe('NewsArticle');
  });

  it('dates an undated claim by the event whose words hold it, else by its source; its appearance carries the source url', () => {
    const tiny = tinySite(
      'On Monday Ana Ruiz told the council that the port is closed for good, and it reopened.\n',
      [
        ':::event{date="On Monday" actors=ana-ruiz id=council-speech}',
        '> Ana Ruiz told the council that the port is closed for good',
        ':::',
        '',
        ':::claim{by=ana-ruiz id=port-closed rating=disputed statement="The port is closed for good."}',
        '> the port is closed for good',
        ':::',
        '',
        ':::claim{by=city-council id=reopened rating=accurate statement="The port reopened."}',
        '> it reopened',
        ':::',
        '',
      ].join('\n'),
      'url: https://wire.example.com/port\n',
    );
    const briefing = tiny.briefing('tiny');
    const [closed, reopened] = briefing.claims;
    // 2026-01-15 was a Thursday: "On Monday" is 2026-01-12.
    expect(closed?.made.edtf).toBe('2026-01-12');
    expect(closed?.madeFrom).toEqual({ event: 'e-council-speech' });
    expect(reopened?.made.edtf).toBe('2026-01-15');
    expect(reopened?.madeFrom).toBe('source');
    const graph = briefingGraph(briefing, SITE);
    const tinyPage = `${SITE}/briefings/tiny/`;
    const review = byId(graph, `${tinyPage}#c-port-closed`);
    expect(review['itemReviewed']).toMatchObject({
      datePublished: '2026-01-12',
      appearance: { '@id': `${tinyPage}#source`, url: 'https://wire.example.com/port' },
    });
    // No author and no date of its own: the review is the site's, like the Article's publisher, undated.
    expect(review['author']).toEqual({ '@type': 'Organization', name: 'Dossier', url: `${SITE}/` });
    expect(review).not.toHaveProperty('datePublished');
  });

  it('names the newsroom, with its logo, as the publisher when the site has options', () => {
    const identity = {
      name: 'The Coastal Ledger',
      description: 'Briefings from the coast.',
      language: 'es',
      logo: { src: '/ledger.svg', alt: '' },
    };
    const graph = briefingGraph(seed, SITE, identity);
    expect(byId(graph, `${page}#briefing`)).toMatchObject({
      inLanguage: 'es',
      publisher: {
        '@type': 'Organization',
        name: 'The Coastal Ledger',
        url: `${SITE}/`,
        logo: `${SITE}/ledger.svg`,
      },
      // "Dossier editors" no longer names the site: a person's name, as far as schema.org can tell.
      author: { '@type': 'Person', name: 'Dossier editors' },
    });
    const [website] = nodes(indexGraph(shipped.site.briefings, SITE, identity));
    expect(website).toMatchObject({
      name: 'The Coastal Ledger',
      description: 'Briefings from the coast.',
      inLanguage: 'es',
    });
  });

  it('survives the script escaping as JSON', () => {
    const parsed = JSON.parse(jsonLdHtml(seedGraph))['@graph'] as Node[];
    expect(
      parsed.filter((n) => n['@type'] === 'ClaimReview').map((n) => n['claimReviewed']),
    ).toEqual([
      'Gangs such as Tren de Aragua and Tren del Llano have been defeated and have disappeared.',
      'Tren de Aragua no longer exists in Venezuela.',
    ]);
  });
});

describe('the graphs of the other pages', () => {
  const { site } = shipped;
  const graphNodes = (graph: Graph) => nodes(graph);

  it('describes the index as the WebSite with its search, and a CollectionPage listing every briefing in order', () => {
    const graph = indexGraph(site.briefings, SITE);
    expect(graph['@context']).toBe('https://schema.org');
    const [website, page] = graphNodes(graph);
    expect(website).toMatchObject({
      '@type': 'WebSite',
      '@id': `${SITE}/#website`,
      url: `${SITE}/`,
      name: 'Dossier',
      inLanguage: 'en-GB',
      potentialAction: {
        '@type': 'SearchAction',
        target: { '@type': 'EntryPoint', urlTemplate: `${SITE}/search/?q={search_term_string}` },
        'query-input': 'required name=search_term_string',
      },
    });
    expect(page).toMatchObject({
      '@type': 'CollectionPage',
      url: `${SITE}/`,
      isPartOf: { '@id': `${SITE}/#website` },
      mainEntity: {
        '@type': 'ItemList',
        numberOfItems: 2,
        itemListElement: [
          {
            '@type': 'ListItem',
            position: 1,
            url: `${SITE}/briefings/valparaiso-port-strike/`,
            name: second.meta.title,
          },
          {
            '@type': 'ListItem',
            position: 2,
            url: `${SITE}/briefings/maduro-police-cooperation/`,
            name: 'Maduro offers police cooperation to neighbours',
          },
        ],
      },
    });
  });

  it("describes an actor's page as a ProfilePage whose mainEntity is the actor's node, listing its briefings", () => {
    const maduro = site.actors.find((a) => a.id === 'nicolas-maduro');
    if (!maduro) throw new Error('no nicolas-maduro');
    const graph = actorPageGraph(maduro, SITE);
    expect(graphNodes(graph)).toEqual([
      {
        '@type': 'ProfilePage',
        '@id': `${SITE}/actors/nicolas-maduro/#page`,
        url: `${SITE}/actors/nicolas-maduro/`,
        name: 'Nicolás Maduro',
        isPartOf: {
          '@type': 'WebSite',
          '@id': `${SITE}/#website`,
          url: `${SITE}/`,
          name: 'Dossier',
        },
        inLanguage: 'en-GB',
        mainEntity: { '@id': `${SITE}/actors/nicolas-maduro/#actor` },
      },
      expect.objectContaining({
        '@type': 'Person',
        '@id': `${SITE}/actors/nicolas-maduro/#actor`,
        name: 'Nicolás Maduro',
        url: `${SITE}/actors/nicolas-maduro/`,
        sameAs: 'https://www.wikidata.org/wiki/Q57413',
        subjectOf: [
          {
            '@type': 'Article',
            '@id': `${page}#briefing`,
            url: page,
            headline: 'Maduro offers police cooperation to neighbours',
          },
        ],
      }),
    ]);
    // The same node, by type and id, as a briefing's graph gives the actor.
    expect(byId(seedGraph, `${SITE}/actors/nicolas-maduro/#actor`)['@type']).toBe('Person');
    const press = site.actors.find((a) => a.id === 'europa-press');
    if (!press) throw new Error('no europa-press');
    expect(graphNodes(actorPageGraph(press, SITE))[1]?.['@type']).toBe('NewsMediaOrganization');
  });

  it('describes the timeline as a CollectionPage whose ItemList holds every event, dated, in order', () => {
    const graph = timelineGraph(site.timeline, SITE);
    const [collection] = graphNodes(graph);
    expect(collection).toMatchObject({
      '@type': 'CollectionPage',
      url: `${SITE}/timeline/`,
      mainEntity: { '@type': 'ItemList', numberOfItems: site.timeline.length },
    });
    const items = (collection?.['mainEntity'] as { itemListElement: Record<string, unknown>[] })
      .itemListElement;
    expect(items.map((i) => i['position'])).toEqual(site.timeline.map((_, i) => i + 1));
    expect(items).toContainEqual({
      '@type': 'ListItem',
      position: expect.any(Number),
      item: {
        '@type': 'Event',
        '@id': `${page}#e-us-sanctions`,
        url: `${page}#e-us-sanctions`,
        name: expect.any(String),
        startDate: '2025-11',
        subjectOf: {
          '@id': `${page}#briefing`,
          headline: 'Maduro offers police cooperation to neighbours',
        },
      },
    });
  });
});
