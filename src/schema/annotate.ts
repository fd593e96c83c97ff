// The message the live preview's annotate app sends to the dev server on the
// `dossier:annotate` channel (src/browser/annotate-app.ts → src/integration/annotate.ts).
// Nothing in it is trusted: strict objects, ids by pattern, sizes capped. A briefing and
// a source are ids the server looks up in the assembled site, never paths; the words are
// compared with the server's own text at the offsets.
import { z } from 'zod';

/** The custom event of the dev toolbar's channel, both ways (the reply adds `-result`), and the reply's type. */
export {
  ANNOTATE_EVENT,
  ANNOTATE_RESULT_EVENT,
  type AnnotateReply,
} from '../browser/annotate-protocol.ts';

/** What the menu offers, in its order: the kinds of annotation a selection can become. */
export const ANNOTATION_KINDS = ['quote', 'event', 'claim', 'note', 'mention'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

/** The longest selection the app sends, in UTF-16 units: a long paragraph's worth. */
export const MAX_SELECTION = 2000;
/** The largest message accepted, as JSON text, before it is parsed at all. */
export const MAX_MESSAGE_BYTES = 8192;

const id = z
  .string()
  .max(120)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase kebab-case');
const offset = z.number().int().min(0).max(1_000_000);

const Selection = {
  /** The reply carries it back, so the app knows which request it answers. @example "r1" */
  request: z
    .string()
    .max(40)
    .regex(/^[A-Za-z0-9-]+$/),
  /** The briefing's slug, as the page's address gives it. @example "maduro-police-cooperation" */
  slug: id,
  /** A further source's id (`sources/<id>.md`); '' for source.md. @example "coastal-wire" */
  source: z.union([z.literal(''), id]),
  /** ¶ number in that source. @example 4 */
  paragraph: z.number().int().min(1).max(100_000),
  /** Offsets of the selected words into the paragraph's text (UTF-16 units). */
  start: offset,
  end: offset,
  /** The selected words as the page shows them: the server compares them with its own text. */
  words: z.string().min(1).max(MAX_SELECTION),
};

/** Asks what the server would guess for the selection: speaker, actor, date wording. */
export const GuessRequestSchema = z.strictObject({
  action: z.literal('guess'),
  ...Selection,
});

/** Asks the server to write the annotation. */
export const WriteRequestSchema = z.strictObject({
  action: z.literal('write'),
  ...Selection,
  /** One of the menu's kinds. */
  kind: z.enum(ANNOTATION_KINDS),
  /**
   * The speaker (quote, claim) or the actor (mention): a registry actor id, or
   * `fill-in-speaker`; absent, the server's own guess.
   */
  actor: id.optional(),
  /** Mention only: draft a new actor file named by the selected words. */
  newActor: z.literal(true).optional(),
});

export const AnnotateRequestSchema = z.discriminatedUnion('action', [
  GuessRequestSchema,
  WriteRequestSchema,
]);

export type AnnotateRequest = z.output<typeof AnnotateRequestSchema>;
export type GuessRequest = z.output<typeof GuessRequestSchema>;
export type WriteRequest = z.output<typeof WriteRequestSchema>;
