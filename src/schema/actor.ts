// The frontmatter of `content/actors/<id>.md`: one actor shared by every briefing.
import { z } from 'zod';

export const ACTOR_KINDS = [
  'person',
  'government',
  'country',
  'organization',
  'criminal-group',
  'media',
  'other',
] as const;

export const ActorSchema = z.strictObject({
  /** Display name, accents included. @example "Nicolás Maduro" */
  name: z.string().trim().min(1),
  /** @example "person" */
  kind: z.enum(ACTOR_KINDS),
  /** Other names the source may use: translations, short forms. @example ["Aragua Train"] */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** Wikidata item id. @example "Q57413" */
  wikidata: z
    .string()
    .regex(/^Q\d+$/, 'must be a Wikidata item id like Q57413')
    .optional(),
  /** Country, for people and organisations. @example "Venezuela" */
  country: z.string().trim().min(1).optional(),
});

export type ActorMeta = z.output<typeof ActorSchema>;
