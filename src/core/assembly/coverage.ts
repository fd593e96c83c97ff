// Coverage warnings: direct quotes in the source that no quote annotation covers,
// and names of people and organisations that are not in the actor registry (found
// by a `NameFinder`: src/core/name-finder.ts has the NLP one, passed in by whoever
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
  const known: string[] = [];
  for (const actor of registry)
    for (const term of [actor.name, ...actor.aliases]) known.push(foldText(term));
  // An actor file that exists but could not be read may well be this name's: its id's
  // words stand in for its names, so the warning does not ask to create a file that is there.
  for (const id of unreadableActors) known.push(id.replace(/-/g, ' '));
  const diagnostics: Diagnostic[] = [];
  for (const paragraph of paragraphs) {
    for (const { name, kind } of findNames(paragraph.text)) {
      const clean = cleanName(name);
      const folded = foldText(clean);
      if (!folded || !/^\p{Lu}/u.test(clean) || seen.has(folded)) continue;
      if (known.some((term) => containsWords(term, folded) || containsWords(folded, term)))
        continue;
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
