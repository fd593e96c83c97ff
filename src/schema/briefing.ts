// The frontmatter of `content/briefings/<slug>/briefing.md`.
import { z } from 'zod';
import { isoDate } from './source.ts';

export const BriefingSchema = z
  .strictObject({
    /** @example "Maduro offers police cooperation to neighbours" */
    title: z.string().trim().min(1),
    /** One or two sentences for the index, the feed and link previews. */
    summary: z.string().trim().min(1),
    /** @example ["venezuela", "organized-crime"] */
    tags: z
      .array(
        z
          .string()
          .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase kebab-case like organized-crime'),
      )
      .default([]),
    /** `draft` briefings are checked but not published. Read in any case: `Draft` is `draft`. */
    status: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(['published', 'draft']))
      .default('published'),
    /**
     * When the briefing was first published, ISO 8601. Absent: the date of the first
     * commit of the briefing's folder in git, else none is shown.
     * @example "2025-12-07"
     */
    published: isoDate.optional(),
    /**
     * When the briefing last changed in substance, ISO 8601, on or after `published`.
     * Absent: the date of the last commit of the briefing's folder, when later than
     * `published`, else none is shown.
     * @example "2025-12-09"
     */
    updated: isoDate.optional(),
    /** Who wrote the briefing: a person or a desk, shown in the byline. @example "Dossier Latin America desk" */
    author: z.string().trim().min(1).optional(),
  })
  .refine((b) => !b.published || !b.updated || b.updated >= b.published, {
    path: ['updated'],
    message: 'must be on or after "published"',
  });

export type BriefingMeta = z.output<typeof BriefingSchema>;
