// schema.org JSON-LD for the pages around the briefings: the index (the WebSite, with
// its search, and a CollectionPage listing every briefing), an actor's page (a
// ProfilePage whose mainEntity is the actor's Person or Organization node, the same
// node every briefing names) and the timeline (a CollectionPage listing every event).
// Main functions: `indexGraph(briefings, site)`, `actorPageGraph(actor, site)`,
// `timelineGraph(timeline, site)`.
import type {
  CollectionPage,
  Graph,
  ItemList,
  ProfilePage,
  SearchAction,
  WebSite,
} from 'schema-dts';
import type { Briefing, BriefingEvent, SiteActor } from '../assembly/model.ts';
import { actor, isoDates, siteOrganization } from './json-ld.ts';
import { DEFAULT_SITE_IDENTITY, type SiteIdentity } from '../../schema/site-options.ts';
import { publicUrls, type PublicUrls } from './public-urls.ts';
import { actorIri } from './web-annotation.ts';

const websiteId = (urls: PublicUrls) => `${urls.home}#website`;

/** The site itself, with the search page as its SearchAction. */
function website(urls: PublicUrls, identity: SiteIdentity): WebSite {
  // schema.org's action annotation: the placeholder's name, as search engines read it.
  const search: SearchAction & { 'query-input': string } = {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: `${urls.search}?q={search_term_string}` },
    'query-input': 'required name=search_term_string',
  };
  return {
    '@type': 'WebSite',
    '@id': websiteId(urls),
    url: urls.home,
    name: identity.name,
    description: identity.description,
    inLanguage: identity.language,
    publisher: siteOrganization(urls, identity),
    potentialAction: search,
  };
}

/** `/`: the WebSite and the index page, an ItemList of the published briefings in the page's order. */
export function indexGraph(
  briefings: readonly { slug: string; meta: Pick<Briefing['meta'], 'title'> }[],
  site: URL | string,
  identity: SiteIdentity = DEFAULT_SITE_IDENTITY,
): Graph {
  const urls = publicUrls(site);
  const list: ItemList = {
    '@type': 'ItemList',
    numberOfItems: briefings.length,
    itemListOrder: 'https://schema.org/ItemListOrderDescending',
    itemListElement: briefings.map((b, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      url: urls.briefing(b.slug),
      name: b.meta.title,
    })),
  };
  const page: CollectionPage = {
    '@type': 'CollectionPage',
    '@id': `${urls.home}#page`,
    url: urls.home,
    name: 'Briefings',
    isPartOf: { '@id': websiteId(urls) },
    inLanguage: identity.language,
    mainEntity: list,
  };
  return { '@context': 'https://schema.org', '@graph': [website(urls, identity), page] };
}

/** `/actors/<id>/`: a ProfilePage about the actor, whose node lists the briefings it appears in. */
export function actorPageGraph(
  siteActor: SiteActor,
  site: URL | string,
  identity: SiteIdentity = DEFAULT_SITE_IDENTITY,
): Graph {
  const urls = publicUrls(site);
  const page = urls.actor(siteActor.id);
  const node = actor(
    siteActor,
    urls,
    siteActor.appearances.length > 0
      ? {
          subjectOf: siteActor.appearances.map((a) => ({
            '@type': 'Article',
            '@id': `${urls.briefing(a.slug)}#briefing`,
            url: urls.briefing(a.slug),
            headline: a.title,
          })),
        }
      : {},
  );
  const profile: ProfilePage = {
    '@type': 'ProfilePage',
    '@id': `${page}#page`,
    url: page,
    name: siteActor.name,
    isPartOf: { '@type': 'WebSite', '@id': websiteId(urls), url: urls.home, name: identity.name },
    inLanguage: identity.language,
    mainEntity: { '@id': actorIri(urls, siteActor.id) },
  };
  return { '@context': 'https://schema.org', '@graph': [profile, node] };
}

/** `/timeline/`: a CollectionPage whose ItemList is every event, in the page's order, each the node its briefing names. */
export function timelineGraph(
  timeline: readonly {
    slug: string;
    briefingTitle: string;
    event: Pick<BriefingEvent, 'id' | 'label' | 'date'>;
  }[],
  site: URL | string,
  identity: SiteIdentity = DEFAULT_SITE_IDENTITY,
): Graph {
  const urls = publicUrls(site);
  const page: CollectionPage = {
    '@type': 'CollectionPage',
    '@id': `${urls.home}timeline/#page`,
    url: `${urls.home}timeline/`,
    name: 'Timeline',
    isPartOf: { '@type': 'WebSite', '@id': websiteId(urls), url: urls.home, name: identity.name },
    inLanguage: identity.language,
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: timeline.length,
      itemListOrder: 'https://schema.org/ItemListOrderAscending',
      itemListElement: timeline.map(({ slug, briefingTitle, event }, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        item: {
          '@type': 'Event',
          '@id': urls.fragment(slug, event.id),
          url: urls.fragment(slug, event.id),
          name: event.label,
          ...isoDates(event.date),
          subjectOf: { '@id': `${urls.briefing(slug)}#briefing`, headline: briefingTitle },
        },
      })),
    },
  };
  return { '@context': 'https://schema.org', '@graph': [page] };
}
