// core/pages owns what each page is given to render: the props of every route, projected
// from the assembled site by pure functions. A page renders from its props alone (test/
// project/page-props.test.ts holds the pages to it), so the props are exactly what it
// shows, and a digest of them says when the page must be drawn again (the incremental
// build's cache keys, src/integration/collections.ts).
//
// Main functions: `briefingPages`, `shareImagePages`, `actorPages`, `tagPages`,
// `furtherSourcePages` (the `getStaticPaths` entries of the routes with a parameter) and
// `indexProps`, `actorsIndexProps`, `tagsIndexProps`, `timelineProps`, `feedProps` (the
// pages without).
import type {
  Briefing,
  BriefingEvent,
  Claim,
  FurtherSource,
  Site,
  SiteActor,
} from '../assembly/model.ts';
import type { ResolvedDate } from '../dates/dates.ts';
import { publicUrls, requireSite } from '../publishing/public-urls.ts';
import { briefingCard, siteCard, type ShareCardData } from '../publishing/share-card.ts';
import { feed, type Feed } from '../publishing/feed.ts';
import type { SiteIdentity } from '../../schema/site-options.ts';

export type { SiteActor };

/** Which briefings a page lists: the published ones, and in a dev preview the drafts after them. */
export interface PageScope {
  /** `npm run dev`: drafts are previewed (marked "Draft · not published" by the pages). */
  drafts: boolean;
  /** The configured `site`, for absolute URLs (a share card names its host); required by those that use it. */
  site: URL | undefined;
  /** The newsroom's name, description, language and logo (dossier()'s options): every page shows them. */
  identity: SiteIdentity;
}

/** What every page's layout shows of the site: its name, description, language and logo. */
export interface Chrome {
  identity: SiteIdentity;
}

/** One `getStaticPaths` entry: the route's parameters and the props its page renders from. */
export interface PageEntry<Params extends Record<string, string>, Props> {
  params: Params;
  props: Props;
}

/** A briefing in a list (the index, a tag page, the feed): what its card shows. */
export interface BriefingSummary {
  slug: string;
  meta: Pick<Briefing['meta'], 'title' | 'status' | 'summary' | 'tags'>;
  source: Pick<Briefing['source'], 'outlet' | 'published'>;
  counts: { actors: number; events: number; quotes: number; claims: number; sources: number };
}

/** An actor in the list of every actor: its names and how often it appears. */
export interface ActorSummary {
  id: string;
  name: string;
  kind: SiteActor['kind'];
  aliases: string[];
  briefings: number;
  quotes: number;
  events: number;
}

/** An event on the timeline page: its date, label, where it is reported. */
export interface TimelineItem {
  slug: string;
  briefingTitle: string;
  event: Pick<BriefingEvent, 'id' | 'origin' | 'label'> & {
    date: ResolvedDate;
    anchor?: { paragraph: number };
  };
}

/** A claim on the timeline page: its date, statement, words and rating. */
export interface TimelineClaim {
  slug: string;
  briefingTitle: string;
  claim: Pick<Claim, 'id' | 'made' | 'statement' | 'words'> & { rating: { label: string } };
}

/** The briefings a page lists, in the site's order: drafts after the published ones, in a preview. */
function listed(site: Site, scope: PageScope): Briefing[] {
  return scope.drafts ? [...site.briefings, ...site.drafts] : [...site.briefings];
}

/** What a briefing's card in a list shows. */
export function briefingSummary(b: Briefing): BriefingSummary {
  return {
    slug: b.slug,
    meta: {
      title: b.meta.title,
      status: b.meta.status,
      summary: b.meta.summary,
      tags: [...b.meta.tags],
    },
    source: { outlet: b.source.outlet, published: b.source.published },
    counts: {
      actors: b.actors.length,
      events: b.events.length,
      quotes: b.quotes.length,
      claims: b.claims.length,
      sources: 1 + b.furtherSources.length,
    },
  };
}

/** /briefings/<slug>/: one per listed briefing, which the page renders whole. */
export function briefingPages(
  site: Site,
  scope: PageScope,
): PageEntry<{ slug: string }, { briefing: Briefing } & Chrome>[] {
  return listed(site, scope).map((briefing) => ({
    params: { slug: briefing.slug },
    props: { briefing, identity: scope.identity },
  }));
}

/** /briefings/<slug>/sources/<id>.txt: one per further source of a listed briefing. */
export function furtherSourcePages(
  site: Site,
  scope: PageScope,
): PageEntry<{ slug: string; source: string }, { briefing: Briefing; further: FurtherSource }>[] {
  return listed(site, scope).flatMap((briefing) =>
    briefing.furtherSources.map((further) => ({
      params: { slug: briefing.slug, source: further.id },
      props: { briefing, further },
    })),
  );
}

/** /briefings/<slug>/share.png: one per listed briefing, given the card it draws. */
export function shareImagePages(
  site: Site,
  scope: PageScope,
): PageEntry<{ slug: string }, { card: ShareCardData }>[] {
  const url = requireSite(scope.site);
  return listed(site, scope).map((briefing) => ({
    params: { slug: briefing.slug },
    props: { card: briefingCard(briefing, url, scope.identity) },
  }));
}

/** /actors/<id>/: one per registry actor, with its appearances across the published briefings. */
export function actorPages(
  site: Site,
  scope: PageScope,
): PageEntry<
  { id: string },
  { actor: SiteActor; country?: { id: string; name: string } } & Chrome
>[] {
  // An actor's `country` links to the registry's country of that name or alias, when there is one.
  const countries = new Map<string, { id: string; name: string }>();
  for (const a of site.actors)
    if (a.kind === 'country')
      for (const name of [a.name, ...a.aliases])
        countries.set(name.toLowerCase(), { id: a.id, name: a.name });
  return site.actors.map((actor) => {
    const country = actor.country ? countries.get(actor.country.toLowerCase()) : undefined;
    return {
      params: { id: actor.id },
      props: { actor, identity: scope.identity, ...(country ? { country } : {}) },
    };
  });
}

/** /tags/<tag>/: one per tag of a published briefing, with the cards of the listed briefings carrying it. */
export function tagPages(
  site: Site,
  scope: PageScope,
): PageEntry<{ tag: string }, { tag: string; briefings: BriefingSummary[] } & Chrome>[] {
  const briefings = listed(site, scope);
  return [...site.tags].map(([tag, slugs]) => {
    const tagged = new Set(slugs);
    return {
      params: { tag },
      props: {
        tag,
        briefings: briefings.filter((b) => tagged.has(b.slug)).map(briefingSummary),
        identity: scope.identity,
      },
    };
  });
}

/** /: every listed briefing's card, newest first. */
export function indexProps(
  site: Site,
  scope: PageScope,
): { briefings: BriefingSummary[] } & Chrome {
  return { briefings: listed(site, scope).map(briefingSummary), identity: scope.identity };
}

/** /rss.xml: the site's channel, an item per listed briefing dated by the briefing's own dates. */
export function feedProps(site: Site, scope: PageScope): Feed {
  return feed(listed(site, scope), publicUrls(requireSite(scope.site)), scope.identity);
}

/** /share.png: the site's own card, which names the site. */
export function siteShareImageProps(_site: Site, scope: PageScope): { card: ShareCardData } {
  return { card: siteCard(requireSite(scope.site), scope.identity) };
}

/** Pages that show nothing of the content (search, 404): the layout's part alone. */
export function chromeProps(_site: Site, scope: PageScope): Chrome {
  return { identity: scope.identity };
}

/** /actors/: every registry actor with its counts. */
export function actorsIndexProps(
  site: Site,
  scope: PageScope,
): { actors: ActorSummary[] } & Chrome {
  return {
    identity: scope.identity,
    actors: site.actors.map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      aliases: [...a.aliases],
      briefings: a.appearances.length,
      quotes: a.appearances.reduce((n, x) => n + x.quotes.length, 0),
      events: a.appearances.reduce((n, x) => n + x.events.length, 0),
    })),
  };
}

/** /tags/: every tag with how many published briefings carry it. */
export function tagsIndexProps(
  site: Site,
  scope: PageScope,
): { tags: { tag: string; count: number }[] } & Chrome {
  return {
    tags: [...site.tags].map(([tag, slugs]) => ({ tag, count: slugs.length })),
    identity: scope.identity,
  };
}

/** /timeline/: every event of every published briefing, then every claim by when it was made. */
export function timelineProps(
  site: Site,
  scope: PageScope,
): { timeline: TimelineItem[]; claims: TimelineClaim[] } & Chrome {
  return {
    identity: scope.identity,
    timeline: site.timeline.map(({ slug, briefingTitle, event }) => ({
      slug,
      briefingTitle,
      event: {
        id: event.id,
        origin: event.origin,
        label: event.label,
        date: event.date,
        ...(event.anchor ? { anchor: { paragraph: event.anchor.paragraph } } : {}),
      },
    })),
    claims: site.claims.map(({ slug, briefingTitle, claim }) => ({
      slug,
      briefingTitle,
      claim: {
        id: claim.id,
        made: claim.made,
        statement: claim.statement,
        words: claim.words,
        rating: { label: claim.rating.label },
      },
    })),
  };
}
