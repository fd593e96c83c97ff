// Actors: the registry read from content/actors/<id>.md, and their mentions in a
// source, found by name and aliases as whole words, accent- and case-insensitive.
// Main functions: `parseActor(file, id, text)` and `findMentions(haystack, actors)`.
import { error, type Diagnostic, type Result } from './diagnostics.ts';
import { splitFrontmatter, validateFrontmatter } from './frontmatter.ts';
import { markdownToHtml } from './markdown.ts';
import { atWordBoundaries, foldText, toOriginal } from './normalize.ts';
import type { Haystack } from './anchoring.ts';
import { didYouMean } from './suggest-name.ts';
import { ActorSchema, type ActorMeta } from '../schema/actor.ts';

export interface Actor extends ActorMeta {
  id: string;
  /** The description (file body) as sanitised HTML. */
  descriptionHtml: string;
  file: string;
}

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

export function parseActor(file: string, id: string, text: string): Result<Actor | undefined> {
  const diagnostics: Diagnostic[] = [];
  if (!ID_PATTERN.test(id)) {
    diagnostics.push(error({ file, line: 1, column: 1 }, 'actor-id-invalid', `The actor file name "${id}" is not a valid id.`, `Rename the file to lowercase kebab-case, e.g. "${slugify(id)}.md".`));
  }
  const split = splitFrontmatter(text);
  const meta = validateFrontmatter(file, split, ActorSchema, 'actor');
  diagnostics.push(...meta.diagnostics);
  if (!meta.data || diagnostics.length > 0) return { value: undefined, diagnostics };
  return { value: { ...meta.data, id, descriptionHtml: markdownToHtml(split.body), file }, diagnostics };
}

export function slugify(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "Unknown actor" with did-you-mean over ids, names and aliases. */
export function unknownActor(at: { file: string; line: number; column: number }, id: string, registry: ReadonlyMap<string, Actor>): Diagnostic {
  const byName = new Map<string, string>();
  for (const actor of registry.values()) {
    for (const term of [actor.name, ...actor.aliases]) byName.set(slugify(term), actor.id);
  }
  const guess = didYouMean(id, registry.keys()) ?? byName.get(slugify(id)) ?? (() => {
    const near = didYouMean(slugify(id), byName.keys());
    return near ? byName.get(near) : undefined;
  })();
  return error(
    at,
    'actor-unknown',
    `Unknown actor "${id}": there is no content/actors/${id}.md.`,
    guess ? `Did you mean "${guess}"? Or create content/actors/${id}.md.` : `Create content/actors/${id}.md with name and kind, or use an existing id.`,
  );
}

/** A short all-capitals name such as "US", "U.S." or "FARC". */
const ACRONYM = /^(?=.*\p{Lu}.*\p{Lu})[\p{Lu}\p{N}.&-]{2,8}$/u;

export interface Mention {
  actor: string;
  /** ¶ number. */
  paragraph: number;
  /** Offsets into the paragraph's text. */
  start: number;
  end: number;
  /** The words as written in the source. */
  text: string;
}

/** Every mention of every actor; where names overlap the longest wins ("Tren de Aragua" over "Aragua"). */
export function findMentions(source: Haystack, actors: Iterable<Actor>): Mention[] {
  const terms: { actor: string; folded: string; acronym?: string }[] = [];
  for (const actor of actors) {
    for (const term of new Set([actor.name, ...actor.aliases])) {
      const folded = foldText(term);
      // Acronyms match only in capitals: "US" is the United States, "us" is not.
      if (folded) terms.push({ actor: actor.id, folded, ...(ACRONYM.test(term) ? { acronym: term } : {}) });
    }
  }
  const mentions: Mention[] = [];
  source.folded.forEach((folded, i) => {
    const paragraph = source.paragraphs[i];
    if (!paragraph) return;
    const found: { actor: string; start: number; end: number }[] = [];
    for (const term of terms) {
      for (let at = folded.text.indexOf(term.folded); at !== -1; at = folded.text.indexOf(term.folded, at + 1)) {
        if (!atWordBoundaries(folded.text, at, at + term.folded.length)) continue;
        if (term.acronym) {
          const span = toOriginal(folded, at, at + term.folded.length);
          if (paragraph.text.slice(span.start, span.end) !== term.acronym) continue;
        }
        found.push({ actor: term.actor, start: at, end: at + term.folded.length });
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end || a.actor.localeCompare(b.actor));
    let reached = 0;
    for (const f of found) {
      if (f.start < reached) continue;
      reached = f.end;
      const span = toOriginal(folded, f.start, f.end);
      mentions.push({ actor: f.actor, paragraph: paragraph.n, start: span.start, end: span.end, text: paragraph.text.slice(span.start, span.end) });
    }
  });
  return mentions;
}
