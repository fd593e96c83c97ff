// core/actors owns the actor registry, actor ids and mentions of actors in a source.
//
// Actors: the registry read from content/actors/<id>.md, and their mentions in a
// source, found by name and aliases as whole words, accent- and case-insensitive.
// Main functions: `parseActor(file, id, text)` and `findMentions(haystack, actors)`.
import { error, type Diagnostic, type Result } from '../diagnostics.ts';
import { splitFrontmatter, validateFrontmatter } from '../markdown/frontmatter.ts';
import { markdownToHtml } from '../markdown/markdown.ts';
import { atWordBoundaries, foldText, toOriginal } from '../text/normalize.ts';
import type { Haystack } from '../anchoring/anchoring.ts';
import { didYouMean } from '../did-you-mean.ts';
import { ActorSchema, type ActorMeta } from '../../schema/actor.ts';
import { aliasProblem, EXACT_MARK, type CommonWordLists } from './alias-check.ts';

export interface Actor extends ActorMeta {
  id: string;
  /** Aliases the editor marked exact (`=Los`): matched only as written, capitals and accents included. */
  exactAliases?: string[];
  /** The description (file body) as sanitised HTML. */
  descriptionHtml: string;
  file: string;
}

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Reads an actor file. `common`, the languages' most frequent words, makes a one-word
 * alias among them an error too (`actor-alias-ambiguous`); every command passes it.
 */
export function parseActor(
  file: string,
  id: string,
  text: string,
  common?: CommonWordLists,
): Result<Actor | undefined> {
  const diagnostics: Diagnostic[] = [];
  if (!ID_PATTERN.test(id)) {
    diagnostics.push(
      error(
        { file, line: 1, column: 1 },
        'actor-id-invalid',
        `The actor file name "${id}" is not a valid id.`,
        `Rename the file to lowercase kebab-case, e.g. "${slugify(id)}.md".`,
      ),
    );
  }
  const split = splitFrontmatter(text);
  const meta = validateFrontmatter(file, split, ActorSchema, 'actor');
  diagnostics.push(...meta.diagnostics);
  if (!meta.data || diagnostics.length > 0) return { value: undefined, diagnostics };
  const aliases: string[] = [];
  const exactAliases: string[] = [];
  for (const written of meta.data.aliases) {
    if (written.startsWith(EXACT_MARK)) {
      const alias = written.slice(EXACT_MARK.length).trim();
      aliases.push(alias);
      exactAliases.push(alias);
      continue;
    }
    aliases.push(written);
    const problem = aliasProblem(written, common);
    if (problem) diagnostics.push(aliasError(file, text, written, problem));
  }
  if (diagnostics.length > 0) return { value: undefined, diagnostics };
  return {
    value: {
      ...meta.data,
      aliases,
      ...(exactAliases.length > 0 ? { exactAliases } : {}),
      id,
      descriptionHtml: markdownToHtml(split.body),
      file,
    },
    diagnostics,
  };
}

/** `actor-alias-ambiguous` at the alias as written in the file's `aliases`. */
function aliasError(file: string, text: string, alias: string, problem: string): Diagnostic {
  const key = /^aliases\s*:/mu.exec(text);
  const from = key ? key.index : 0;
  // The alias as a whole item of the list ("Nacional", not the end of "Guardia Nacional").
  const escaped = alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const item = new RegExp(`(?<=[\\[,:-]\\s*["']?)${escaped}(?=["']?\\s*(?:[,\\]]|$))`, 'mu');
  const found = item.exec(text.slice(from))?.index;
  const at = found === undefined ? from : from + found;
  const before = text.slice(0, at).split('\n');
  return error(
    { file, line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 },
    'actor-alias-ambiguous',
    `The alias "${alias}" ${problem}: every "${alias.toLowerCase()}" in a source would be taken for this actor.`,
    `Mark it exact to match only "${alias}" as written, capitals and accents included: write "${EXACT_MARK}${alias}" in aliases; or remove it and use a longer name the articles print.`,
  );
}

export function slugify(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "Unknown actor" with did-you-mean over ids, names and aliases. */
export function unknownActor(
  at: { file: string; line: number; column: number },
  id: string,
  registry: ReadonlyMap<string, Actor>,
  actorsDir = 'content/actors',
): Diagnostic {
  const byName = new Map<string, string>();
  for (const actor of registry.values()) {
    for (const term of [actor.name, ...actor.aliases]) byName.set(slugify(term), actor.id);
  }
  const guess =
    didYouMean(id, registry.keys()) ??
    byName.get(slugify(id)) ??
    (() => {
      const near = didYouMean(slugify(id), byName.keys());
      return near ? byName.get(near) : undefined;
    })();
  return error(
    at,
    'actor-unknown',
    `Unknown actor "${id}": there is no ${actorsDir}/${id}.md.`,
    guess
      ? `Did you mean "${guess}"? Or create ${actorsDir}/${id}.md.`
      : `Create ${actorsDir}/${id}.md with name and kind, or use an existing id.`,
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

export interface MentionTerm {
  actor: string;
  folded: string;
  /** Set for acronyms and exact aliases, which match only as written. */
  acronym?: string;
}

/**
 * The registry's names and aliases, folded once per site (not once per briefing):
 * terms that start with a letter or digit are indexed by their first word, as a
 * match can only start where a word of the source starts; the rest are searched
 * for everywhere.
 */
export interface RegistryTerms {
  byFirstWord: Map<string, MentionTerm[]>;
  other: MentionTerm[];
}

const WORD_UNIT = /[\p{L}\p{N}]/u;

/** The same test as `atWordBoundaries`, one UTF-16 unit at a time, fast for ASCII. */
function isWordUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return WORD_UNIT.test(text[i] ?? '');
}

export function registryTerms(actors: Iterable<Actor>): RegistryTerms {
  const byFirstWord = new Map<string, MentionTerm[]>();
  const other: MentionTerm[] = [];
  for (const actor of actors) {
    for (const term of new Set([actor.name, ...actor.aliases])) {
      const folded = foldText(term);
      if (!folded) continue;
      // Acronyms match only in capitals: "US" is the United States, "us" is not.
      const entry: MentionTerm = {
        actor: actor.id,
        folded,
        ...(ACRONYM.test(term) || actor.exactAliases?.includes(term) ? { acronym: term } : {}),
      };
      let end = 0;
      while (end < folded.length && isWordUnit(folded, end)) end++;
      if (end === 0) {
        other.push(entry);
        continue;
      }
      const first = folded.slice(0, end);
      const list = byFirstWord.get(first);
      if (list) list.push(entry);
      else byFirstWord.set(first, [entry]);
    }
  }
  return { byFirstWord, other };
}

/**
 * A name or alias two actors claim, written at one place of a source, which the
 * briefing's own annotations do not settle (they name none of the claimants, or
 * several): no mention is made of it, and the briefing reports it.
 */
export interface MentionCollision {
  /** The claimants' ids, sorted. */
  actors: string[];
  /**
   * Set when the words are a name of one actor the briefing does not name that holds a
   * shorter name of one it names ("Venezuelan President Nicolás Maduro" over "Nicolás
   * Maduro"): the shorter name's words and actor.
   */
  inner?: { text: string; actor: string };
  /** ¶ number. */
  paragraph: number;
  /** Offsets into the paragraph's text. */
  start: number;
  end: number;
  /** The words as written in the source. */
  text: string;
}

/**
 * Every mention of every actor; where names overlap the longest wins ("Tren de Aragua"
 * over "Aragua"). A name two actors claim is never given to one by their order: see
 * `mentionsIn`, which settles it by the actors the briefing names.
 */
export function findMentions(
  source: Haystack,
  actors: Iterable<Actor>,
  terms: RegistryTerms = registryTerms(actors),
): Mention[] {
  return mentionsIn(source, terms).mentions;
}

/**
 * The mentions of the registry's actors in a source, and the collisions among them. A
 * span that the names or aliases of several actors match goes to the one of them among
 * `named` (the actors the briefing's annotations name: `:::actor{ref=…}`, `by=`,
 * `actors=`) when exactly one is; otherwise it is a collision, linked to nobody.
 */
export function mentionsIn(
  source: Haystack,
  terms: RegistryTerms,
  named: ReadonlySet<string> = new Set(),
): { mentions: Mention[]; collisions: MentionCollision[] } {
  const mentions: Mention[] = [];
  const collisions: MentionCollision[] = [];
  source.folded.forEach((folded, i) => {
    const paragraph = source.paragraphs[i];
    if (!paragraph) return;
    const text = folded.text;
    const found: { actor: string; start: number; end: number }[] = [];
    const consider = (term: MentionTerm, at: number) => {
      if (!atWordBoundaries(text, at, at + term.folded.length)) return;
      if (term.acronym) {
        const span = toOriginal(folded, at, at + term.folded.length);
        if (paragraph.text.slice(span.start, span.end) !== term.acronym) return;
      }
      found.push({ actor: term.actor, start: at, end: at + term.folded.length });
    };
    // A term starting with a word character matches only at the start of a word of the
    // same first word; everything else is searched for everywhere, as before.
    for (let at = 0; at < text.length;) {
      if (!isWordUnit(text, at)) {
        at++;
        continue;
      }
      let end = at + 1;
      while (end < text.length && isWordUnit(text, end)) end++;
      for (const term of terms.byFirstWord.get(text.slice(at, end)) ?? []) {
        if (text.startsWith(term.folded, at)) consider(term, at);
      }
      at = end;
    }
    for (const term of terms.other) {
      for (let at = text.indexOf(term.folded); at !== -1; at = text.indexOf(term.folded, at + 1))
        consider(term, at);
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end || a.actor.localeCompare(b.actor));
    let reached = 0;
    for (const [k, f] of found.entries()) {
      if (f.start < reached) continue;
      reached = f.end;
      // Every actor whose name or alias matches exactly this span.
      const claimants = new Set<string>();
      for (let j = k; j < found.length; j++) {
        const g = found[j];
        if (!g || g.start !== f.start || g.end !== f.end) break;
        claimants.add(g.actor);
      }
      const chosen = claimants.size === 1 ? [f.actor] : [...claimants].filter((a) => named.has(a));
      const span = toOriginal(folded, f.start, f.end);
      const at = {
        paragraph: paragraph.n,
        start: span.start,
        end: span.end,
        text: paragraph.text.slice(span.start, span.end),
      };
      const [actor] = chosen;
      if (chosen.length !== 1 || !actor) {
        collisions.push({ actors: [...claimants].sort(), ...at });
        continue;
      }
      // The longest name wins when its actor is one the briefing names. A longer name of
      // an actor it does not name that overlaps another actor's name is a collision:
      // linked either way, adding an actor file could move a published link.
      const overlapping = named.has(actor)
        ? []
        : found.filter((g) => g.start < f.end && g.end > f.start && g.actor !== actor);
      const inner = overlapping.find((g) => named.has(g.actor)) ?? overlapping[0];
      if (inner) {
        const words = toOriginal(folded, inner.start, inner.end);
        collisions.push({
          actors: [actor, inner.actor].sort(),
          inner: { text: paragraph.text.slice(words.start, words.end), actor: inner.actor },
          ...at,
        });
        continue;
      }
      mentions.push({ actor, ...at });
    }
  });
  return { mentions, collisions };
}
