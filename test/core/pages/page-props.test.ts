import { describe, expect, it } from 'vitest';
import {
  actorPages,
  actorsIndexProps,
  briefingPages,
  briefingSummary,
  feedProps,
  furtherSourcePages,
  indexProps,
  shareImagePages,
  tagPages,
  tagsIndexProps,
  timelineProps,
} from '../../../src/core/pages/page-props.ts';
import { briefingCard } from '../../../src/core/publishing/share-card.ts';
import { DEFAULT_SITE_IDENTITY } from '../../../src/schema/site-options.ts';
import { SITE, shippedSite } from '../../helpers/publishing-fixture.ts';

const { site } = shippedSite();
const identity = DEFAULT_SITE_IDENTITY;
const published = { drafts: false, site: new URL(SITE), identity };
const preview = { drafts: true, site: new URL(SITE), identity };
// The same content with its second briefing as a draft, as a dev preview would see it.
const [first, second] = site.briefings;
const withDraft = {
  ...site,
  briefings: [first!],
  drafts: [second!],
  tags: new Map(
    [...site.tags].map(([tag, slugs]) => [tag, slugs.filter((s) => s === first!.slug)]),
  ),
};

describe('page props', () => {
  it('gives each briefing page its briefing, drafts only in a preview', () => {
    expect(briefingPages(site, published).map((e) => e.params.slug)).toEqual(
      site.briefings.map((b) => b.slug),
    );
    expect(briefingPages(withDraft, published).map((e) => e.props.briefing)).toEqual([first]);
    expect(briefingPages(withDraft, preview).map((e) => e.props.briefing)).toEqual([first, second]);
  });

  it('gives a briefing card its counts, its tags and its source, and nothing else of the briefing', () => {
    const b = site.briefings.find((x) => x.quotes.length > 0 && x.events.length > 0)!;
    const card = briefingSummary(b);
    expect(card).toEqual({
      slug: b.slug,
      meta: {
        title: b.meta.title,
        status: b.meta.status,
        summary: b.meta.summary,
        tags: b.meta.tags,
      },
      source: { outlet: b.source.outlet, published: b.source.published },
      counts: {
        actors: b.actors.length,
        events: b.events.length,
        quotes: b.quotes.length,
        claims: b.claims.length,
        sources: 1 + b.furtherSources.length,
      },
    });
    // A change the card does not show leaves its props alone.
    const noted = { ...b, quotes: b.quotes.map((q) => ({ ...q, noteHtml: '<p>changed</p>' })) };
    expect(briefingSummary(noted)).toEqual(card);
    expect(indexProps(site, published).briefings).toEqual(site.briefings.map(briefingSummary));
  });

  it('lists on a tag page the listed briefings carrying the tag', () => {
    for (const { params, props } of tagPages(site, published)) {
      expect(props.tag).toBe(params.tag);
      expect(props.briefings.map((b) => b.slug)).toEqual(site.tags.get(params.tag));
      expect(props.briefings.every((b) => b.meta.tags.includes(params.tag))).toBe(true);
    }
    expect(tagsIndexProps(site, published).tags).toEqual(
      [...site.tags].map(([tag, slugs]) => ({ tag, count: slugs.length })),
    );
  });

  it('counts an actor’s briefings, quotes and events across the site', () => {
    const actors = actorsIndexProps(site, published).actors;
    expect(actors.map((a) => a.id)).toEqual(site.actors.map((a) => a.id));
    const quoted = site.actors.find((a) => a.appearances.some((x) => x.quotes.length > 0))!;
    const summary = actors.find((a) => a.id === quoted.id)!;
    expect(summary.briefings).toBe(quoted.appearances.length);
    expect(summary.quotes).toBe(quoted.appearances.flatMap((x) => x.quotes).length);
    expect(summary.quotes).toBeGreaterThan(0);
    expect(actorPages(site, published).find((e) => e.params.id === quoted.id)?.props.actor).toBe(
      quoted,
    );
  });

  it('keeps of the timeline’s events and claims only what the page shows', () => {
    const { timeline } = timelineProps(site, published);
    expect(timeline.map((t) => t.event.id)).toEqual(site.timeline.map((t) => t.event.id));
    for (const item of timeline) {
      expect(Object.keys(item.event).sort()).toEqual(
        item.event.anchor
          ? ['anchor', 'date', 'id', 'label', 'origin']
          : ['date', 'id', 'label', 'origin'],
      );
      if (item.event.anchor) expect(Object.keys(item.event.anchor)).toEqual(['paragraph']);
    }
    expect(timeline.some((t) => t.event.anchor === undefined)).toBe(true);
  });

  it('gives a share image its card, and needs the configured site for it', () => {
    const entries = shareImagePages(site, published);
    expect(entries.map((e) => e.props.card)).toEqual(
      site.briefings.map((b) => briefingCard(b, SITE)),
    );
    expect(() => shareImagePages(site, { drafts: false, site: undefined, identity })).toThrow(
      /Set `site`/,
    );
  });

  it("gives every page's layout the site's name, description, language and logo", () => {
    const ledger = { ...published, identity: { ...identity, name: 'The Coastal Ledger' } };
    expect(briefingPages(site, ledger)[0]?.props.identity.name).toBe('The Coastal Ledger');
    expect(actorPages(site, ledger)[0]?.props.identity.name).toBe('The Coastal Ledger');
    expect(tagPages(site, ledger)[0]?.props.identity.name).toBe('The Coastal Ledger');
    for (const props of [
      indexProps(site, ledger),
      actorsIndexProps(site, ledger),
      tagsIndexProps(site, ledger),
      timelineProps(site, ledger),
    ])
      expect(props.identity).toBe(ledger.identity);
    expect(feedProps(site, ledger).title).toBe('The Coastal Ledger');
  });

  it('gives each further source its own entry', () => {
    const entries = furtherSourcePages(site, published);
    expect(entries.map((e) => `${e.params.slug}/${e.params.source}`)).toEqual(
      site.briefings.flatMap((b) => b.furtherSources.map((s) => `${b.slug}/${s.id}`)),
    );
  });
});
