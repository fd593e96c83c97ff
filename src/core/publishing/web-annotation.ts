// W3C Web Annotation export: a briefing's quotes, events, claims (motivation
// `assessing`) and pieces of evidence as one AnnotationCollection whose annotations
// target the published source text (source.txt, or sources/<id>.txt for a further
// source) by TextQuoteSelector and TextPositionSelector, with the speaker or actors
// and the editor's note as bodies. Main function: `annotationCollection(briefing, site)`.
import type { Range } from '../anchoring/anchoring.ts';
import type {
  Briefing,
  BriefingEvent,
  Claim,
  Evidence,
  Quote,
  SourcedAnchor,
} from '../assembly/model.ts';
import type { Paragraph } from '../text/paragraphs.ts';
import { publicUrls, type PublicUrls } from './public-urls.ts';
import { sourceOffsets, type SourceOffsets } from '../text/source-offsets.ts';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The motivations (and body purposes) the Web Annotation Data Model defines (§3.3.5). */
export const MOTIVATIONS = [
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
] as const;
export type Motivation = (typeof MOTIVATIONS)[number];

/** Characters of context kept before and after the quoted words (never across a paragraph break). */
export const CONTEXT_LENGTH = 32;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  /** The selected words as the source prints them. */
  exact: string;
  /** Up to CONTEXT_LENGTH characters right before `exact`, within its paragraph; absent at a paragraph start. */
  prefix?: string;
  /** Up to CONTEXT_LENGTH characters right after `exact`, within its paragraph; absent at a paragraph end. */
  suffix?: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** Code-point offsets into source.txt, end exclusive. */
  start: number;
  end: number;
}

/** The published source text, the resource every selector applies to. */
export interface SourceTextResource {
  id: string;
  type: 'Text';
  format: 'text/plain';
  language?: string;
}

export interface SourceSpanTarget {
  type: 'SpecificResource';
  source: SourceTextResource;
  /** Two descriptions of the same span: by its words, and by its offsets. */
  selector: [TextQuoteSelector, TextPositionSelector];
}

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain' | 'text/html';
  purpose: Motivation;
}

/** A body that points at a resource: a schema.org class, or an actor. */
export interface ResourceBody {
  type: 'SpecificResource';
  purpose: Motivation;
  source: string | { id: string; label: string };
}

export type AnnotationBody = TextualBody | ResourceBody;

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: Motivation;
  body: AnnotationBody[];
  /** One span; one span per quoted part of an elided quote; or the citation of an outside-context event. */
  target: SourceSpanTarget | SourceSpanTarget[] | string;
}

export interface AnnotationPage {
  id: string;
  type: 'AnnotationPage';
  partOf: string;
  startIndex: number;
  items: WebAnnotation[];
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generator: { id: string; type: 'Software'; name: string };
  first: AnnotationPage;
  last: string;
}

/**
 * Every quote, every event, every claim and every piece of evidence (of events, then
 * of claims) of `briefing`, in that order, as one collection on one page.
 */
export function annotationCollection(briefing: Briefing, site: URL | string): AnnotationCollection {
  const urls = publicUrls(site);
  const id = urls.annotations(briefing.slug);
  const texts = new Map<string, SourceContext>([
    [
      '',
      {
        paragraphs: briefing.paragraphs,
        offsets: sourceOffsets(briefing.paragraphs),
        resource: {
          id: urls.sourceText(briefing.slug),
          type: 'Text',
          format: 'text/plain',
          ...(briefing.source.language ? { language: briefing.source.language } : {}),
        },
      },
    ],
    ...briefing.furtherSources.map((s): [string, SourceContext] => [
      s.id,
      {
        paragraphs: s.paragraphs,
        offsets: sourceOffsets(s.paragraphs),
        resource: {
          id: urls.furtherSourceText(briefing.slug, s.id),
          type: 'Text',
          format: 'text/plain',
          ...(s.language ? { language: s.language } : {}),
        },
      },
    ]),
  ]);
  const primary = texts.get('');
  if (!primary) throw new Error('unreachable: source.md is always there');
  const context: ExportContext = {
    urls,
    annotationsId: id,
    paragraphs: briefing.paragraphs,
    offsets: primary.offsets,
    source: primary.resource,
    texts,
    actorNames: new Map(briefing.actors.map((a) => [a.id, a.name])),
  };
  const items = [
    ...briefing.quotes.map((q) => quoteAnnotation(q, context)),
    ...briefing.events.map((e) => eventAnnotation(e, context)),
    ...briefing.claims.map((c) => claimAnnotation(c, context)),
    ...briefing.events.flatMap((e) =>
      e.furtherEvidence.map((v) => evidenceAnnotation(v, e.id, context)),
    ),
    ...briefing.claims.flatMap((c) => c.evidence.map((v) => evidenceAnnotation(v, c.id, context))),
  ];
  const page = `${id}#page-1`;
  return {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `Annotations of “${briefing.source.title}” in the briefing “${briefing.meta.title}”`,
    total: items.length,
    generator: { id: urls.home, type: 'Software', name: 'Dossier' },
    first: { id: page, type: 'AnnotationPage', partOf: id, startIndex: 0, items },
    last: page,
  };
}

/** One source's text as the export sees it: its paragraphs, their offsets and its published resource. */
interface SourceContext {
  paragraphs: readonly Paragraph[];
  offsets: SourceOffsets;
  resource: SourceTextResource;
}

interface ExportContext {
  urls: PublicUrls;
  annotationsId: string;
  paragraphs: readonly Paragraph[];
  offsets: SourceOffsets;
  source: SourceTextResource;
  /** Every source by id ('' for source.md). */
  texts: ReadonlyMap<string, SourceContext>;
  actorNames: ReadonlyMap<string, string>;
}

/**
 * A claim, motivated `assessing`: its words are the target; the bodies classify it
 * as a schema.org Claim, name who made it, state it (describing), give the editor's
 * rating (assessing, the label) and the reasoning (commenting).
 */
function claimAnnotation(claim: Claim, context: ExportContext): WebAnnotation {
  return {
    id: `${context.annotationsId}#${claim.id}`,
    type: 'Annotation',
    motivation: 'assessing',
    body: [
      { type: 'SpecificResource', purpose: 'classifying', source: 'https://schema.org/Claim' },
      actorBody(claim.by, context),
      { type: 'TextualBody', purpose: 'describing', format: 'text/plain', value: claim.statement },
      {
        type: 'TextualBody',
        purpose: 'assessing',
        format: 'text/plain',
        value: `${claim.rating.label}: ${claim.rating.meaning}`,
      },
      ...(claim.reasoningHtml
        ? [
            {
              type: 'TextualBody',
              purpose: 'commenting',
              format: 'text/html',
              value: claim.reasoningHtml,
            } as const,
          ]
        : []),
    ],
    target: spanTargets(claim.anchor, context),
  };
}

/**
 * A piece of evidence, motivated `linking`: the passage is the target; the bodies
 * link it to the claim's or event's annotation and tag its stance (supports or
 * contradicts), with the editor's note on it as a comment.
 */
function evidenceAnnotation(
  evidence: Evidence,
  parentId: string,
  context: ExportContext,
): WebAnnotation {
  return {
    id: `${context.annotationsId}#${evidence.id}`,
    type: 'Annotation',
    motivation: 'linking',
    body: [
      {
        type: 'SpecificResource',
        purpose: 'linking',
        source: `${context.annotationsId}#${parentId}`,
      },
      { type: 'TextualBody', purpose: 'tagging', format: 'text/plain', value: evidence.stance },
      ...(evidence.noteHtml
        ? [
            {
              type: 'TextualBody',
              purpose: 'commenting',
              format: 'text/html',
              value: evidence.noteHtml,
            } as const,
          ]
        : []),
    ],
    target: spanTargets(evidence.anchor, context),
  };
}

function quoteAnnotation(quote: Quote, context: ExportContext): WebAnnotation {
  return {
    id: `${context.annotationsId}#${quote.id}`,
    type: 'Annotation',
    motivation: 'identifying',
    body: [
      { type: 'SpecificResource', purpose: 'classifying', source: 'https://schema.org/Quotation' },
      actorBody(quote.by, context),
      ...(quote.noteHtml
        ? [
            {
              type: 'TextualBody',
              purpose: 'commenting',
              format: 'text/html',
              value: quote.noteHtml,
            } as const,
          ]
        : []),
    ],
    target: spanTargets(quote.anchor, context),
  };
}

function eventAnnotation(event: BriefingEvent, context: ExportContext): WebAnnotation {
  const description: TextualBody = event.noteHtml
    ? { type: 'TextualBody', purpose: 'describing', format: 'text/html', value: event.noteHtml }
    : { type: 'TextualBody', purpose: 'describing', format: 'text/plain', value: event.label };
  return {
    id: `${context.annotationsId}#${event.id}`,
    type: 'Annotation',
    motivation: 'describing',
    body: [
      { type: 'SpecificResource', purpose: 'classifying', source: 'https://schema.org/Event' },
      description,
      { type: 'TextualBody', purpose: 'tagging', format: 'text/plain', value: event.date.edtf },
      ...event.actors.map((id) => actorBody(id, context)),
    ],
    target: event.anchor ? spanTargets(event.anchor, context) : (event.cite ?? context.source.id),
  };
}

function actorBody(id: string, context: ExportContext): ResourceBody {
  return {
    type: 'SpecificResource',
    purpose: 'identifying',
    source: { id: actorIri(context.urls, id), label: context.actorNames.get(id) ?? id },
  };
}

/** The IRI naming an actor in every export (also the schema.org node id): its page plus `#actor`. */
export function actorIri(urls: PublicUrls, id: string): string {
  return `${urls.actor(id)}#actor`;
}

/** One target per quoted part: an elided quote selects exactly the words it quotes, not the elided ones. */
function spanTargets(
  anchor: SourcedAnchor,
  context: ExportContext,
): SourceSpanTarget | SourceSpanTarget[] {
  const n = anchor.paragraph;
  const text = context.texts.get(anchor.source ?? '');
  if (!text) throw new RangeError(`No source "${anchor.source ?? ''}" in this briefing.`);
  const paragraph = text.paragraphs[n - 1];
  if (!paragraph) throw new RangeError(`No paragraph ¶${n} in this source.`);
  const parts = anchor.parts.length > 0 ? anchor.parts : [{ start: anchor.start, end: anchor.end }];
  const targets = parts.map((part): SourceSpanTarget => ({
    type: 'SpecificResource',
    source: text.resource,
    selector: [
      quoteSelector(paragraph.text, part),
      {
        type: 'TextPositionSelector',
        start: text.offsets.at(n, part.start),
        end: text.offsets.at(n, part.end),
      },
    ],
  }));
  const [only] = targets;
  return targets.length === 1 && only ? only : targets;
}

/** `exact` with up to CONTEXT_LENGTH characters of its paragraph on each side (never splitting a surrogate pair). */
export function quoteSelector(text: string, range: Range): TextQuoteSelector {
  let from = Math.max(0, range.start - CONTEXT_LENGTH);
  if (isLowSurrogate(text.charCodeAt(from)) && from > 0) from++;
  let to = Math.min(text.length, range.end + CONTEXT_LENGTH);
  if (isLowSurrogate(text.charCodeAt(to)) && to < text.length) to--;
  const prefix = text.slice(from, range.start);
  const suffix = text.slice(range.end, to);
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(range.start, range.end),
    ...(prefix ? { prefix } : {}),
    ...(suffix ? { suffix } : {}),
  };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
