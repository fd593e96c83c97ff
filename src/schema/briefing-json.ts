// The published data format of a briefing: /briefings/<slug>/briefing.json,
// described for other tools by the JSON Schema at /schema/briefing.schema.json
// (generated from this zod schema). Offsets count Unicode code points into the
// published source text, /briefings/<slug>/source.txt (or a further source's
// sources/<id>.txt when an anchor names it), like the W3C annotation export.
import { z } from 'zod';
import { ACTOR_KINDS } from './actor.ts';

export const BRIEFING_JSON_VERSION = 1;

const url = z.url({ protocol: /^https?$/ });
const offset = z.int().min(0);

/** A range of source.txt. */
const Span = z.strictObject({
  start: offset.describe('Code-point offset in source.txt of the first character.'),
  end: offset.describe('Code-point offset in source.txt just past the last character.'),
});

const AnchorJson = z
  .strictObject({
    paragraph: z
      .int()
      .min(1)
      .meta({ description: '¶ number the span is in.', examples: [3] }),
    start: offset.describe(
      'Code-point offset in source.txt where the span starts (first quoted word, or the paragraph start for a note on a whole paragraph).',
    ),
    end: offset.describe(
      'Code-point offset in source.txt where the span ends (after the last quoted word, elided words included).',
    ),
    parts: z
      .array(Span)
      .describe(
        'The quoted words themselves: one part, or one per part of an elided quote ("…"); empty for a note on a whole paragraph.',
      ),
    source: z
      .string()
      .optional()
      .meta({
        description:
          "The further source the span is in (an id of furtherSources); absent for source.md. Offsets then count into that source's text.",
        examples: ['coastal-wire'],
      }),
  })
  .describe('Where in the source an annotation is anchored.');

const EvidenceJson = z.strictObject({
  id: z.string().meta({
    description: 'Fragment id on the briefing page: the event or claim id, then -v<k>.',
    examples: ['c-gangs-defeated-v1'],
  }),
  url: url.describe('The piece of evidence on the briefing page.'),
  stance: z.enum(['supports', 'contradicts']),
  words: z.string().describe('The passage as its source prints it.'),
  noteHtml: z.string().describe('The editor\'s note on it, sanitised HTML; "" when none.'),
  anchor: AnchorJson,
});

const DatePointJson = z.strictObject({
  datetime: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .meta({
      description: 'The date at its own precision, as `<time datetime>` carries it.',
      examples: ['2025-11'],
    }),
  precision: z.enum(['day', 'month', 'year']),
});

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const DateJson = z
  .strictObject({
    wording: z.string().meta({ description: 'What the editor wrote.', examples: ['last month'] }),
    edtf: z.string().meta({
      description: 'The date as EDTF (ISO 8601-2, Library of Congress).',
      examples: ['2025-11'],
    }),
    kind: z.enum(['single', 'interval']),
    start: DatePointJson.optional().describe(
      "The date, or an interval's start; absent for an open start.",
    ),
    end: DatePointJson.optional().describe(
      "An interval's end; absent for a single date or an open end.",
    ),
    qualifier: z.enum(['approximate', 'uncertain', 'uncertain-approximate']).optional(),
    relative: z
      .boolean()
      .describe("True when the wording was resolved against the source's publication date."),
  })
  .describe("An event's date, resolved, at its own precision.");

const QuoteJson = z.strictObject({
  id: z
    .string()
    .regex(/^q-/)
    .meta({ description: 'Fragment id on the briefing page.', examples: ['q-comprehensive'] }),
  url: url.describe('The quote on the briefing page.'),
  by: z.string().meta({ description: "The speaker's actor id.", examples: ['nicolas-maduro'] }),
  words: z
    .string()
    .describe(
      'The quoted words as the source prints them; parts of an elided quote joined with " … ".',
    ),
  noteHtml: z.string().describe('The editor\'s note, sanitised HTML; "" when none.'),
  anchor: AnchorJson,
});

const EventJson = z.strictObject({
  id: z
    .string()
    .regex(/^e-/)
    .meta({ description: 'Fragment id on the briefing page.', examples: ['e-us-sanctions'] }),
  url: url.describe('The event on the briefing page.'),
  date: DateJson,
  label: z.string().describe("The editor's note as plain text, else the evidence words."),
  noteHtml: z.string().describe('The editor\'s note, sanitised HTML; "" when none.'),
  actors: z.array(z.string()).describe('Ids of the actors involved.'),
  origin: z
    .enum(['source', 'context'])
    .describe(
      '`source`: reported by the article (has evidence); `context`: from outside, with a citation.',
    ),
  anchor: AnchorJson.optional().describe(
    'Where the evidence is in the source (events from the source only).',
  ),
  evidence: z.string().optional().describe('The evidence words as the source prints them.'),
  cite: url.optional().describe('The citation of an outside-context event.'),
  furtherEvidence: z
    .array(EvidenceJson)
    .describe('Further passages, in any source, that support or contradict the event.'),
  reportedIn: z
    .array(z.string())
    .describe(
      'The sources that report it (its own words and supporting evidence): "" for source.md, else a further source id.',
    ),
});

const ClaimJson = z.strictObject({
  id: z
    .string()
    .regex(/^c-/)
    .meta({ description: 'Fragment id on the briefing page.', examples: ['c-gangs-defeated'] }),
  url: url.describe('The claim on the briefing page.'),
  by: z.string().meta({ description: 'Actor id of who made it.', examples: ['nicolas-maduro'] }),
  words: z.string().describe("The claim in its maker's words, as the source prints them."),
  anchor: AnchorJson,
  statement: z.string().describe("The editor's one-sentence statement of what is claimed."),
  appeared: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .describe("The publication date of the source the claim's words are in."),
  made: DateJson.describe(
    "When the claim was made: the claim's own date=, else the date of the event whose words hold the claim's, else the source's publication date.",
  ),
  rating: z
    .strictObject({
      id: z.string().meta({ examples: ['disputed'] }),
      label: z.string().meta({ examples: ['Disputed'] }),
      meaning: z.string(),
      value: z
        .int()
        .min(1)
        .describe('Its place on the scale: 1 the least supported, `scale` the best.'),
      scale: z.int().min(2).describe('How many ratings the scale has.'),
    })
    .describe("The editor's rating, from the site's scale."),
  evidence: z.array(EvidenceJson),
  reasoningHtml: z.string().describe("The editor's reasoning, sanitised HTML."),
});

const NoteJson = z.strictObject({
  id: z
    .string()
    .regex(/^n-/)
    .meta({ description: 'Fragment id on the briefing page.', examples: ['n-exporters-estimate'] }),
  url: url,
  label: z.string().describe('The note as plain text.'),
  noteHtml: z.string().describe('The note, sanitised HTML.'),
  anchor: AnchorJson,
});

const MentionJson = z.strictObject({
  id: z.string().meta({
    description: 'Fragment id of the mention in the annotated source.',
    examples: ['m-tren-de-aragua-1'],
  }),
  paragraph: z.int().min(1),
  start: offset.describe(
    "Code-point offset in source.txt (in the further source's text when `source` is set).",
  ),
  end: offset.describe(
    "Code-point offset in source.txt (in the further source's text when `source` is set).",
  ),
  text: z
    .string()
    .meta({ description: 'The words as the source writes them.', examples: ['Aragua Train'] }),
  source: z
    .string()
    .optional()
    .meta({
      description:
        'The further source the mention is in (an id of furtherSources); absent for source.md.',
      examples: ['coastal-wire'],
    }),
});

const ActorJson = z.strictObject({
  id: z
    .string()
    .meta({ description: 'Actor id, shared by every briefing.', examples: ['tren-de-aragua'] }),
  url: url.describe("The actor's page across all briefings."),
  name: z.string().meta({ examples: ['Tren de Aragua'] }),
  kind: z.enum(ACTOR_KINDS),
  aliases: z.array(z.string()).meta({ examples: [['Aragua Train']] }),
  wikidata: z
    .string()
    .regex(/^Q\d+$/)
    .optional()
    .meta({ description: 'Wikidata item id.', examples: ['Q57413'] }),
  country: z.string().optional(),
  descriptionHtml: z.string().describe('The registry description, sanitised HTML.'),
  roleHtml: z
    .string()
    .describe('The role in this briefing (its :::actor note), sanitised HTML; "" when none.'),
  mentions: z.array(MentionJson).describe('Where the source names the actor.'),
  quotes: z.array(z.string()).describe('Ids of the quotes the actor speaks.'),
  events: z.array(z.string()).describe('Ids of the events the actor is involved in.'),
  claims: z.array(z.string()).describe('Ids of the claims the actor made.'),
});

const ParagraphJson = z.strictObject({
  n: z.int().min(1).describe('¶ number.'),
  id: z.string().meta({ description: 'Fragment id on the briefing page.', examples: ['p4'] }),
  text: z.string().describe('The paragraph verbatim.'),
  start: offset.describe('Code-point offset of its first character in source.txt.'),
  end: offset.describe('Code-point offset just past its last character in source.txt.'),
});

const SourceJson = z.strictObject({
  title: z.string(),
  outlet: z.string().meta({ examples: ['Europa Press'] }),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .meta({ description: 'Publication date.', examples: ['2025-12-06'] }),
  url: url.optional().describe("The publisher's page."),
  author: z.string().optional(),
  dateline: z.string().optional(),
  caption: z.string().optional(),
  credit: z.string().optional(),
  language: z
    .string()
    .optional()
    .meta({ description: 'BCP 47 tag.', examples: ['en'] }),
  text: url.describe('The source body as plain text (source.txt): what every offset counts into.'),
  paragraphs: z.array(ParagraphJson),
});

const FurtherSourceJson = SourceJson.extend({
  id: z.string().meta({
    description: 'The source id (sources/<id>.md); its paragraph ids are <id>-p<n>.',
    examples: ['coastal-wire'],
  }),
  text: url.describe(
    'The source body as plain text (sources/<id>.txt): what the offsets of spans in it count into.',
  ),
});

export const BriefingJsonSchema = z
  .strictObject({
    $schema: url.describe("This format's JSON Schema."),
    version: z
      .literal(BRIEFING_JSON_VERSION)
      .describe('Format version; changes that break readers bump it.'),
    slug: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/)
      .meta({ examples: ['maduro-police-cooperation'] }),
    url: url.describe('The briefing page.'),
    title: z.string(),
    summary: z.string().describe("The editor's summary: one or two sentences."),
    tags: z.array(z.string()),
    published: isoDay
      .optional()
      .describe("The briefing's own publication date (not its source's); absent when unknown."),
    updated: isoDay
      .optional()
      .describe("The briefing's last update, when later than its publication; absent otherwise."),
    introHtml: z.string().describe('The editor\'s introduction, sanitised HTML; "" when none.'),
    links: z
      .strictObject({
        annotations: url.describe('The W3C Web Annotation collection of the quotes and events.'),
        sourceText: url.describe('Same as source.text.'),
      })
      .describe("The briefing's other formats."),
    source: SourceJson,
    furtherSources: z
      .array(FurtherSourceJson)
      .describe('The sources beside source.md, by id; an anchor names one with `source`.'),
    quotes: z.array(QuoteJson).describe('In the order the editor wrote them.'),
    events: z.array(EventJson).describe('In chronological order.'),
    notes: z.array(NoteJson),
    claims: z.array(ClaimJson).describe('In the order the editor wrote them.'),
    actors: z
      .array(ActorJson)
      .describe(
        'Every actor that appears: mentioned, quoted, in an event or given a role; by name.',
      ),
  })
  .describe(
    "A Dossier briefing: a news article with an editor's quotes, dated events, actors and notes, each anchored to the source text.",
  );

export type BriefingJson = z.output<typeof BriefingJsonSchema>;

/** The JSON Schema (draft 2020-12) published at /schema/briefing.schema.json. */
export function briefingJsonSchema(id: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(BriefingJsonSchema, { target: 'draft-2020-12', io: 'output' }),
    $id: id,
    title: 'Dossier briefing',
  };
}
