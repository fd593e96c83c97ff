// The share image's layout (the card a link preview shows), as the node tree takumi lays
// out: plain objects (containers with a style and children, texts with a style), made
// from plain data, so the layout is tested without rendering. src/node/share-image.ts
// renders it to PNG.
// Main functions: `briefingCard(briefing, site)`, `siteCard(site)`, `shareCard(data)`.
import { shortLabel } from './short-label.ts';
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

/** What a card says: a briefing's, or the site's for every other page. */
export interface ShareCardData {
  /** Above the title: "Dossier · Research briefing". */
  kicker: string;
  title: string;
  /** A quote with its speaker, or (no quote to show) the summary as `text` alone. */
  quote?: { text: string; by?: string };
  /** The bottom line: what it is about and where. */
  footer: string;
  /** The site's host, bottom right: where the link goes. */
  host: string;
}

const COLORS = {
  bg: '#fdfcf9',
  fg: '#1d1d1b',
  muted: '#55534e',
  rule: '#d9d5cc',
  accent: '#8a2c0d',
};

/** The longest text of each part the card has room for (in characters, cut at a word). */
export const CARD_LIMITS = { title: 90, quote: 140, footer: 60, by: 40 } as const;

/** The quote a card shows: the first of at least five words (one-word quotes say little out of context), else the first. */
export function cardQuote(briefing: Briefing): Briefing['quotes'][number] | undefined {
  return (
    briefing.quotes.find((q) => q.words.split(/\s+/).filter(Boolean).length >= 5) ??
    briefing.quotes[0]
  );
}

/** A briefing's card: its title, a key quote and its speaker, the source's outlet and date. */
export function briefingCard(briefing: Briefing, site: URL | string): ShareCardData {
  const quote = cardQuote(briefing);
  const speaker = quote && briefing.actors.find((a) => a.id === quote.by);
  const date = formatPoint({ datetime: briefing.source.published, precision: 'day' });
  return {
    kicker: 'Dossier · Research briefing',
    title: briefing.meta.title,
    quote: quote
      ? { text: `“${quote.words}”`, by: speaker?.name ?? quote.by }
      : { text: briefing.meta.summary },
    footer: `Source: ${briefing.source.outlet}, ${date}`,
    host: new URL(String(site)).host,
  };
}

/** The card of every page that is not a briefing. */
export function siteCard(site: URL | string): ShareCardData {
  return {
    kicker: 'Dossier',
    title: 'Research briefings about the news',
    quote: {
      text: 'Timelines, actors and quotes, every claim linked to the paragraph of the article it comes from.',
    },
    footer: 'Annotated sources, open data',
    host: new URL(String(site)).host,
  };
}

/** The words of a card as one line, as the image shows them (cut to the same limits), for og:image:alt. */
export function cardAlt(card: ShareCardData): string {
  const sentence = (text: string) => (/[.!?…”"]$/u.test(text) ? text : `${text}.`);
  const words = card.quote && shortLabel(card.quote.text, CARD_LIMITS.quote);
  const quote =
    card.quote && words
      ? card.quote.by
        ? ` ${words} (${shortLabel(card.quote.by, CARD_LIMITS.by)}).`
        : ` ${sentence(words)}`
      : '';
  return `${card.kicker}: ${sentence(shortLabel(card.title, CARD_LIMITS.title))}${quote} ${sentence(shortLabel(card.footer, CARD_LIMITS.footer))}`;
}

const box = (style: CardStyle, children: CardNode[]): CardNode => ({
  type: 'container',
  style: { display: 'flex', ...style },
  children,
});
const text = (style: CardStyle, words: string): CardNode => ({ type: 'text', style, text: words });

/** The node tree of a card, 1200×630: kicker, title, quote, footer rule with outlet, date and host. */
export function shareCard(data: ShareCardData): CardNode {
  const title = shortLabel(data.title, CARD_LIMITS.title);
  const long = [...title].length > 60;
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
        data.kicker,
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
        title,
      ),
      ...(data.quote
        ? [
            box(
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
                  shortLabel(data.quote.text, CARD_LIMITS.quote),
                ),
                ...(data.quote.by
                  ? [
                      text(
                        { fontSize: 26, marginTop: 10, color: COLORS.muted },
                        `— ${shortLabel(data.quote.by, CARD_LIMITS.by)}`,
                      ),
                    ]
                  : []),
              ],
            ),
          ]
        : []),
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
          text({ display: 'block', lineClamp: 1 }, shortLabel(data.footer, CARD_LIMITS.footer)),
          text({ fontWeight: 700, color: COLORS.fg }, data.host),
        ],
      ),
    ],
  );
}
