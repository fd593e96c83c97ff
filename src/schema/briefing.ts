// The frontmatter of `content/briefings/<slug>/briefing.md`.
import { z } from 'zod';

export const BriefingSchema = z.strictObject({
  /** @example "Maduro offers police cooperation to neighbours" */
  title: z.string().trim().min(1),
  /** One or two sentences for the index, the feed and link previews. */
  summary: z.string().trim().min(1),
  /** @example ["venezuela", "organized-crime"] */
  tags: z
    .array(
      z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase kebab-case like organized-crime'),
    )
    .default([]),
  /** `draft` briefings are checked but not published. */
  status: z.enum(['published', 'draft']).default('published'),
});

export type BriefingMeta = z.output<typeof BriefingSchema>;
