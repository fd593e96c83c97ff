// The accuracy of npm run new + npm run suggest on the labelled evaluation set
// (test/fixtures/eval/, articles written for it): speakers, dates, header lines, outlet,
// language, byline, actor kinds, in English and Spanish. Each part has its floor: the
// tuned parts assert the issues' targets, and the parts written as unseen data (fresh,
// wire, unseen, blind) assert no regression from the figures docs/suggestions.md records
// for them; the first run of each is in docs/suggestions.md, and the latest part's first
// run (fifth-blind) is the estimate for copy nobody prepared.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedRegistry } from '../../helpers/seed-fixture.ts';
import {
  EVAL_DIR,
  evaluateSet,
  reportLine,
  share,
  summarise,
  type ArticleResult,
} from '../../helpers/suggestion-eval.ts';

const registry = seedRegistry();
const byLanguage = (results: ArticleResult[], language: string) =>
  results.filter((r) => r.language === language);

interface Floor {
  /** Share of speakers right, per language. */
  speakers: { en: number; es: number };
  /** Share of date wordings right, per language. */
  dates: { en: number; es: number };
  /** Date candidates no label covers (false dates), at most. */
  extraDates: number;
  /** Share of labelled people and organisations drafted with their kind. */
  kinds: number;
  /** Labelled places drafted as a person or organisation, at most. */
  placesAsActors: number;
  /** Confident wrong speakers where the text names a group, at most, per language (0 unless given). */
  wrongOnGroups?: { en: number; es: number };
  /** Outlet, date, language or byline fields read wrong, at most (0 unless given; a refused import counts 4). */
  headerMisses?: number;
  /** Caption, byline, credit or sign-off lines left in the body, at most (0 unless given). */
  headerInBody?: number;
  /** Byline or credit names offered as actors, at most (0 unless given). */
  creditNamesOffered?: number;
}

const target = (share: number) => ({ en: share, es: share });
const FLOORS: [string, Floor][] = [
  [
    'tuned',
    { speakers: target(0.95), dates: target(0.95), extraDates: 0, kinds: 1, placesAsActors: 0 },
  ],
  [
    'held-out',
    { speakers: target(0.95), dates: target(0.95), extraDates: 0, kinds: 1, placesAsActors: 0 },
  ],
  // Written after the code was tuned, and committed before it was first run: unseen data then.
  [
    'fresh',
    { speakers: target(0.95), dates: target(0.95), extraDates: 0, kinds: 1, placesAsActors: 0 },
  ],
  // Wire-style copy (issue 28): captions, bylines, sign-offs, possessives, habits.
  [
    'wire',
    { speakers: target(0.95), dates: target(0.95), extraDates: 0, kinds: 1, placesAsActors: 0 },
  ],
  // Written after the fixes for the wire part; its first run is in docs/suggestions.md.
  [
    'unseen',
    { speakers: target(0.95), dates: target(0.95), extraDates: 0, kinds: 1, placesAsActors: 0 },
  ],
  // Written and committed after every fix above, before its first run (docs/suggestions.md).
  // General fixes followed it; asserted at what it reaches now.
  [
    'blind',
    { speakers: target(0.95), dates: target(0.95), extraDates: 0, kinds: 1, placesAsActors: 0 },
  ],
  // Written by another engineer who had not read the heuristics, while the fixes before it
  // were made, and committed before its first run: that first run is the estimate for copy
  // nobody prepared (docs/suggestions.md, "The second blind part"). General fixes followed
  // it; asserted at what it reaches now.
  [
    'second-blind',
    { speakers: target(0.95), dates: target(0.95), extraDates: 0, kinds: 1, placesAsActors: 0 },
  ],
  // Written and labelled by another engineer on its own branch while the fixes after the
  // second blind part were made, merged after the last of them and run once: that first run
  // is the estimate for copy nobody prepared (docs/suggestions.md, "The third blind part").
  // Its first run set the first floors; general fixes followed it, and it is asserted at
  // what it reaches now (no longer unseen data).
  [
    'third-blind',
    {
      speakers: target(1),
      dates: target(1),
      extraDates: 0,
      kinds: 1,
      placesAsActors: 0,
      headerMisses: 1,
    },
  ],
  // Written and labelled by another engineer who had not read the heuristics, after the fixes
  // that followed the third blind part, committed before its first run and run once: that
  // first run is the estimate for copy nobody prepared (docs/suggestions.md, "The fourth
  // blind part"). Asserted at what that first run reached.
  [
    'fourth-blind',
    {
      // Raised after the fixes that followed its first run (tuning figures; the first run,
      // recorded in docs/suggestions.md, stays the estimate to quote).
      speakers: target(1),
      dates: target(1),
      extraDates: 0,
      kinds: 1,
      placesAsActors: 0,
      headerMisses: 8,
      headerInBody: 0,
      creditNamesOffered: 0,
    },
  ],
  // Written and labelled by another engineer who had not read the heuristics, while the
  // fixes after the fourth blind part were made, merged after the last of them and run
  // once: that first run is the estimate for copy nobody prepared (docs/suggestions.md,
  // "The fifth blind part"). Asserted at what that first run reached.
  [
    'fifth-blind',
    {
      // Raised after the fixes that followed its first run (tuning figures; the first run,
      // recorded in docs/suggestions.md, stays the estimate to quote). The first run reached
      // speakers en 0.84 / es 0.81, dates en 0.98, 5 extra dates, kinds 0.89, 3 places as
      // actors, 1 / 2 confident wrong on groups, 3 header lines in the body, 2 credit names.
      speakers: { en: 0.94, es: 1 },
      dates: { en: 1, es: 1 },
      extraDates: 3,
      kinds: 0.93,
      placesAsActors: 2,
      wrongOnGroups: { en: 0, es: 0 },
      headerMisses: 8,
      headerInBody: 0,
      creditNamesOffered: 0,
    },
  ],
];

it('asserts a floor for every part of the evaluation set', () => {
  const parts = readdirSync(EVAL_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  expect(FLOORS.map(([set]) => set).sort()).toEqual(parts.sort());
});

describe.each(FLOORS)('the %s evaluation set', (set, floor) => {
  const results = evaluateSet(set, registry);
  const misses = results.flatMap((r) => r.misses);

  it('has English and Spanish articles with quotes and dates labelled', () => {
    console.log(
      [
        reportLine(`${set} en`, summarise(byLanguage(results, 'en'))),
        reportLine(`${set} es`, summarise(byLanguage(results, 'es'))),
        ...misses.map((m) => `  ${m}`),
      ].join('\n'),
    );
    for (const language of ['en', 'es']) {
      const s = summarise(byLanguage(results, language));
      expect(s.articles).toBeGreaterThanOrEqual(2);
      expect(s.speakers.total).toBeGreaterThanOrEqual(6);
      expect(s.dates.total).toBeGreaterThanOrEqual(7);
    }
  });

  it.each(['en', 'es'] as const)(
    `gets at least its floor of speakers right in %s, and no confident wrong one where the text names a group beyond its floor`,
    (language) => {
      const s = summarise(byLanguage(results, language));
      expect(share(s.speakers), misses.join('\n')).toBeGreaterThanOrEqual(floor.speakers[language]);
      expect(s.confidentWrongOnGroups, misses.join('\n')).toBeLessThanOrEqual(
        floor.wrongOnGroups?.[language] ?? 0,
      );
    },
  );

  it.each(['en', 'es'] as const)(
    `resolves at least its floor of date wordings in %s as npm run check does`,
    (language) => {
      const s = summarise(byLanguage(results, language));
      expect(share(s.dates), misses.join('\n')).toBeGreaterThanOrEqual(floor.dates[language]);
    },
  );

  it('reads outlet, publication date, language and byline, and offers no byline name as an actor beyond its floors', () => {
    const s = summarise(results);
    expect(s.header.total - s.header.right, misses.join('\n')).toBeLessThanOrEqual(
      floor.headerMisses ?? 0,
    );
    expect(s.creditNamesOffered, misses.join('\n')).toBeLessThanOrEqual(
      floor.creditNamesOffered ?? 0,
    );
  });

  it('puts no caption, byline, credit or sign-off line into the body, and offers no false date, beyond its floors', () => {
    const s = summarise(results);
    expect(s.headerInBody, misses.join('\n')).toBeLessThanOrEqual(floor.headerInBody ?? 0);
    expect(s.extraDates, misses.join('\n')).toBeLessThanOrEqual(floor.extraDates);
  });

  it('drafts people and organisations with their kind, and places as neither, to its floor', () => {
    const s = summarise(results);
    expect(share(s.kinds), misses.join('\n')).toBeGreaterThanOrEqual(floor.kinds);
    expect(s.placesAsActors, misses.join('\n')).toBeLessThanOrEqual(floor.placesAsActors);
  });
});
