// The frontmatter of `content/briefings/<slug>/source.md`: the article's metadata.
import { z } from 'zod';

/** A calendar date, ISO 8601 `YYYY-MM-DD`. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be an ISO date like 2025-12-06', abort: true })
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
      new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'is not a real calendar date',
  );

export const SourceSchema = z.strictObject({
  /** @example "Maduro offers police cooperation agreements to neighboring countries to combat organized crime" */
  title: z.string().trim().min(1),
  /** Publisher of the article. @example "Europa Press" */
  outlet: z.string().trim().min(1),
  /** Publication date, ISO 8601; relative dates in annotations resolve against it. @example "2025-12-06" */
  published: isoDate,
  /** The publisher's page; quotes link to it with Text Fragments. @example "https://www.europapress.es/…" */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** Byline. @example "Europa Press" */
  author: z.string().trim().min(1).optional(),
  /** Credit lines as printed, besides the byline: editing, additional reporting. @example "Reporting by Priya Natarajan; Editing by Thomas Whitcombe" */
  credits: z.string().trim().min(1).optional(),
  /** Dateline as printed. @example "Madrid, December 6 (European Press)" */
  dateline: z.string().trim().min(1).optional(),
  /** Photo caption. @example "Venezuelan President Nicolas Maduro" */
  caption: z.string().trim().min(1).optional(),
  /** Photo credit. @example "Europa Press/Contact/Pedro Mattei" */
  credit: z.string().trim().min(1).optional(),
  /** BCP 47 language tag of the article. @example "en" */
  language: z
    .string()
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'must be a language tag like en or es-VE')
    .optional(),
});

export type SourceMeta = z.output<typeof SourceSchema>;
