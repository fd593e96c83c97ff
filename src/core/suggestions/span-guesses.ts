// What suggest would guess for words an editor selected (the live preview's annotate
// menu): the speaker, read as suggest attributes quotes, among registry actors only;
// the date wording of the selection's sentence; the registry actor the words name.
// Main function: `guessForSpan(input)`.
import { haystack } from '../anchoring/anchoring.ts';
import { findMentions, type Actor, type RegistryTerms } from '../actors/actors.ts';
import type { Paragraph } from '../text/paragraphs.ts';
import { sentenceAround } from './sentences.ts';
import { attributeQuotes, type KnownActor, type QuoteSpan } from './speakers.ts';
import { dateCandidates, quotedSpans } from './suggest.ts';

export interface SpanGuessInput {
  /** The paragraphs of the source the words are in. */
  paragraphs: readonly Paragraph[];
  /** That source's publication date (ISO) and dateline, as its frontmatter gives them. */
  published: string;
  dateline?: string | undefined;
  registry: ReadonlyMap<string, Actor>;
  terms?: RegistryTerms;
  /** The selected words: ¶ number and offsets into its text. */
  paragraph: number;
  start: number;
  end: number;
}

export interface SpanGuesses {
  /** The registry actor who says the words, when the text says who. */
  speaker?: { id: string; name: string };
  /** The registry actor the words name (a mention), the one covering most of them. */
  named?: { id: string; name: string };
  /** What `date=` would say: the date wording of the words' sentence, as suggest writes it. */
  date?: { attribute: string; wording: string };
}

export function guessForSpan(input: SpanGuessInput): SpanGuesses {
  const { paragraphs, registry, paragraph: n, start, end } = input;
  const paragraph = paragraphs.find((p) => p.n === n);
  if (!paragraph) return {};
  const source = haystack(paragraphs);
  const mentions = findMentions(source, registry.values(), input.terms);
  const guesses: SpanGuesses = {};

  // The speaker: the words as one more quote among the source's own, in source order, so
  // "it insisted" or a quote continuing the last one is read as suggest reads it. A
  // selection inside quotation marks is that quote.
  const known = new Map<string, KnownActor>();
  for (const a of registry.values())
    known.set(a.id, { name: a.name, kind: a.kind, registered: true });
  const quoted = quotedSpans(paragraphs);
  const inside = quoted.find((q) => q.paragraph === n && q.start <= start && q.end >= end);
  const own: QuoteSpan = inside ?? { paragraph: n, start, end };
  const spans = inside
    ? quoted
    : [...quoted.filter((q) => !(q.paragraph === n && q.start < end && q.end > start)), own].sort(
        (a, b) => a.paragraph - b.paragraph || a.start - b.start,
      );
  const attribution = attributeQuotes(paragraphs, spans, mentions, known)[spans.indexOf(own)];
  const speaker = attribution?.speaker ? registry.get(attribution.speaker.id) : undefined;
  if (speaker) guesses.speaker = { id: speaker.id, name: speaker.name };

  // The actor the words name: the mention overlapping them most.
  let best: { id: string; overlap: number } | undefined;
  for (const m of mentions) {
    if (m.paragraph !== n) continue;
    const overlap = Math.min(m.end, end) - Math.max(m.start, start);
    if (overlap > 0 && (!best || overlap > best.overlap)) best = { id: m.actor, overlap };
  }
  const named = best ? registry.get(best.id) : undefined;
  if (named) guesses.named = { id: named.id, name: named.name };

  // The date: a wording inside the words first, else the one nearest them in their sentence.
  const sentence = sentenceAround(paragraph.text, start, end);
  const dates = dateCandidates(
    paragraph,
    input.published,
    input.dateline,
    source,
    [],
    new Map(),
    [],
  ).filter((d) => d.start >= sentence.start && d.end <= sentence.end);
  const distance = (d: { start: number; end: number }) =>
    d.start >= start && d.end <= end
      ? -1
      : Math.min(Math.abs(d.start - end), Math.abs(start - d.end));
  const date = dates.sort((a, b) => distance(a) - distance(b))[0];
  if (date) guesses.date = { attribute: date.attribute, wording: date.wording };
  return guesses;
}
