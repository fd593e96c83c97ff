// What a page's head says to link previews besides its title and description: the
// share image with its size, type and text alternative, the locale, and for a
// briefing the article's dates, tags and author (Open Graph `article:*`). Main
// functions: `sitePageMeta(site)`, `briefingPageMeta(briefing, site)`.
import type { Briefing } from '../assembly/model.ts';
import { publicUrls } from './public-urls.ts';
import { SHARE_IMAGE, briefingCard, cardAlt, siteCard } from './share-card.ts';

import { DEFAULT_SITE_IDENTITY, type SiteIdentity } from '../../schema/site-options.ts';

/** Open Graph's `language_TERRITORY` form of a BCP 47 tag: `en-GB` → `en_GB`. */
export function ogLocale(tag: string): string {
  const [language = tag, territory] = tag.split('-');
  return territory && /^[A-Za-z]{2}$/.test(territory)
    ? `${language.toLowerCase()}_${territory.toUpperCase()}`
    : language.toLowerCase();
}

export interface PageImage {
  url: string;
  alt: string;
  width: number;
  height: number;
  type: string;
}

/** Open Graph's article properties, as ISO 8601 dates. */
export interface ArticleMeta {
  publishedTime?: string;
  modifiedTime?: string;
  tags: string[];
  author?: string;
}

export interface PageMeta {
  image: PageImage;
  /** og:locale. */
  locale: string;
  /** For a briefing (og:type article). */
  article?: ArticleMeta;
}

const image = (url: string, alt: string): PageImage => ({
  url,
  alt,
  width: SHARE_IMAGE.width,
  height: SHARE_IMAGE.height,
  type: SHARE_IMAGE.type,
});

/** Every page but a briefing: the site's share image. */
export function sitePageMeta(
  site: URL | string,
  identity: SiteIdentity = DEFAULT_SITE_IDENTITY,
): PageMeta {
  return {
    image: image(publicUrls(site).siteShareImage, cardAlt(siteCard(site, identity))),
    locale: ogLocale(identity.language),
  };
}

/** A briefing's page: its own share image, and its dates (briefing-dates.ts), tags and author. */
export function briefingPageMeta(
  briefing: Briefing,
  site: URL | string,
  identity: SiteIdentity = DEFAULT_SITE_IDENTITY,
): PageMeta {
  const { published, updated } = briefing.dates;
  return {
    image: image(
      publicUrls(site).shareImage(briefing.slug),
      cardAlt(briefingCard(briefing, site, identity)),
    ),
    locale: ogLocale(identity.language),
    article: {
      ...(published ? { publishedTime: published } : {}),
      ...(updated || published ? { modifiedTime: updated ?? published } : {}),
      tags: briefing.meta.tags,
      ...(briefing.meta.author ? { author: briefing.meta.author } : {}),
    },
  };
}
