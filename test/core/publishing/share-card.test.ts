import { describe, expect, it } from 'vitest';
import {
  CARD_LIMITS,
  SHARE_IMAGE,
  briefingCard,
  cardAlt,
  cardQuote,
  shareCard,
  siteCard,
  type CardNode,
} from '../../../src/core/publishing/share-card.ts';
import { SITE, shippedSite } from '../../helpers/publishing-fixture.ts';

const shipped = shippedSite();
const seed = shipped.briefing('maduro-police-cooperation');

/** Every text of the tree, in order. */
const texts = (node: CardNode): string[] =>
  node.type === 'text' ? [node.text] : node.children.flatMap(texts);

describe('the card texts', () => {
  it('are cut at the end of a word, even when the only space comes early', () => {
    const compound =
      'Maduro: Grenzschutzkooperationsvereinbarungsverhandlungsergebnisprotokollzusammenfassungsentwurf';
    expect([...compound].length).toBeGreaterThan(CARD_LIMITS.title);
    expect(texts(shareCard({ ...siteCard(SITE), title: compound }))).toContain('Maduro…');
    expect(cardAlt({ ...siteCard(SITE), title: compound })).toContain('Dossier: Maduro… ');
  });
});

describe('briefingCard', () => {
  it("shows the seed's title, its first quote of five words or more with the speaker, and the source's outlet and date", () => {
    expect(briefingCard(seed, SITE)).toEqual({
      kicker: 'Dossier · Research briefing',
      title: 'Maduro offers police cooperation to neighbours',
      quote: {
        text: '“It is a success that we place at the service of combating criminal gangs, international crime and drug trafficking … and continuing the victory through the path of law, justice and peace.”',
        by: 'Nicolás Maduro',
      },
      footer: 'Source: Europa Press, 6 Dec 2025',
      host: 'dossier.example.org',
    });
  });

  it('passes over one-word quotes, and shows the summary when there is no quote', () => {
    const oneWord = { ...seed, quotes: seed.quotes.filter((q) => !q.words.includes(' ')) };
    expect(oneWord.quotes.length).toBeGreaterThan(1);
    expect(cardQuote(oneWord)?.words).toBe('comprehensive');
    expect(briefingCard({ ...seed, quotes: [] }, SITE).quote).toEqual({ text: seed.meta.summary });
  });

  it('describes the card in one line for og:image:alt', () => {
    expect(cardAlt(siteCard(SITE))).toBe(
      'Dossier: Research briefings about the news. Timelines, actors and quotes, every claim linked to the paragraph of the article it comes from. Annotated sources, open data.',
    );
    expect(cardAlt(briefingCard(seed, SITE))).toBe(
      'Dossier · Research briefing: Maduro offers police cooperation to neighbours. “It is a success that we place at the service of combating criminal gangs, international crime and drug trafficking … and continuing the… (Nicolás Maduro). Source: Europa Press, 6 Dec 2025.',
    );
  });
});

describe('shareCard', () => {
  it('lays the card out at the image size, with the texts in reading order', () => {
    const tree = shareCard(briefingCard(seed, SITE));
    expect(tree.style).toMatchObject({ width: 1200, height: 630 });
    expect(SHARE_IMAGE).toEqual({ width: 1200, height: 630, type: 'image/png' });
    expect(texts(tree)).toEqual([
      'Dossier · Research briefing',
      'Maduro offers police cooperation to neighbours',
      '“It is a success that we place at the service of combating criminal gangs, international crime and drug trafficking … and continuing the…',
      '— Nicolás Maduro',
      'Source: Europa Press, 6 Dec 2025',
      'dossier.example.org',
    ]);
  });

  it('cuts every text to its limit, so a long title or quote cannot push the footer off the card', () => {
    const long = 'palabra '.repeat(60);
    const tree = shareCard({
      kicker: 'Dossier',
      title: long,
      quote: { text: long, by: long },
      footer: long,
      host: 'dossier.example.org',
    });
    const [, title, quote, by, footer] = texts(tree).map((t) => [...t].length);
    expect(title).toBeLessThanOrEqual(CARD_LIMITS.title);
    expect(quote).toBeLessThanOrEqual(CARD_LIMITS.quote);
    expect(by).toBeLessThanOrEqual(CARD_LIMITS.by + 2);
    expect(footer).toBeLessThanOrEqual(CARD_LIMITS.footer);
  });
});
