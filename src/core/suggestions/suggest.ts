// core/suggestions owns draft annotations for an editor: quotes with speakers, dates, names the registry lacks.
//
// Suggestions: candidate annotations for an editor to keep or delete, found in a
// source: every direct quote with a speaker guess, every date expression resolved
// as the build resolves it, registry actors named in the text, and people and
// organisations not yet in the registry. Main function: `suggest(input)`.
import { anchor, haystack, type AnchorOptions, type Haystack } from '../anchoring/anchoring.ts';
import { findMentions, type Actor, type Mention } from '../actors/actors.ts';
import { parseAnnotations } from '../markdown/annotations.ts';
import type { ContentFile } from '../assembly/briefing.ts';
import { resolveDate, type ResolvedDate } from '../dates/dates.ts';
import type { Result } from '../diagnostics.ts';
import { splitFrontmatter, validateFrontmatter } from '../markdown/frontmatter.ts';
import { foldText } from '../text/normalize.ts';
import { unregisteredNames, type NameCandidate } from './names.ts';
import { splitParagraphs, type Paragraph } from '../text/paragraphs.ts';
import { clauseAround, sentenceAround } from './sentences.ts';
import { dateWordings, tenseAround } from './date-wordings.ts';
import { attributeQuotes, type QuoteSpan } from './speakers.ts';
import { SourceSchema, type SourceMeta } from '../../schema/source.ts';
import type { ActorMeta } from '../../schema/actor.ts';

export type { NameCandidate } from './names.ts';

export interface SuggestInput {
  source: ContentFile;
  registry: ReadonlyMap<string, Actor>;
  /** The briefing's annotation files, so candidates already annotated are marked. */
  annotationFiles?: readonly ContentFile[];
}

/** Attributes that make the words anchor to this one place (none when they are unique). */
export interface AnchorHints {
  p?: number;
  prefix?: string;
}

export interface SpeakerGuess {
  /** A registry actor id, or the id a draft actor file would get. */
  id: string;
  name: string;
  registered: boolean;
  /** Why this speaker: "named in the same sentence". */
  why: string;
}

export interface QuoteCandidate {
  paragraph: number;
  /** The quoted words (without the quotation marks), offsets into the paragraph. */
  start: number;
  end: number;
  words: string;
  hints: AnchorHints;
  speaker?: SpeakerGuess;
  /** Who it might be when there is no guess (the text does not say who): most likely first. */
  candidates: { id: string; name: string }[];
  /** An existing :::quote already covers these words. */
  annotated: boolean;
}

export interface DateCandidate {
  paragraph: number;
  /** The date expression as the source prints it: "On Friday", "last month". */
  wording: string;
  start: number;
  end: number;
  /** What the build resolves `date="<attribute>"` to. */
  date: ResolvedDate;
  /**
   * What the draft writes in `date=`: the wording when it resolves alone to `date`; else
   * the EDTF value, when the sentence's tense decides it ("due to begin on Monday").
   */
  attribute: string;
  /** The clause around the date, as evidence for an :::event. */
  evidence: string;
  hints: AnchorHints;
  /** Registry actors named in the evidence. */
  actors: string[];
  annotated: boolean;
}

export interface ActorCandidate {
  id: string;
  name: string;
  mentions: { paragraph: number; text: string }[];
  /** The briefing already has an :::actor block for it. */
  annotated: boolean;
}

export interface Suggestions {
  source: SourceMeta;
  paragraphs: Paragraph[];
  quotes: QuoteCandidate[];
  dates: DateCandidate[];
  names: NameCandidate[];
  actors: ActorCandidate[];
}

const QUOTED = /“([^“”]+)”|"([^"\n]+)"|«([^«»]+)»|„([^„“”]+)[“”]/gu;
/** Every candidate in the source; `value` is undefined when the source's frontmatter is invalid. */
export function suggest(input: SuggestInput): Result<Suggestions | undefined> {
  const split = splitFrontmatter(input.source.text);
  const meta = validateFrontmatter(input.source.path, split, SourceSchema, 'source');
  if (!meta.data) return { value: undefined, diagnostics: meta.diagnostics };
  const paragraphs = splitParagraphs(split.body, split.bodyLine);
  const source = haystack(paragraphs);
  const existing = existingAnnotations(input.annotationFiles ?? [], source);

  const names = unregisteredNames(paragraphs, input.registry.values());
  const drafts = names.map(draftActor);
  const known = new Map<string, { name: string; kind: ActorMeta['kind']; registered: boolean }>();
  for (const a of input.registry.values())
    known.set(a.id, { name: a.name, kind: a.kind, registered: true });
  for (const d of drafts)
    if (!known.has(d.id)) known.set(d.id, { name: d.name, kind: d.kind, registered: false });
  const mentions = findMentions(source, [
    ...input.registry.values(),
    ...drafts.filter((d) => !input.registry.has(d.id)),
  ]);

  const spans: (QuoteSpan & { words: string; wordsStart: number })[] = [];
  for (const paragraph of paragraphs) {
    for (const m of paragraph.text.matchAll(QUOTED)) {
      const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
      // "…without bread," she said: the comma belongs to the sentence, not the quote.
      const words = inner.trim().replace(/\s*[,;:]$/u, '');
      if (!words) continue;
      const start = m.index + m[0].indexOf(inner) + (inner.length - inner.trimStart().length);
      spans.push({
        paragraph: paragraph.n,
        start: m.index,
        end: m.index + m[0].length,
        words,
        wordsStart: start,
      });
    }
  }
  const attributions = attributeQuotes(paragraphs, spans, mentions, known);
  const quotes: QuoteCandidate[] = spans.map((span, i) => {
    const paragraph = paragraphs.find((p) => p.n === span.paragraph) ?? paragraphs[0];
    const start = span.wordsStart;
    const end = start + span.words.length;
    const attribution = attributions[i];
    const guess = attribution?.speaker;
    const actor = guess ? known.get(guess.id) : undefined;
    return {
      paragraph: span.paragraph,
      start,
      end,
      words: span.words,
      hints: paragraph ? anchorHints(span.words, source, paragraph, start) : {},
      ...(guess && actor
        ? {
            speaker: {
              id: guess.id,
              name: actor.name,
              registered: actor.registered,
              why: guess.why,
            },
          }
        : {}),
      candidates: (attribution?.candidates ?? []).flatMap((id) => {
        const a = known.get(id);
        return a ? [{ id, name: a.name }] : [];
      }),
      annotated: existing.quotes.some(
        (q) => q.paragraph === span.paragraph && q.start < end && q.end > start,
      ),
    };
  });
  const dates: DateCandidate[] = [];
  for (const paragraph of paragraphs) {
    dates.push(
      ...dateCandidates(
        paragraph,
        meta.data.published,
        meta.data.dateline,
        source,
        mentions,
        input.registry,
        existing.events,
      ),
    );
  }

  const actors: ActorCandidate[] = [];
  for (const m of mentions) {
    const actor = input.registry.get(m.actor);
    if (!actor) continue;
    let entry = actors.find((a) => a.id === actor.id);
    if (!entry) {
      entry = {
        id: actor.id,
        name: actor.name,
        mentions: [],
        annotated: existing.actors.has(actor.id),
      };
      actors.push(entry);
    }
    entry.mentions.push({ paragraph: m.paragraph, text: m.text });
  }
  return {
    value: { source: meta.data, paragraphs, quotes, dates, names, actors },
    diagnostics: [],
  };
}

/** What the briefing's files already annotate: quote spans, event wordings per ¶, :::actor refs. */
function existingAnnotations(files: readonly ContentFile[], source: Haystack) {
  const quotes: { paragraph: number; start: number; end: number }[] = [];
  const events: { wording: string; paragraph?: number }[] = [];
  const actors = new Set<string>();
  for (const file of files) {
    const split = splitFrontmatter(file.text);
    for (const a of parseAnnotations(file.path, split.body, split.bodyLine).value.annotations) {
      const located =
        a.words !== undefined && a.directive !== 'actor'
          ? anchor(a.words, source, a.attributes)
          : undefined;
      const at = located?.ok ? located.anchor : undefined;
      if (a.directive === 'quote' && at)
        quotes.push({ paragraph: at.paragraph, start: at.start, end: at.end });
      if (a.directive === 'event')
        events.push({
          wording: foldText(a.attributes.date),
          ...(at ? { paragraph: at.paragraph } : {}),
        });
      if (a.directive === 'actor') actors.add(a.attributes.ref);
    }
  }
  return { quotes, events, actors };
}

function dateCandidates(
  paragraph: Paragraph,
  published: string,
  dateline: string | undefined,
  source: Haystack,
  mentions: readonly Mention[],
  registry: ReadonlyMap<string, Actor>,
  existing: readonly { wording: string; paragraph?: number }[],
): DateCandidate[] {
  const [y, mo, d] = published.split('-').map(Number);
  const reference = new Date(Date.UTC(y ?? 1970, (mo ?? 1) - 1, d ?? 1, 12));
  const found: DateCandidate[] = [];
  // A dateline opening ¶1 ("Caracas, 5 dic (EFE).-") dates the article, not an event.
  const skip =
    dateline && paragraph.n === 1 && paragraph.text.startsWith(dateline) ? dateline.length : 0;
  for (const { start, end, wording } of dateWordings(paragraph.text, reference)) {
    if (start < skip) continue;
    const tense = tenseAround(
      paragraph.text,
      { start, end },
      sentenceAround(paragraph.text, start, end),
    );
    const resolved = resolveDate(wording, published, tense);
    if (!resolved.ok) continue;
    const alone = resolveDate(wording, published);
    const attribute =
      alone.ok && alone.date.edtf === resolved.date.edtf ? wording : resolved.date.edtf;
    const clause = clauseAround(paragraph.text, start, end);
    const evidence = paragraph.text.slice(clause.start, clause.end);
    const actors = [
      ...new Set(
        mentions
          .filter(
            (m) =>
              m.paragraph === paragraph.n &&
              m.start >= clause.start &&
              m.end <= clause.end &&
              registry.has(m.actor),
          )
          .map((m) => m.actor),
      ),
    ];
    const folded = foldText(wording);
    found.push({
      paragraph: paragraph.n,
      wording,
      start,
      end,
      date: resolved.date,
      attribute,
      evidence,
      hints: anchorHints(evidence, source, paragraph, clause.start),
      actors,
      annotated: existing.some(
        (e) => e.wording === folded && (e.paragraph === undefined || e.paragraph === paragraph.n),
      ),
    });
  }
  return found;
}

/**
 * The attributes that make `words` anchor at `start` in ¶`paragraph`: none when they
 * are unique, else p=, else p= and the fewest words before them as prefix=.
 */
export function anchorHints(
  words: string,
  source: Haystack,
  paragraph: Paragraph,
  start: number,
): AnchorHints {
  const here = (options: AnchorOptions) => {
    const r = anchor(words, source, options);
    return r.ok && r.anchor.paragraph === paragraph.n && Math.abs(r.anchor.start - start) <= 2;
  };
  if (here({})) return {};
  if (here({ p: paragraph.n })) return { p: paragraph.n };
  const before = paragraph.text.slice(0, start);
  for (let k = 1; k <= 8; k++) {
    const m = new RegExp(`(?:\\S+\\s*){${k}}$`, 'u').exec(before);
    if (!m) break;
    const prefix = m[0].replace(/\s+/g, ' ').trim();
    if (prefix && here({ p: paragraph.n, prefix })) return { p: paragraph.n, prefix };
  }
  return { p: paragraph.n };
}

/** An in-memory actor for a name, so its mentions are found like a registry actor's. */
function draftActor(n: NameCandidate): Actor {
  return {
    id: n.id,
    name: n.name,
    kind: n.kind,
    aliases: n.aliases,
    descriptionHtml: '',
    file: '',
  };
}
