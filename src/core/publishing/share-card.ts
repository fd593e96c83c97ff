// The share image's layout (the card a link preview shows), as the node tree takumi lays
// out: plain objects (containers with a style and children, texts with a style), made
// from plain data, so the layout is tested without rendering. src/node/share-image.ts
// renders it to PNG.
// Main functions: `briefingCard(briefing, site, { name })`, `siteCard(site, { name })`,
// `cardAlt(data)` (og:image:alt: the same words), `shareCard(data)`.
import { shortLabel, shortPhrase } from './short-label.ts';
import { formatPoint } from '../dates/dates.ts';
import type { Briefing } from '../assembly/model.ts';

/** The image's size and type, as og:image:width, :height and :type name them (1.91:1, what link previews crop to). */
export const SHARE_IMAGE = { width: 1200, height: 630, type: 'image/png' } as const;

/** The card's typeface, in the weights and styles below (the adapter loads their files). */
export const CARD_FONT_FAMILY = 'Source Serif 4';
export const CARD_FONTS = [
  { weight: 400, style: 'normal' },
  { weight: 700, style: 'normal' },
  { weight: 400, style: 'italic' },
] as const;

/** A node of the card, in the shape takumi's renderer reads: a box of nodes, or a text. */
export type CardNode =
  | { type: 'container'; style: CardStyle; children: CardNode[] }
  | { type: 'text'; style: CardStyle; text: string };

/** CSS properties in camelCase, numbers in pixels. */
export type CardStyle = Record<string, string | number>;

/** A rating's place on the site's scale, as a card draws it and says it. */
export interface CardVerdict {
  /** The rating's label: "Disputed". */
  label: string;
  /** Its place on the scale, counted from the best supported rating (1). */
  place: number;
  /** How many ratings the scale has. */
  of: number;
}

/** What a card says: a briefing's, or the site's for every other page. Its texts are final: cut to `CARD_LIMITS`. */
export interface ShareCardData {
  /** Above the title: "Dossier · Research briefing". */
  kicker: string;
  title: string;
  /** A claim the briefing checks: the editor's statement of it, who made it, and the verdict. */
  claim?: { text: string; by: string; verdict: CardVerdict };
  /** Without a claim: a quote with its speaker, or (no quote to show) the summary as `text` alone. */
  quote?: { text: string; by?: string };
  /** The bottom line: what it is about and where. */
  footer: string;
  /** The site's host, bottom right: where the link goes. */
  host: string;
}

/** The site as a card names it (the integration's `name` option; see DEVELOPERS.md). */
export interface CardSite {
  name: string;
}

/** The name a card gives the site when it is not told another. */
export const DEFAULT_CARD_SITE: CardSite = { name: 'Dossier' };

const COLORS = {
  bg: '#fdfcf9',
  fg: '#1d1d1b',
  muted: '#55534e',
  rule: '#d9d5cc',
  accent: '#8a2c0d',
};

/** The longest text of each part the card has room for (in characters, the ellipsis included). */
export const CARD_LIMITS = {
  kicker: 60,
  title: 90,
  quote: 140,
  claim: 110,
  footer: 60,
  by: 40,
} as const;

/** The quote's words in quotation marks, cut where a phrase ends (`shortPhrase`) to fit the card; `undefined` when no phrase fits. */
function quoteText(words: string): string | undefined {
  const cut = shortPhrase(words, CARD_LIMITS.quote - 2);
  return cut && `“${cut}”`;
}

/**
 * The quote a card shows: the first of at least five words (one-word quotes say little out
 * of context), else the first, among the quotes whose first phrase fits on the card.
 */
export function cardQuote(briefing: Briefing): Briefing['quotes'][number] | undefined {
  const fitting = briefing.quotes.filter((q) => quoteText(q.words) !== undefined);
  return fitting.find((q) => q.words.split(/\s+/).filter(Boolean).length >= 5) ?? fitting[0];
}

/** The claim a card shows: the briefing's first, in the editor's order. */
export function cardClaim(briefing: Briefing): Briefing['claims'][number] | undefined {
  return briefing.claims[0];
}

/** A text of the editor's own (a summary, a claim's statement): cut at a phrase end, else at a word. */
const prose = (text: string, max: number) => shortPhrase(text, max) ?? shortLabel(text, max);

/**
 * A briefing's card: its title; the first claim it checks with who made it and its verdict,
 * else a key quote and its speaker, else the summary; the source's outlet and date.
 */
export function briefingCard(
  briefing: Briefing,
  site: URL | string,
  { name }: CardSite = DEFAULT_CARD_SITE,
): ShareCardData {
  const claims = briefing.claims.length;
  const kicker = shortLabel(
    claims > 0
      ? `${name} · ${claims === 1 ? 'One claim' : `${claims} claims`} checked`
      : `${name} · Research briefing`,
    CARD_LIMITS.kicker,
  );
  const actorName = (id: string) =>
    shortLabel(briefing.actors.find((a) => a.id === id)?.name ?? id, CARD_LIMITS.by);
  const claim = cardClaim(briefing);
  const quote = claim ? undefined : cardQuote(briefing);
  const date = formatPoint({ datetime: briefing.source.published, precision: 'day' });
  return {
    kicker,
    title: shortLabel(briefing.meta.title, CARD_LIMITS.title),
    ...(claim
      ? {
          claim: {
            text: prose(claim.statement, CARD_LIMITS.claim),
            by: actorName(claim.by),
            verdict: {
              label: claim.rating.label,
              place: claim.scale - claim.rating.value + 1,
              of: claim.scale,
            },
          },
        }
      : {
          quote: quote
            ? { text: quoteText(quote.words) ?? '', by: actorName(quote.by) }
            : { text: prose(briefing.meta.summary, CARD_LIMITS.quote) },
        }),
    footer: shortLabel(`Source: ${briefing.source.outlet}, ${date}`, CARD_LIMITS.footer),
    host: new URL(String(site)).host,
  };
}

/** The card of every page that is not a briefing. */
export function siteCard(
  site: URL | string,
  { name }: CardSite = DEFAULT_CARD_SITE,
): ShareCardData {
  return {
    kicker: shortLabel(name, CARD_LIMITS.kicker),
    title: 'Research briefings about the news',
    quote: {
      text: 'Timelines, actors and quotes, every claim linked to the paragraph of the article it comes from.',
    },
    footer: 'Annotated sources, open data',
    host: new URL(String(site)).host,
  };
}

const ordinals = new Intl.PluralRules('en', { type: 'ordinal' });
const SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** A verdict's place in words, as the card writes it beside the drawn scale: "4th of 6 ratings, best supported first". */
export function verdictPlace({ place, of }: CardVerdict): string {
  return `${place}${SUFFIX[ordinals.select(place)] ?? 'th'} of ${of} ratings, best supported first`;
}

/**
 * The card's texts as the image shows them: each cut to its limit at a word (a no-op on
 * what `briefingCard` and `siteCard` made, which cut at phrases already). The image and
 * its alternative text both take them from here.
 */
export function cardTexts(data: ShareCardData): ShareCardData {
  const cut = (text: string, max: number) => shortLabel(text, max);
  return {
    kicker: cut(data.kicker, CARD_LIMITS.kicker),
    title: cut(data.title, CARD_LIMITS.title),
    ...(data.claim
      ? {
          claim: {
            text: cut(data.claim.text, CARD_LIMITS.claim),
            by: cut(data.claim.by, CARD_LIMITS.by),
            verdict: data.claim.verdict,
          },
        }
      : data.quote
        ? {
            quote: {
              text: cut(data.quote.text, CARD_LIMITS.quote),
              ...(data.quote.by ? { by: cut(data.quote.by, CARD_LIMITS.by) } : {}),
            },
          }
        : {}),
    footer: cut(data.footer, CARD_LIMITS.footer),
    host: data.host,
  };
}

/** The words of a card as one line, as the image shows them, for og:image:alt. */
export function cardAlt(data: ShareCardData): string {
  const card = cardTexts(data);
  const sentence = (text: string) => (/[.!?…”"]$/u.test(text) ? text : `${text}.`);
  const middle = card.claim
    ? ` Claim by ${card.claim.by}: ${sentence(card.claim.text)} Verdict: ${card.claim.verdict.label} (${verdictPlace(card.claim.verdict)}).`
    : card.quote?.text
      ? card.quote.by
        ? ` ${card.quote.text} (${card.quote.by}).`
        : ` ${sentence(card.quote.text)}`
      : '';
  return `${card.kicker}: ${sentence(card.title)}${middle} ${sentence(card.footer)}`;
}

const box = (style: CardStyle, children: CardNode[]): CardNode => ({
  type: 'container',
  style: { display: 'flex', ...style },
  children,
});
const text = (style: CardStyle, words: string): CardNode => ({ type: 'text', style, text: words });

/** The claim's block: its statement, who made it, and the verdict with its place on the scale drawn. */
function claimBlock(claim: NonNullable<ShareCardData['claim']>): CardNode {
  const { verdict } = claim;
  const steps = Array.from({ length: verdict.of }, (_, i) =>
    box(
      {
        width: 26,
        height: 14,
        marginRight: 5,
        background: i + 1 === verdict.place ? COLORS.accent : COLORS.rule,
      },
      [],
    ),
  );
  return box(
    {
      flexDirection: 'column',
      marginTop: 28,
      paddingLeft: 26,
      borderLeft: `6px solid ${COLORS.rule}`,
    },
    [
      text(
        { display: 'block', lineClamp: 2, fontSize: 31, lineHeight: 1.3, color: COLORS.fg },
        claim.text,
      ),
      text({ fontSize: 24, marginTop: 6, color: COLORS.muted }, `Claim by ${claim.by}`),
      box({ alignItems: 'center', marginTop: 14, fontSize: 26 }, [
        box({ alignItems: 'center', marginRight: 14 }, steps),
        text({ fontWeight: 700, color: COLORS.accent, marginRight: 12 }, verdict.label),
        text({ fontSize: 24, color: COLORS.muted }, verdictPlace(verdict)),
      ]),
    ],
  );
}

/** The quote's block (or the summary's): the words in italic, and the speaker when there is one. */
function quoteBlock(quote: NonNullable<ShareCardData['quote']>): CardNode {
  return box(
    {
      flexDirection: 'column',
      marginTop: 30,
      paddingLeft: 26,
      borderLeft: `6px solid ${COLORS.rule}`,
    },
    [
      text(
        {
          display: 'block',
          lineClamp: 3,
          fontSize: 31,
          fontStyle: 'italic',
          lineHeight: 1.3,
          color: COLORS.fg,
        },
        quote.text,
      ),
      ...(quote.by
        ? [text({ fontSize: 26, marginTop: 10, color: COLORS.muted }, `— ${quote.by}`)]
        : []),
    ],
  );
}

/**
 * The node tree of a card, 1200×630: kicker, title, the claim and its verdict (or the
 * quote), footer rule with outlet, date and host.
 */
export function shareCard(data: ShareCardData): CardNode {
  const card = cardTexts(data);
  const long = [...card.title].length > 60;
  return box(
    {
      width: SHARE_IMAGE.width,
      height: SHARE_IMAGE.height,
      flexDirection: 'column',
      boxSizing: 'border-box',
      padding: '56px 72px',
      background: COLORS.bg,
      color: COLORS.fg,
      fontFamily: `'${CARD_FONT_FAMILY}'`,
      borderTop: `14px solid ${COLORS.accent}`,
    },
    [
      text(
        {
          fontSize: 26,
          fontWeight: 700,
          letterSpacing: 2,
          textTransform: 'uppercase',
          color: COLORS.accent,
        },
        card.kicker,
      ),
      text(
        {
          display: 'block',
          lineClamp: 3,
          fontSize: long ? 52 : 66,
          fontWeight: 700,
          lineHeight: 1.12,
          marginTop: 22,
        },
        card.title,
      ),
      ...(card.claim ? [claimBlock(card.claim)] : card.quote ? [quoteBlock(card.quote)] : []),
      box(
        {
          justifyContent: 'space-between',
          alignItems: 'flex-end',
          marginTop: 'auto',
          paddingTop: 18,
          borderTop: `2px solid ${COLORS.rule}`,
          fontSize: 26,
          color: COLORS.muted,
        },
        [
          text({ display: 'block', lineClamp: 1 }, card.footer),
          text({ fontWeight: 700, color: COLORS.fg }, card.host),
        ],
      ),
    ],
  );
}
