// Attributes of the annotation directives (:::quote, :::event, :::actor, :::note).
import { z } from 'zod';

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase kebab-case like tren-de-aragua');
const paragraph = z.coerce
  .number()
  .int('must be a whole ¶ number like 3')
  .positive('must be a ¶ number from 1');
const anchorAttributes = {
  /** ¶ number that holds the words, to tell a repeated phrase apart. @example "3" */
  p: paragraph.optional(),
  /** Words right before the quoted words in the source. */
  prefix: z.string().min(1).optional(),
  /** Words right after the quoted words in the source. */
  suffix: z.string().min(1).optional(),
};

export const QuoteAttributes = z.strictObject({
  /** Actor id of the speaker. @example "nicolas-maduro" */
  by: id,
  /** Stable id; the fragment is #q-<id>. Derived from the words when absent. */
  id: id.optional(),
  ...anchorAttributes,
});

export const EventAttributes = z.strictObject({
  /** EDTF or wording resolved against the source's date. @example "On Friday" */
  date: z.string().trim().min(1),
  /** Space-separated actor ids. @example "united-states tren-de-aragua" */
  actors: z.string().optional(),
  /** Stable id; the fragment is #e-<id>. */
  id: id.optional(),
  /** Citation for outside context: where this fact comes from. */
  cite: z.url({ protocol: /^https?$/ }).optional(),
  ...anchorAttributes,
});

export const ActorRoleAttributes = z.strictObject({
  /** Actor id. @example "tren-de-aragua" */
  ref: id,
});

export const NoteAttributes = z.strictObject({
  id: id.optional(),
  ...anchorAttributes,
});

export const DIRECTIVES = {
  quote: QuoteAttributes,
  event: EventAttributes,
  actor: ActorRoleAttributes,
  note: NoteAttributes,
} as const;

export type DirectiveName = keyof typeof DIRECTIVES;
