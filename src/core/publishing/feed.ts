// The RSS feed's channel and items: the site's name, description and language, and
// per published briefing its title, page, summary, tags and its own dates (never its
// source's: the feed announces briefings). Main function: `feed(briefings, urls, identity)`.
import type { Briefing } from '../assembly/model.ts';
import type { SiteIdentity } from '../../schema/site-options.ts';
import type { PublicUrls } from './public-urls.ts';

export interface FeedItem {
  title: string;
  link: string;
  /** The briefing's publication date (else its update); absent when it has neither. */
  pubDate?: Date;
  description: string;
  categories: string[];
}

export interface Feed {
  title: string;
  description: string;
  /** BCP 47, the channel's `<language>`. */
  language: string;
  site: string;
  items: FeedItem[];
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * The feed: items newest first by the briefing's own date (published, else updated),
 * undated briefings last in the index's order. An updated briefing keeps its
 * publication date, so readers are not told twice of one briefing.
 */
export function feed(
  briefings: readonly Briefing[],
  urls: PublicUrls,
  identity: SiteIdentity,
): Feed {
  const dated = briefings.map((b, i) => ({ b, i, date: b.dates.published ?? b.dates.updated }));
  dated.sort((x, y) =>
    x.date && y.date
      ? x.date < y.date
        ? 1
        : x.date > y.date
          ? -1
          : x.i - y.i
      : x.date
        ? -1
        : y.date
          ? 1
          : x.i - y.i,
  );
  return {
    title: identity.name,
    description: identity.description,
    language: identity.language,
    site: urls.home,
    items: dated.map(({ b, date }) => ({
      title: b.meta.title,
      link: urls.briefing(b.slug),
      ...(date ? { pubDate: day(date) } : {}),
      description: b.meta.summary,
      categories: b.meta.tags,
    })),
  };
}
