// schema.org JSON-LD for a briefing page: the briefing (an Article about its
// actors and events, citing the source, with its own dates, author and share image),
// the source (a NewsArticle at the publisher's address), a Quotation
// per quote, an Event per dated event, a ClaimReview per claim (itemReviewed a Claim
// by its actor, appearing in its source) and a node per actor, in one @graph.
// Main functions: `briefingGraph(briefing, site)` and `jsonLdHtml(graph)`.
import type {
  Article,
  ClaimReview,
  Country,
  Event,
  GovernmentOrganization,
  Graph,
  IdReference,
  MediaObject,
  NewsArticle,
  NewsMediaOrganization,
  Organization,
  Person,
  Quotation,
  Thing,
} from 'schema-dts';
import type { ResolvedDate } from '../dates/dates.ts';
import type {
  Briefing,
  BriefingActor,
  BriefingEvent,
  Claim,
  Quote,
  SourcedAnchor,
} from '../assembly/model.ts';
import { foldText } from '../text/normalize.ts';
import { htmlToText } from './plain-text.ts';
import { publicUrls, type PublicUrls } from './public-urls.ts';
import { actorIri } from './web-annotation.ts';
import { SHARE_IMAGE } from './share-card.ts';
import { DEFAULT_SITE_IDENTITY, type SiteIdentity } from '../../schema/site-options.ts';

/** The schema.org type each actor kind is published as. */
export const ACTOR_TYPES = {
  person: 'Person',
  government: 'GovernmentOrganization',
  country: 'Country',
  organization: 'Organization',
  'criminal-group': 'Organization',
  media: 'NewsMediaOrganization',
  other: 'Thing',
} as const satisfies Record<BriefingActor['kind'], string>;

export function briefingGraph(
  briefing: Briefing,
  site: URL | string,
  identity: SiteIdentity = DEFAULT_SITE_IDENTITY,
): Graph {
  const urls = publicUrls(site);
  const page = urls.briefing(briefing.slug);
  const ref = (id: string): IdReference => ({ '@id': id });
  const sourceId = `${page}#source`;
  const publisher = outletActor(briefing);

  const source: NewsArticle = {
    '@type': 'NewsArticle',
    '@id': sourceId,
    headline: briefing.source.title,
    datePublished: briefing.source.published,
    publisher: publisher
      ? ref(actorIri(urls, publisher.id))
      : { '@type': 'Organization', name: briefing.source.outlet },
    // The publisher's page, never the local copy: that is the text's encoding.
    ...(briefing.source.url ? { url: briefing.source.url } : {}),
    encoding: plainText(urls.sourceText(briefing.slug)),
    ...(briefing.source.author
      ? {
          author: author(
            briefing.source.author,
            briefing.source.outlet,
            publisher ? actorIri(urls, publisher.id) : undefined,
          ),
        }
      : {}),
    ...(briefing.source.dateline ? { dateline: briefing.source.dateline } : {}),
    ...(briefing.source.language ? { inLanguage: briefing.source.language } : {}),
  };
  /** The node id of the source an anchor is in: source.md's, or `#source-<id>` for a further source. */
  const sourceOfAnchor = (anchor: SourcedAnchor | undefined) =>
    anchor?.source === undefined ? sourceId : `${page}#source-${anchor.source}`;
  const furtherSources: NewsArticle[] = briefing.furtherSources.map((s) => ({
    '@type': 'NewsArticle',
    '@id': `${page}#source-${s.id}`,
    headline: s.title,
    datePublished: s.published,
    publisher: { '@type': 'Organization', name: s.outlet },
    ...(s.url ? { url: s.url } : {}),
    encoding: plainText(urls.furtherSourceText(briefing.slug, s.id)),
    ...(s.author ? { author: author(s.author, s.outlet, undefined) } : {}),
    ...(s.dateline ? { dateline: s.dateline } : {}),
    ...(s.language ? { inLanguage: s.language } : {}),
  }));

  const article: Article = {
    '@type': 'Article',
    '@id': `${page}#briefing`,
    url: page,
    headline: briefing.meta.title,
    description: briefing.meta.summary,
    inLanguage: identity.language,
    isBasedOn:
      furtherSources.length === 0
        ? ref(sourceId)
        : [ref(sourceId), ...furtherSources.map((s) => ref(String(s['@id'])))],
    citation: [
      ref(sourceId),
      ...furtherSources.map((s) => ref(String(s['@id']))),
      ...briefing.events.flatMap((e) => (e.cite ? [e.cite] : [])),
    ],
    about: [
      ...briefing.actors.map((a) => ref(actorIri(urls, a.id))),
      ...briefing.events.map((e) => ref(urls.fragment(briefing.slug, e.id))),
    ],
    hasPart: [
      ...briefing.quotes.map((q) => ref(urls.fragment(briefing.slug, q.id))),
      ...briefing.claims.map((c) => ref(urls.fragment(briefing.slug, c.id))),
    ],
    ...(briefing.meta.tags.length > 0 ? { keywords: briefing.meta.tags } : {}),
    ...(briefing.dates.published ? { datePublished: briefing.dates.published } : {}),
    ...(briefing.dates.published || briefing.dates.updated
      ? { dateModified: briefing.dates.updated ?? briefing.dates.published }
      : {}),
    ...(briefing.meta.author
      ? { author: briefingAuthor(briefing.meta.author, urls, identity) }
      : {}),
    image: {
      '@type': 'ImageObject',
      url: urls.shareImage(briefing.slug),
      width: { '@type': 'QuantitativeValue', value: SHARE_IMAGE.width, unitCode: 'E37' },
      height: { '@type': 'QuantitativeValue', value: SHARE_IMAGE.height, unitCode: 'E37' },
      encodingFormat: SHARE_IMAGE.type,
    },
    publisher: siteOrganization(urls, identity),
  };
  // The reviews are the briefing's: the same author (else the site, its publisher) and date.
  const review: ReviewContext = {
    articleId: `${page}#briefing`,
    author: article.author ?? siteOrganization(urls, identity),
    ...(briefing.dates.published ? { published: briefing.dates.published } : {}),
  };
  const sourceUrl = (anchor: SourcedAnchor) =>
    anchor.source === undefined
      ? briefing.source.url
      : briefing.furtherSources.find((s) => s.id === anchor.source)?.url;

  const nodes: Thing[] = [
    article,
    source,
    ...furtherSources,
    ...briefing.quotes.map((q) => quotation(q, briefing.slug, sourceOfAnchor(q.anchor), urls)),
    ...briefing.events.map((e) => event(e, briefing.slug, sourceOfAnchor(e.anchor), urls)),
    ...briefing.claims.map((c) =>
      claimReview(
        c,
        briefing.slug,
        { id: sourceOfAnchor(c.anchor), url: sourceUrl(c.anchor) },
        review,
        urls,
      ),
    ),
    ...briefing.actors.map((a) => actor(a, urls)),
  ];
  return { '@context': 'https://schema.org', '@graph': nodes };
}

function quotation(quote: Quote, slug: string, sourceId: string, urls: PublicUrls): Quotation {
  const speaker = { '@id': actorIri(urls, quote.by) };
  const note = htmlToText(quote.noteHtml);
  return {
    '@type': 'Quotation',
    '@id': urls.fragment(slug, quote.id),
    url: urls.fragment(slug, quote.id),
    text: quote.words,
    spokenByCharacter: speaker,
    creator: speaker,
    isBasedOn: { '@id': sourceId },
    ...(note ? { description: note } : {}),
  };
}

/** What every ClaimReview of a briefing shares with its Article. */
interface ReviewContext {
  articleId: string;
  author: NonNullable<Article['author']>;
  published?: string;
}

/**
 * A claim as schema.org publishes a fact-check: the statement reviewed, the Claim
 * (who made it, when it was made, where it appeared — the source's node, with the
 * publisher's address when it has one —, in their words) and the editor's rating on the
 * site's scale, `alternateName` its label as Google's ClaimReview guidance asks; the
 * review is the briefing's, with its author and publication date.
 */
function claimReview(
  c: Claim,
  slug: string,
  source: { id: string; url: string | undefined },
  review: ReviewContext,
  urls: PublicUrls,
): ClaimReview {
  const reasoning = htmlToText(c.reasoningHtml);
  const appearance = source.url ? { '@id': source.id, url: source.url } : { '@id': source.id };
  return {
    '@type': 'ClaimReview',
    '@id': urls.fragment(slug, c.id),
    url: urls.fragment(slug, c.id),
    claimReviewed: c.statement,
    author: review.author,
    ...(review.published ? { datePublished: review.published } : {}),
    isPartOf: { '@id': review.articleId },
    itemReviewed: {
      '@type': 'Claim',
      text: c.words,
      author: { '@id': actorIri(urls, c.by) },
      datePublished: isoDates(c.made).startDate ?? c.appeared,
      appearance,
      firstAppearance: appearance,
    },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: c.rating.value,
      bestRating: c.scale,
      worstRating: 1,
      alternateName: c.rating.label,
      ratingExplanation: c.rating.meaning,
    },
    ...(reasoning ? { reviewBody: reasoning } : {}),
  };
}

function event(e: BriefingEvent, slug: string, sourceId: string, urls: PublicUrls): Event {
  const note = htmlToText(e.noteHtml);
  return {
    '@type': 'Event',
    '@id': urls.fragment(slug, e.id),
    url: urls.fragment(slug, e.id),
    name: e.label,
    ...(note && note !== e.label ? { description: note } : {}),
    ...isoDates(e.date),
    ...(e.actors.length > 0
      ? { about: e.actors.map((id) => ({ '@id': actorIri(urls, id) })) }
      : {}),
    subjectOf:
      e.origin === 'source' || !e.cite
        ? { '@id': sourceId }
        : { '@type': 'CreativeWork', url: e.cite },
  };
}

/**
 * schema.org dates are ISO 8601-1: the EDTF value's ends at their own precision
 * (`2025-11`, `2025-12-05`); an open end is left out, and EDTF qualifiers (~ ?)
 * have no ISO 8601-1 form, so they are dropped here (briefing.json and the
 * annotation export keep the EDTF value).
 */
export function isoDates(date: ResolvedDate): { startDate?: string; endDate?: string } {
  if (date.kind === 'single') return date.start ? { startDate: date.start.datetime } : {};
  return {
    ...(date.start ? { startDate: date.start.datetime } : {}),
    ...(date.end ? { endDate: date.end.datetime } : {}),
  };
}

/** The site as publisher or author: the newsroom's name, and its logo when it has one. */
export const siteOrganization = (
  urls: PublicUrls,
  identity: SiteIdentity = DEFAULT_SITE_IDENTITY,
): Organization => ({
  '@type': 'Organization',
  name: identity.name,
  url: urls.home,
  ...(identity.logo ? { logo: new URL(identity.logo.src, urls.home).href } : {}),
});

/** A plain-text copy the site publishes of a source's body (what annotation offsets count into). */
function plainText(url: string): MediaObject {
  return { '@type': 'MediaObject', contentUrl: url, encodingFormat: 'text/plain' };
}

/**
 * briefing.md's `author`: the site's own desk when it starts with the site's name
 * ("Dossier editors"), an Organization; anyone else a Person.
 */
function briefingAuthor(
  name: string,
  urls: PublicUrls,
  identity: SiteIdentity,
): Organization | Person {
  const site = foldText(identity.name);
  const folded = foldText(name);
  return folded === site || folded.startsWith(`${site} `)
    ? { '@type': 'Organization', name, url: urls.home }
    : { '@type': 'Person', name };
}

/** The schema.org node of an actor (its registry fields), by its IRI; `extra` adds properties (an actor page's `subjectOf`). */
export function actor(
  a: ActorFields,
  urls: PublicUrls,
  extra: Record<string, unknown> = {},
): Thing {
  const description = htmlToText(a.descriptionHtml);
  const common = {
    '@id': actorIri(urls, a.id),
    name: a.name,
    url: urls.actor(a.id),
    ...(a.aliases.length > 0 ? { alternateName: a.aliases } : {}),
    ...(description ? { description } : {}),
    ...(a.wikidata ? { sameAs: `https://www.wikidata.org/wiki/${a.wikidata}` } : {}),
    ...extra,
  };
  const country = a.country ? { '@type': 'Country' as const, name: a.country } : undefined;
  switch (ACTOR_TYPES[a.kind]) {
    case 'Person':
      return {
        '@type': 'Person',
        ...common,
        ...(country ? { nationality: country } : {}),
      } satisfies Person;
    case 'GovernmentOrganization':
      return {
        '@type': 'GovernmentOrganization',
        ...common,
        ...(country ? { areaServed: country } : {}),
      } satisfies GovernmentOrganization;
    case 'Country':
      return { '@type': 'Country', ...common } satisfies Country;
    case 'NewsMediaOrganization':
      return {
        '@type': 'NewsMediaOrganization',
        ...common,
        ...(country ? { location: country } : {}),
      } satisfies NewsMediaOrganization;
    case 'Organization':
      return {
        '@type': 'Organization',
        ...common,
        ...(country ? { location: country } : {}),
      } satisfies Organization;
    case 'Thing':
      return { '@type': 'Thing', ...common };
  }
}

/** What an actor's node is made of: a briefing's actor or a site actor alike. */
export type ActorFields = Pick<
  BriefingActor,
  'id' | 'name' | 'kind' | 'aliases' | 'descriptionHtml' | 'wikidata' | 'country'
>;

/** The briefing's media actor whose name or alias is the source's outlet, if any. */
function outletActor(briefing: Briefing): BriefingActor | undefined {
  const outlet = foldText(briefing.source.outlet);
  return briefing.actors.find(
    (a) => a.kind === 'media' && [a.name, ...a.aliases].some((name) => foldText(name) === outlet),
  );
}

/** A byline that is the outlet's own name is the organisation; any other is a person. */
function author(
  byline: string,
  outlet: string,
  outletId: string | undefined,
): IdReference | Organization | Person {
  if (foldText(byline) === foldText(outlet))
    return outletId ? { '@id': outletId } : { '@type': 'Organization', name: outlet };
  return { '@type': 'Person', name: byline };
}

/**
 * The graph as the text of a `<script type="application/ld+json">`: "<" and
 * ">" and "&" are escaped as JSON unicode escapes, so no text (a note saying
 * "</script>") can end the element, and U+2028/U+2029 so old parsers cope.
 */
export function jsonLdHtml(graph: Graph): string {
  return JSON.stringify(graph).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
