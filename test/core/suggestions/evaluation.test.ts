// The accuracy of npm run new + npm run suggest on the labelled evaluation set
// (test/fixtures/eval/, articles written for it): speakers, dates, outlet, language,
// byline, in English and Spanish, on the articles the code was tuned on, on the
// held-out ones it was not, and on the fresh ones written after the tuning (unseen
// data when first run). The figures are in docs/suggestions.md.
import { describe, expect, it } from 'vitest';
import { seedRegistry } from '../../helpers/seed-fixture.ts';
import {
  evaluateSet,
  reportLine,
  share,
  summarise,
  type ArticleResult,
} from '../../helpers/suggestion-eval.ts';

const registry = seedRegistry();
const byLanguage = (results: ArticleResult[], language: string) =>
  results.filter((r) => r.language === language);

describe.each([
  ['tuned', 0.95],
  ['held-out', 0.95],
  // Written after the code was tuned, and committed before it was first run: unseen data.
  ['fresh', 0.95],
])('the %s evaluation set', (set, target) => {
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

  it.each(['en', 'es'])(
    `gets at least ${target * 100} percent of speakers right in %s, and never a confident wrong one where the text names a group`,
    (language) => {
      const s = summarise(byLanguage(results, language));
      expect(share(s.speakers), misses.join('\n')).toBeGreaterThanOrEqual(target);
      expect(s.confidentWrongOnGroups, misses.join('\n')).toBe(0);
    },
  );

  it.each(['en', 'es'])(
    `resolves at least ${target * 100} percent of date wordings in %s as npm run check does`,
    (language) => {
      const s = summarise(byLanguage(results, language));
      expect(share(s.dates), misses.join('\n')).toBeGreaterThanOrEqual(target);
    },
  );

  it('reads outlet, publication date, language and byline, and offers no byline name as an actor', () => {
    const s = summarise(results);
    expect(s.header.right, misses.join('\n')).toBe(s.header.total);
    expect(s.creditNamesOffered, misses.join('\n')).toBe(0);
  });
});
