// The scale of the editor's ratings of claims: `content/ratings.md`'s frontmatter
// replaces the default scale below, which the editor's guide documents.
import { z } from 'zod';

export const RatingSchema = z.strictObject({
  /** What a :::claim's `rating=` names. @example "disputed" */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase kebab-case like mostly-accurate'),
  /** Shown to readers as the verdict. @example "Disputed" */
  label: z.string().trim().min(1),
  /** One sentence on what the rating means, shown beside it. */
  meaning: z.string().trim().min(1),
});

export const RatingScaleSchema = z.strictObject({
  /**
   * The ratings, from the best supported to the least; a rating's schema.org
   * `ratingValue` counts from the last (1) to the first (the number of ratings).
   */
  ratings: z
    .array(RatingSchema)
    .min(2, 'must list at least two ratings')
    .refine((list) => new Set(list.map((r) => r.id)).size === list.length, 'must not repeat an id'),
});

export type Rating = z.output<typeof RatingSchema>;
export type RatingScale = z.output<typeof RatingScaleSchema>;

/** The default scale, used when the content has no ratings.md. */
export const DEFAULT_RATING_SCALE: RatingScale = {
  ratings: [
    {
      id: 'accurate',
      label: 'Accurate',
      meaning: 'The sources’ evidence supports the claim as stated.',
    },
    {
      id: 'mostly-accurate',
      label: 'Mostly accurate',
      meaning: 'The evidence supports the claim, but it lacks context or is wrong in a detail.',
    },
    {
      id: 'unsupported',
      label: 'Unsupported',
      meaning: 'The sources offer no evidence for the claim beyond the claimant’s word.',
    },
    {
      id: 'disputed',
      label: 'Disputed',
      meaning: 'The sources hold evidence against the claim that they do not settle.',
    },
    {
      id: 'misleading',
      label: 'Misleading',
      meaning: 'Part of the claim holds, but as stated it leaves a false impression.',
    },
    {
      id: 'false',
      label: 'False',
      meaning: 'The sources’ evidence contradicts the claim.',
    },
  ],
};
