// Claims across the site: the rating scale a site replaces in `content/ratings.md`,
// and every published claim by the date it appeared. Main functions:
// `readRatingScale(path, text)` and `claimTimeline(briefings)`.
import type { Result } from '../diagnostics.ts';
import { splitFrontmatter, validateFrontmatter } from '../markdown/frontmatter.ts';
import { RatingScaleSchema, type RatingScale } from '../../schema/ratings.ts';
import type { Briefing, ClaimEntry } from './model.ts';

/** `content/ratings.md`'s scale (its decoded text); undefined, and the diagnostics say why, when invalid. */
export function readRatingScale(path: string, text: string): Result<RatingScale | undefined> {
  const split = splitFrontmatter(text);
  const checked = validateFrontmatter(path, split, RatingScaleSchema, 'rating scale');
  return { value: checked.data, diagnostics: checked.diagnostics };
}

/** Every claim of the briefings, by the date its source was published, then by slug and file order. */
export function claimTimeline(briefings: readonly Briefing[]): ClaimEntry[] {
  return briefings
    .flatMap((b) =>
      b.claims.map((claim, order) => ({
        entry: { slug: b.slug, briefingTitle: b.meta.title, claim },
        order,
      })),
    )
    .sort(
      (a, b) =>
        (a.entry.claim.appeared < b.entry.claim.appeared
          ? -1
          : a.entry.claim.appeared > b.entry.claim.appeared
            ? 1
            : 0) ||
        (a.entry.slug < b.entry.slug ? -1 : a.entry.slug > b.entry.slug ? 1 : 0) ||
        a.order - b.order,
    )
    .map(({ entry }) => entry);
}
