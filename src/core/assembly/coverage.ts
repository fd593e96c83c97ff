// Coverage warnings: direct quotes in the source that no quote annotation covers,
// and names of people and organisations that are not in the actor registry (found
// by a `NameFinder`: src/core/assembly/name-finder.ts has the NLP one, passed in by whoever
// wants these warnings, so a build that skips them never loads the NLP).
// Main function: `coverageWarnings(...)`.
import { warning, type Diagnostic } from '../diagnostics.ts';
import type { Paragraph } from '../text/paragraphs.ts';
import type { Actor } from '../actors/actors.ts';
import { atWordBoundaries, foldText } from '../text/normalize.ts';
import type { Range } from '../anchoring/anchoring.ts';
import { slugify } from '../actors/actors.ts';
import type { Quote } from './model.ts';

const QUOTED = /[“"]([^“”"]+)[”"]/gu;

/** Line and column of `offset` inside a paragraph. */
export function positionIn(
  file: string,
  paragraph: Paragraph,
  offset: number,
): { file: string; line: number; column: number } {
  const before = paragraph.text.slice(0, offset);
  const lines = before.split('\n');
  const last = lines[lines.length - 1] ?? '';
  return { file, line: paragraph.line + lines.length - 1, column: last.length + 1 };
}

export function uncoveredQuotes(
  file: string,
  paragraphs: readonly Paragraph[],
  covered: ReadonlyMap<number, Range[]>,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const paragraph of paragraphs) {
    const ranges = covered.get(paragraph.n) ?? [];
    for (const m of paragraph.text.matchAll(QUOTED)) {
      const inner = m[1] ?? '';
      const start = m.index + 1;
      const end = start + inner.length;
      if (ranges.some((r) => r.start < end && r.end > start)) continue;
      diagnostics.push(
        warning(
          positionIn(file, paragraph, m.index),
          'quote-uncovered',
          `¶${paragraph.n} has a direct quote no annotation covers: “${inner}”.`,
          `Add a :::quote{by=…} block with "> ${inner}" if it matters to this briefing.`,
        ),
      );
    }
  }
  return diagnostics;
}

/** Finds the names of people and organisations in a text, as written there. */
export type NameFinder = (text: string) => { name: string; kind: 'person' | 'organization' }[];

/**
 * People and organisations that `findNames` finds in the source and no registry name or
 * alias matches; `seen` (folded names) is shared by a briefing's sources, so a name is
 * reported once, where it is first found.
 */
export function unregisteredNames(
  file: string,
  paragraphs: readonly Paragraph[],
  registry: Iterable<Actor>,
  findNames: NameFinder,
  actorsDir = 'content/actors',
  seen = new Set<string>(),
  unreadableActors: ReadonlySet<string> = new Set(),
): Diagnostic[] {
  const known = knownNames(registry, unreadableActors);
  const diagnostics: Diagnostic[] = [];
  for (const paragraph of paragraphs) {
    for (const { name, kind } of findNames(paragraph.text)) {
      const clean = cleanName(name);
      const folded = foldText(clean);
      if (!folded || !/^\p{Lu}/u.test(clean) || seen.has(folded)) continue;
      if (known.covers(folded)) continue;
      seen.add(folded);
      const offset = Math.max(0, paragraph.text.indexOf(clean));
      diagnostics.push(
        warning(
          positionIn(file, paragraph, offset),
          'actor-unregistered',
          `¶${paragraph.n} names "${clean}", which looks like ${kind === 'organization' ? 'an' : 'a'} ${kind} but is not in the actor registry.`,
          `Create ${actorsDir}/${slugify(clean)}.md (name, kind, aliases) if it matters to this briefing.`,
        ),
      );
    }
  }
  return diagnostics;
}

/** The registry's folded names and aliases, indexed by word, to test found names against. */
interface KnownNames {
  /** True when a term contains `folded` as whole words or `folded` contains a term (`containsWords`). */
  covers(folded: string): boolean;
}

const WORDS = /[\p{L}\p{N}]+/gu;
/** Each actor's folded name and aliases: the registry's actors are the same objects for every briefing of a run. */
const foldedTerms = new WeakMap<Actor, string[]>();

/** The registry's terms indexed (`indexTerms`), built once for the registry a run shares. */
function knownNames(registry: Iterable<Actor>, unreadableActors: ReadonlySet<string>): KnownNames {
  const actors = [...registry];
  const unreadable = [...unreadableActors];
  const last = lastKnown;
  if (
    last &&
    last.actors.length === actors.length &&
    last.actors.every((actor, i) => actor === actors[i]) &&
    last.unreadable.length === unreadable.length &&
    last.unreadable.every((id, i) => id === unreadable[i])
  )
    return last.known;
  const known = indexTerms(actors, unreadable);
  lastKnown = { actors, unreadable, known };
  return known;
}

/**
 * The last registry `knownNames` indexed, and its index: every briefing of a run has the
 * same actors (the same objects), so the index is built once per run, not per source.
 */
let lastKnown: { actors: Actor[]; unreadable: string[]; known: KnownNames } | undefined;

/**
 * The registry's terms, and for an actor file that exists but could not be read its id's
 * words (they stand in for its names, so the warning does not ask to create a file that
 * is there). A term can hold a name only if the name's first word is a word of the term,
 * and a name can hold a term only if the term's first word is a word of the name (both
 * start with a letter or digit, and the match is at word boundaries), so only the terms
 * those words index are tested; a term that starts otherwise is always tested.
 */
function indexTerms(registry: readonly Actor[], unreadableActors: readonly string[]): KnownNames {
  const terms: string[] = [];
  for (const actor of registry) {
    let folded = foldedTerms.get(actor);
    if (!folded) {
      folded = [actor.name, ...actor.aliases].map(foldText);
      foldedTerms.set(actor, folded);
    }
    terms.push(...folded);
  }
  for (const id of unreadableActors) terms.push(id.replace(/-/g, ' '));
  const byWord = new Map<string, string[]>();
  const byFirstWord = new Map<string, string[]>();
  const always: string[] = [];
  const add = (map: Map<string, string[]>, key: string, term: string) => {
    const list = map.get(key);
    if (list) list.push(term);
    else map.set(key, [term]);
  };
  for (const term of terms) {
    if (!term) continue;
    const words = term.match(WORDS) ?? [];
    for (const word of new Set(words)) add(byWord, word, term);
    const first = words[0];
    if (first !== undefined && term.startsWith(first)) add(byFirstWord, first, term);
    else always.push(term);
  }
  return {
    covers(folded) {
      const words = folded.match(WORDS) ?? [];
      // A name that does not start with a word (cleanName makes this rare) is tested against all.
      if (!folded.startsWith(words[0] ?? '\0'))
        return terms.some((term) => containsWords(term, folded) || containsWords(folded, term));
      const candidates = new Set(always);
      for (const term of byWord.get(words[0] ?? '') ?? []) candidates.add(term);
      for (const word of words)
        for (const term of byFirstWord.get(word) ?? []) candidates.add(term);
      for (const term of candidates)
        if (containsWords(term, folded) || containsWords(folded, term)) return true;
      return false;
    },
  };
}

/** A found name as coverage tests it: no punctuation around it, no possessive "'s". */
export function cleanName(name: string): string {
  return name.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').replace(/['’]s$/u, '');
}

/** True when folded `words` occur in folded `text` as whole words ("us" is not in "justice"). */
export function containsWords(text: string, words: string): boolean {
  if (!words) return false;
  for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + 1)) {
    if (atWordBoundaries(text, at, at + words.length)) return true;
  }
  return false;
}

/**
 * Both kinds of coverage warning for one source of a briefing (source.md or a further
 * source); `quotes` are the annotations quoting words of that source. Without
 * `findNames` there are no name warnings (`astro build`); `seenNames` is shared by the
 * briefing's sources (`unregisteredNames`).
 */
export function coverageWarnings(
  file: string,
  paragraphs: readonly Paragraph[],
  quotes: readonly Pick<Quote, 'anchor'>[],
  registry: Iterable<Actor>,
  actorsDir?: string,
  findNames?: NameFinder,
  seenNames?: Set<string>,
  unread: { annotations?: boolean; actors?: ReadonlySet<string> } = {},
): Diagnostic[] {
  const covered = new Map<number, Range[]>();
  for (const q of quotes) {
    const list = covered.get(q.anchor.paragraph) ?? [];
    list.push({ start: q.anchor.start, end: q.anchor.end });
    covered.set(q.anchor.paragraph, list);
  }
  return [
    // With an annotation file unread, which quotes it covers is not known.
    ...(unread.annotations ? [] : uncoveredQuotes(file, paragraphs, covered)),
    ...(findNames
      ? unregisteredNames(
          file,
          paragraphs,
          registry,
          findNames,
          actorsDir,
          seenNames,
          unread.actors,
        )
      : []),
  ];
}
