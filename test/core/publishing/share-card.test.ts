import { describe, expect, it } from 'vitest';
import {
  CARD_LIMITS,
  SHARE_IMAGE,
  briefingCard,
  cardAlt,
  cardQuote,
  shareCard,
  verdictPlace,
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

/** The seed without its claims: the card shows a quote. */
const unchecked = { ...seed, claims: [] };

describe('briefingCard', () => {
  it("shows the seed's title, its first claim with who made it and the verdict on the scale, and the source", () => {
    expect(seed.claims.map((c) => c.id)).toEqual(['c-gangs-defeated', 'c-no-longer-exists']);
    expect(briefingCard(seed, SITE)).toEqual({
      kicker: 'Dossier · 2 claims checked',
      title: 'Maduro offers police cooperation to neighbours',
      claim: {
        text: 'Gangs such as Tren de Aragua and Tren del Llano have been defeated and have disappeared.',
        by: 'Nicolás Maduro',
        // Disputed is the fourth of the default scale's six, from Accurate to False.
        verdict: { label: 'Disputed', place: 4, of: 6 },
      },
      footer: 'Source: Europa Press, 6 Dec 2025',
      host: 'dossier.example.org',
    });
    const [first] = seed.claims;
    if (!first) throw new Error('the seed has claims');
    expect(briefingCard({ ...seed, claims: [first] }, SITE).kicker).toBe(
      'Dossier · One claim checked',
    );
  });

  it('without claims, shows the first quote of five words or more, cut where a phrase ends, with one ellipsis', () => {
    // The quote is "… drug trafficking … and continuing the victory …": too long for the
    // card, it ends at its own elision rather than mid-phrase with a second one.
    expect(briefingCard(unchecked, SITE)).toEqual({
      kicker: 'Dossier · Research briefing',
      title: 'Maduro offers police cooperation to neighbours',
      quote: {
        text: '“It is a success that we place at the service of combating criminal gangs, international crime and drug trafficking…”',
        by: 'Nicolás Maduro',
      },
      footer: 'Source: Europa Press, 6 Dec 2025',
      host: 'dossier.example.org',
    });
  });

  it('takes the site name it is given, "Dossier" when none', () => {
    expect(briefingCard(seed, SITE, { name: 'El Diario' }).kicker).toBe(
      'El Diario · 2 claims checked',
    );
    expect(briefingCard(unchecked, SITE, { name: 'El Diario' }).kicker).toBe(
      'El Diario · Research briefing',
    );
    expect(siteCard(SITE, { name: 'El Diario' }).kicker).toBe('El Diario');
    expect(siteCard(SITE).kicker).toBe('Dossier');
  });

  it('passes over one-word quotes and quotes whose first phrase does not fit, and shows the summary when there is no quote', () => {
    const oneWord = { ...unchecked, quotes: seed.quotes.filter((q) => !q.words.includes(' ')) };
    expect(oneWord.quotes.length).toBeGreaterThan(1);
    expect(cardQuote(oneWord)?.words).toBe('comprehensive');
    const [long] = seed.quotes;
    if (!long) throw new Error('the seed has quotes');
    const unbroken = { ...long, words: `${'word '.repeat(40)}end, and more` };
    expect(cardQuote({ ...unchecked, quotes: [unbroken, ...oneWord.quotes] })?.words).toBe(
      'comprehensive',
    );
    // The summary, the editor's own words: its first phrase ends after "Tren de Aragua,"
    // (163 characters), past the limit, so it is cut at a word.
    expect(briefingCard({ ...unchecked, quotes: [] }, SITE).quote).toEqual({
      text: "Venezuela's president proposes citizen-security agreements to neighbouring countries and pitches his police model as a success against…",
    });
    const short =
      'Venezuela proposes agreements to its neighbours, and the United States escalates strikes on alleged drug boats in the Caribbean and the Pacific.';
    expect(
      briefingCard({ ...unchecked, quotes: [], meta: { ...seed.meta, summary: short } }, SITE)
        .quote,
    ).toEqual({
      text: 'Venezuela proposes agreements to its neighbours…',
    });
  });

  it('describes the card in one line for og:image:alt, in the words the image shows', () => {
    expect(cardAlt(siteCard(SITE))).toBe(
      'Dossier: Research briefings about the news. Timelines, actors and quotes, every claim linked to the paragraph of the article it comes from. Annotated sources, open data.',
    );
    expect(cardAlt(briefingCard(seed, SITE))).toBe(
      'Dossier · 2 claims checked: Maduro offers police cooperation to neighbours. Claim by Nicolás Maduro: Gangs such as Tren de Aragua and Tren del Llano have been defeated and have disappeared. Verdict: Disputed (4th of 6 ratings, best supported first). Source: Europa Press, 6 Dec 2025.',
    );
    expect(cardAlt(briefingCard(unchecked, SITE))).toBe(
      'Dossier · Research briefing: Maduro offers police cooperation to neighbours. “It is a success that we place at the service of combating criminal gangs, international crime and drug trafficking…” (Nicolás Maduro). Source: Europa Press, 6 Dec 2025.',
    );
    for (const card of [briefingCard(seed, SITE), briefingCard(unchecked, SITE)])
      for (const words of texts(shareCard(card))) {
        // The host is the link itself; the drawn scale's text is said in the alt's own words.
        if (words === 'dossier.example.org' || words.startsWith('4th of 6')) continue;
        expect(cardAlt(card)).toContain(words.replace(/^— |^Claim by /, ''));
      }
  });
});

describe('verdictPlace', () => {
  it('says the place in English ordinals', () => {
    expect(
      [1, 2, 3, 4, 11, 12, 13, 21, 22].map(
        (place) => verdictPlace({ label: 'X', place, of: 30 }).split(' ')[0],
      ),
    ).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd']);
  });
});

describe('shareCard', () => {
  it('lays the card out at the image size, with the texts in reading order', () => {
    const tree = shareCard(briefingCard(unchecked, SITE));
    expect(tree.style).toMatchObject({ width: 1200, height: 630 });
    expect(SHARE_IMAGE).toEqual({ width: 1200, height: 630, type: 'image/png' });
    expect(texts(tree)).toEqual([
      'Dossier · Research briefing',
      'Maduro offers police cooperation to neighbours',
      '“It is a success that we place at the service of combating criminal gangs, international crime and drug trafficking…”',
      '— Nicolás Maduro',
      'Source: Europa Press, 6 Dec 2025',
      'dossier.example.org',
    ]);
  });

  it("draws a claim's verdict on the scale: one step per rating, the rating's own marked", () => {
    const tree = shareCard(briefingCard(seed, SITE));
    expect(texts(tree)).toEqual([
      'Dossier · 2 claims checked',
      'Maduro offers police cooperation to neighbours',
      'Gangs such as Tren de Aragua and Tren del Llano have been defeated and have disappeared.',
      'Claim by Nicolás Maduro',
      'Disputed',
      '4th of 6 ratings, best supported first',
      'Source: Europa Press, 6 Dec 2025',
      'dossier.example.org',
    ]);
    /** Every box without children: the scale's steps. */
    const steps = (node: CardNode): CardNode[] =>
      node.type === 'container'
        ? node.children.length === 0
          ? [node]
          : node.children.flatMap(steps)
        : [];
    const backgrounds = steps(tree).map((step) => step.style['background']);
    expect(backgrounds).toHaveLength(6);
    expect(backgrounds.filter((b) => b === backgrounds[3])).toHaveLength(1);
    expect(new Set(backgrounds.filter((_, i) => i !== 3)).size).toBe(1);
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
