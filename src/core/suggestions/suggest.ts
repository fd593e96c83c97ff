// core/suggestions owns draft annotations for an editor: quotes with speakers, dates, names the registry lacks, claims.
//
// Suggestions: candidate annotations for an editor to keep or delete, found in a
// source: every direct quote with a speaker guess, every date expression resolved
// as the build resolves it, registry actors named in the text, people and
// organisations not yet in the registry; across the briefing's sources, claims that
// another passage runs against (claims.ts, cross-source.ts), and passages of a further source that may
// report an event the briefing has (same date, shared words). Main function: `suggest(input)`.
import { haystack, type Haystack, type Range } from '../anchoring/anchoring.ts';
import { mentionsIn, registryTerms, type Actor, type Mention } from '../actors/actors.ts';
import type { ContentFile } from '../assembly/briefing.ts';
import { resolveDate } from '../dates/dates.ts';
import type { Diagnostic, Result } from '../diagnostics.ts';
import { splitFrontmatter, validateFrontmatter } from '../markdown/frontmatter.ts';
import { foldText } from '../text/normalize.ts';
import { unregisteredNames, type NameCandidate } from './names.ts';
import { splitParagraphs, type Paragraph } from '../text/paragraphs.ts';
import { clauseAround, sentenceAround } from './sentences.ts';
import { dateWordings, notAnEvent, resolveWording, tenseAround } from './date-wordings.ts';
import { attributeQuotes, type QuoteSpan } from './speakers.ts';
import { SPEECH } from './attribution.ts';
import { SourceSchema, type SourceMeta } from '../../schema/source.ts';
import type { ActorMeta } from '../../schema/actor.ts';
import { existingAnnotations, type Existing, type ExistingSource } from './existing.ts';
import { anchorHints } from './anchor-hints.ts';
import {
  claimCandidates,
  matchEvents,
  type ClaimCandidate,
  type EventMatch,
} from './cross-source.ts';

import type {
  ActorCandidate,
  DateCandidate,
  FoundIn,
  QuoteCandidate,
  SourceRead,
} from './candidates.ts';

export type { NameCandidate } from './names.ts';
export type {
  ActorCandidate,
  DateCandidate,
  FoundIn,
  QuoteCandidate,
  SourceRead,
  SpeakerGuess,
} from './candidates.ts';
export type { AnchorHints } from './anchor-hints.ts';
export type { ClaimCandidate, EvidenceCandidate, EventMatch } from './cross-source.ts';

export interface SuggestInput {
  source: ContentFile;
  registry: ReadonlyMap<string, Actor>;
  /** The briefing's annotation files, so candidates already annotated are marked. */
  annotationFiles?: readonly ContentFile[];
  /** The further sources, sources/<id>.md: claims and evidence are looked for in them too. */
  furtherSources?: readonly ContentFile[];
}

export interface Suggestions {
  source: SourceMeta;
  paragraphs: Paragraph[];
  quotes: QuoteCandidate[];
  dates: DateCandidate[];
  names: NameCandidate[];
  actors: ActorCandidate[];
  /** Claims across all the sources, source.md first. */
  claims: ClaimCandidate[];
  /** Passages of further sources that may report an existing event; none already cited there. */
  eventMatches: EventMatch[];
}

const QUOTED = /“([^“”]+)”|"([^"\n]+)"|«([^«»]+)»|„([^„“”]+)[“”]/gu;
/**
 * A quote left open at the paragraph's end, as news writing does when it goes on in the
 * next paragraph ("“We wrote to three ministers.¶“Nobody answered.”"): its words up to there.
 */
const OPEN_AT_END = /(?:“([^“”]+)|"([^"\n]+)|«([^«»]+))$/u;
/** Every candidate in the sources; `value` is undefined when source.md's frontmatter is invalid. */
export function suggest(input: SuggestInput): Result<Suggestions | undefined> {
  const primary = readSource(input.source, 'source');
  if (!primary.value) return { value: undefined, diagnostics: primary.diagnostics };
  const diagnostics: Diagnostic[] = [];
  const further = new Map<string, SourceRead>();
  for (const file of input.furtherSources ?? []) {
    const id = /\/sources\/([^/]+)\.md$/.exec(file.path)?.[1];
    const read = readSource(file, 'further source');
    diagnostics.push(...read.diagnostics);
    if (id && read.value) further.set(id, read.value);
  }
  const existing = existingAnnotations(
    input.annotationFiles ?? [],
    new Map<string, ExistingSource>([['', primary.value], ...further]),
  );
  const main = suggestIn(primary.value, input.registry, existing);
  const others = [...further].map(([id, s]) => ({
    id,
    read: s,
    found: suggestIn(s, input.registry, undefined),
  }));
  const claims = claimCandidates(
    [{ id: '', read: primary.value, found: main }, ...others],
    input.registry,
    existing,
  );
  const eventMatches = others.flatMap((o) => matchEvents(o.id, o.read, o.found.dates, existing));
  return {
    value: {
      source: primary.value.meta,
      paragraphs: primary.value.paragraphs,
      quotes: main.quotes,
      dates: main.dates,
      names: main.names,
      actors: main.actors,
      claims,
      eventMatches,
    },
    diagnostics,
  };
}

/** A direct quote in a paragraph: the span with its quotation marks, and the words inside. */
export interface QuotedSpan extends QuoteSpan {
  words: string;
  /** Offset of `words` in the paragraph. */
  wordsStart: number;
}

/** Every passage in quotation marks, in source order. */
export function quotedSpans(paragraphs: readonly Paragraph[]): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  for (const paragraph of paragraphs) {
    const found = [...paragraph.text.matchAll(QUOTED)];
    // A quote left open: after the last closed one, an opening mark with no closing one.
    const lastEnd =
      found.length > 0
        ? (found[found.length - 1]?.index ?? 0) + (found[found.length - 1]?.[0].length ?? 0)
        : 0;
    const open = OPEN_AT_END.exec(paragraph.text.slice(lastEnd));
    if (open && (open[2] === undefined || (paragraph.text.match(/"/gu)?.length ?? 0) % 2 === 1))
      found.push(Object.assign(open, { index: lastEnd + open.index }));
    for (const m of found) {
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
  return spans;
}

function readSource(file: ContentFile, what: string): Result<SourceRead | undefined> {
  const split = splitFrontmatter(file.text);
  const meta = validateFrontmatter(file.path, split, SourceSchema, what);
  if (!meta.data) return { value: undefined, diagnostics: meta.diagnostics };
  const paragraphs = splitParagraphs(split.body, split.bodyLine);
  return {
    value: {
      meta: meta.data,
      published: meta.data.published,
      paragraphs,
      haystack: haystack(paragraphs),
    },
    diagnostics: [],
  };
}

/** One source's candidates; `existing` (source.md's only) marks what the annotations cover. */
function suggestIn(
  read: SourceRead,
  registry: ReadonlyMap<string, Actor>,
  existing: Existing | undefined,
): FoundIn {
  const { paragraphs, haystack: source, meta } = read;
  const names = unregisteredNames(paragraphs, registry.values());
  const drafts = names.map(draftActor);
  const known = new Map<string, { name: string; kind: ActorMeta['kind']; registered: boolean }>();
  for (const a of registry.values())
    known.set(a.id, { name: a.name, kind: a.kind, registered: true });
  for (const d of drafts)
    if (!known.has(d.id)) known.set(d.id, { name: d.name, kind: d.kind, registered: false });
  // A drafted name that holds a registry name ("Colegio de Profesores de Venezuela" over
  // "Venezuela") is the drafted actor's mention: the drafts count as named here.
  const drafted = drafts.filter((d) => !registry.has(d.id));
  const { mentions } = mentionsIn(
    source,
    registryTerms([...registry.values(), ...drafted]),
    new Set(drafted.map((d) => d.id)),
  );
  const quoted = (existing?.quotes ?? []).filter((q) => q.source === '');

  const spans = quotedSpans(paragraphs);
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
      annotated: quoted.some(
        (q) => q.paragraph === span.paragraph && q.start < end && q.end > start,
      ),
    };
  });
  const dates: DateCandidate[] = [];
  for (const paragraph of paragraphs) {
    dates.push(
      ...dateCandidates(
        paragraph,
        meta.published,
        meta.dateline,
        source,
        mentions,
        registry,
        existing?.events ?? [],
      ),
    );
  }

  const actors: ActorCandidate[] = [];
  for (const m of mentions) {
    const actor = registry.get(m.actor);
    if (!actor) continue;
    let entry = actors.find((a) => a.id === actor.id);
    if (!entry) {
      entry = {
        id: actor.id,
        name: actor.name,
        mentions: [],
        annotated: existing?.actors.has(actor.id) ?? false,
      };
      actors.push(entry);
    }
    entry.mentions.push({ paragraph: m.paragraph, text: m.text });
  }
  return { quotes, dates, names, actors, mentions, known };
}

/** A day named from the day of writing: never part of a name. */
const RELATIVE_DAY =
  /^(?:yesterday|today|tomorrow|tonight|ayer|hoy|mañana|anoche|anteayer|pasado mañana)$/iu;

/** The date wordings of one paragraph, resolved as the build resolves them, with the draft's `date=`. */
export function dateCandidates(
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
    const sentence = sentenceAround(paragraph.text, start, end);
    if (notAnEvent(paragraph.text, { start, end }, sentence)) continue;
    // A month or weekday inside a name the text uses ("Lucía Mayo", "June Persaud"); a
    // day named from today ("Yesterday", "Hoy") names nobody, whatever the name finder took in.
    if (
      /^\p{L}+$/u.test(wording) &&
      !RELATIVE_DAY.test(wording) &&
      mentions.some((m) => m.paragraph === paragraph.n && m.start < end && m.end > start)
    )
      continue;
    const tense = tenseAround(paragraph.text, { start, end }, sentence);
    // "“We sign tomorrow,” she said on Monday": counted from the day the words were said.
    const said = saidOn(paragraph.text, { start, end }, published, reference);
    const resolved = resolveWording(
      wording,
      said ?? published,
      tense,
      paragraph.text.slice(sentence.start, start),
      paragraph.text.slice(end, sentence.end),
    );
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

/** A speech verb and the day next to it: "said on Monday", "dijo el lunes", "on Friday told". */
const SAID_DAY = 30;
/** Words that set when someone spoke without a speech verb: "Speaking to reporters on Friday, …", "Addressing the press …". */
const SPEAKING =
  /(?<![\p{L}])(?:speaking|addressing|hablando|en declaraciones|en una rueda de prensa|at a news conference|in an interview|en una entrevista)(?![\p{L}])/giu;
/** "ese día", "that day": the day the sentence before gives. */
const THAT_DAY =
  /(?<![\p{L}])(?:ese (?:mismo )?día|aquel día|el mismo día|that (?:same )?day|the same day)(?![\p{L}])/iu;

/**
 * The day the words of a quote were said, when `at` lies inside a direct quote and the
 * sentence around that quote dates its speech verb ("“…,” she said on Monday", "Dijo el
 * lunes: «…»"), or, when it does not, the sentence before it in the paragraph dates the
 * same speaker's speech ("Montoya said Tuesday that …. “Tomorrow …,” Montoya told
 * reporters"; "… she said on Monday. “…,” she added"): that day as YYYY-MM-DD, resolved in
 * the past from the publication. Undefined when the date is not quoted or the text does not
 * say when the words were said.
 */
export function saidOn(
  text: string,
  at: Range,
  published: string,
  reference: Date,
): string | undefined {
  const quote = [...text.matchAll(QUOTED)].find(
    (m) => m.index < at.start && m.index + m[0].length > at.end,
  );
  if (!quote) return undefined;
  const quoteEnd = quote.index + quote[0].length;
  // The attribution around the quote: back to the last sentence end before it, on to the next after it.
  const from = Math.max(0, text.slice(0, quote.index).search(/[^.!?]*$/u));
  const tail = /^[^.!?“"«]*/u.exec(text.slice(quoteEnd))?.[0] ?? '';
  const lead = text.slice(from, quote.index);
  const day = (part: string) => {
    const verbs = [...part.matchAll(SPEECH), ...part.matchAll(SPEAKING)];
    if (verbs.length === 0) return undefined;
    for (const d of dateWordings(part, reference)) {
      const near = verbs.some(
        (v) =>
          Math.abs(v.index - d.end) <= SAID_DAY ||
          Math.abs(d.start - (v.index + v[0].length)) <= SAID_DAY,
      );
      if (!near) continue;
      const when = resolveDate(d.wording, published, 'past');
      if (when.ok && when.date.kind === 'single' && /^\d{4}-\d{2}-\d{2}$/u.test(when.date.edtf))
        return when.date.edtf;
    }
    return undefined;
  };
  let said = day(lead) ?? day(tail);
  // "…», dijo ese día X", "…,” she said that day": the day the sentence before names.
  if (!said && THAT_DAY.test(`${lead} ${tail}`)) {
    const before = text.slice(0, from).replace(/\s+$/u, '');
    const previous = lastSentence(before);
    for (const d of dateWordings(previous, reference)) {
      const when = resolveDate(d.wording, published, 'past');
      if (when.ok && when.date.kind === 'single' && /^\d{4}-\d{2}-\d{2}$/u.test(when.date.edtf))
        said = when.date.edtf;
    }
  }
  if (!said && /^\s*$/u.test(lead)) {
    // The sentence before, when it is the same speaker's: a pronoun or no subject in the
    // attribution, or a name it shares with that sentence.
    const before = text.slice(0, from).replace(/\s+$/u, '');
    const previous = lastSentence(before);
    const names = [...tail.matchAll(/\p{Lu}[\p{L}'’-]{2,}/gu)].map((m) => m[0]);
    const same =
      names.length === 0 ||
      /(?:^|\s)(?:he|she|they|él|ella|ellos|ellas)(?:\s|$)/iu.test(tail) ||
      names.some((n) => new RegExp(String.raw`(?<![\p{L}])${n}(?![\p{L}])`, 'u').test(previous));
    if (same && !/[“”"«»]/u.test(previous)) said = day(previous);
  }
  return said === published ? undefined : said;
}

/** Titles ending in a full stop that end no sentence: "Dr. Ana Paz", "Sra. Ruiz". */
const TITLE_STOP =
  /(?:^|[\s(])(?:Dr|Dra|Mr|Mrs|Ms|Sr|Sra|Srta|St|Gen|Gov|Sen|Rep|Prof|Ing|Lic|Lt|Col|Capt|Sgt)\.$/u;

/** The last sentence of `before` (which ends one), a title's full stop not ending it. */
function lastSentence(before: string): string {
  let start = before.slice(0, -1).search(/[^.!?“”"«»]*$/u);
  while (start > 0 && TITLE_STOP.test(before.slice(0, start)))
    start = before.slice(0, start - 1).search(/[^.!?“”"«»]*$/u);
  return before.slice(Math.max(0, start));
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
