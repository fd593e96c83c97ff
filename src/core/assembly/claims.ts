// Claims across the site: the rating scale a site replaces in `content/ratings.md`,
// and every published claim by the date it was made. Main functions:
// `readRatingScale(path, text)` and `claimTimeline(briefings)`.
import type { Result } from '../diagnostics.ts';
import { splitFrontmatter, validateFrontmatter } from '../markdown/frontmatter.ts';
import { RatingScaleSchema, type RatingScale } from '../../schema/ratings.ts';
import { compareDates } from '../dates/dates.ts';
import type { Briefing, ClaimEntry } from './model.ts';

/** `content/ratings.md`'s scale (its decoded text); undefined, and the diagnostics say why, when invalid. */
export function readRatingScale(path: string, text: string): Result<RatingScale | undefined> {
  const split = splitFrontmatter(text);
  const checked = validateFrontmatter(path, split, RatingScaleSchema, 'rating scale');
  return { value: checked.data, diagnostics: checked.diagnostics };
}

/**
 * The order of two claims on the site's timeline: by when each was made (`made`, at its
 * precision, as the event timeline orders dates), then by when its source published it, then
 * by slug. `siteIndexes` merges with this same order when it updates the list.
 */
export function byClaimDate(a: ClaimEntry, b: ClaimEntry): number {
  const x = a.claim.appeared;
  const y = b.claim.appeared;
  return (
    compareDates(a.claim.made, b.claim.made) ||
    (x < y ? -1 : x > y ? 1 : 0) ||
    (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)
  );
}

/** Every claim of the briefings, by when it was made (byClaimDate), then in file order. */
export function claimTimeline(briefings: readonly Briefing[]): ClaimEntry[] {
  return briefings
    .flatMap((b) =>
      b.claims.map((claim, order) => ({
        entry: { slug: b.slug, briefingTitle: b.meta.title, claim },
        order,
      })),
    )
    .sort((a, b) => byClaimDate(a.entry, b.entry) || a.order - b.order)
    .map(({ entry }) => entry);
}
