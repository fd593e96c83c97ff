// The NLP name finder for the `actor-unregistered` warning (src/core/coverage.ts):
// people and organisations that compromise finds in a text. Main function:
// `nameFinders(nlp)`, given compromise by the Node side (src/node/name-finder.ts, which
// loads it only for the commands that report the warning): its `findNames(text)`, and
// `findNamesWithFullTagger(text)`, the plain `nlp(text)` it must always equal
// (test/core/assembly/name-finder.test.ts).
//
// Why it is faster and still the same (compromise 14; about a third of `nlp(text)`'s
// time on news copy, most of a cold `npm run check`). `nlp(text)` runs its hooks in
// order: tokenize, lexicon, preTagger, contractionTwo, postTagger, chunks. The
// postTagger is half the cost; the chunker sets chunks, which names never read. So:
//   1. Every hook before the postTagger runs as in `nlp(text)`; the chunker never does.
//   2. The postTagger splits the sentences at commas and semicolons (`quickSplit`) and,
//      in each piece, matches all its ~570 patterns against the tags as they are before
//      it (`bulkMatch`), then applies what matched (`bulkTagger`): no pattern sees
//      another's tags, and a piece's tags depend on that piece alone.
//   3. `people()` and `organizations()` read only the Person and Organization tags and
//      their descendants (FirstName, Honorific, Company…; the "family"), plus commas
//      and possessives inside a match. Setting a tag adds its ancestors, so a tag
//      outside the family never brings one in.
//   So a piece with no family tag before the postTagger, where none of the ~60 patterns
//   that set a family tag matches, has no family tag after it: it gives no name, and
//   the tags it would have got change no name. The first pass tries only those ~60
//   patterns; the postTagger's sweep runs on the other pieces as `nlp` runs it (same
//   patterns tried in the same order, same tagger). In news copy about one piece in
//   eight needs it.
//   4. The sweep tries on a piece the patterns whose needed words and tags the piece
//      has; compromise finds them by walking every key of its net (~700) for every
//      piece, which cost more than the matching. Here each pattern is filed under the
//      most specific word or tag it needs, found from the piece's own words and tags,
//      then put in the order getHooks leaves them (its rank in the walk).
//   5. `people()` and `organizations()` match runs of family tags, which never cross a
//      sentence: they read only the sentences that hold a family tag.
// The shortcut leans on compromise's internals (its world's hooks, quickSplit, buildNet,
// cacheDoc, match, bulkTagger, and the fields buildNet sets): if an upgrade moves them,
// `findNames` falls back to the full tagger, and the equality test over the eval
// set and generated content catches a change of meaning.
import type compromise from 'compromise';
import type { NameFinder } from './coverage.ts';

/** compromise's `nlp`. */
export type Nlp = typeof compromise;
type Found = ReturnType<NameFinder>;
type Doc = ReturnType<Nlp>;
/** A term as compromise's tagger leaves it. */
type TaggedTerm = Doc['docs'][number][number];

/** The name finders of one compromise (`nameFinders`). */
export interface NlpNameFinders {
  /** People and organisations in `text`, as `findNamesWithFullTagger` finds them, for less. */
  findNames: NameFinder;
  /** The plain pipeline: `nlp(text)`, every hook, then people and organisations. */
  findNamesWithFullTagger: NameFinder;
  /** True when this compromise has the internals the first pass reads (else the full tagger runs). */
  usesFirstPass: () => boolean;
}

/** The name finders of `nlp` (compromise 14). */
export function nameFinders(nlp: Nlp): NlpNameFinders {
  const findNamesWithFullTagger: NameFinder = (text) => namesOf(nlp(text));
  let cached: Internals | null | undefined;
  const shortcut = () => (cached === undefined ? (cached = internals(nlp)) : cached);
  return {
    findNames: (text) => {
      const x = shortcut();
      return x ? findWithFirstPass(nlp, text, x) : findNamesWithFullTagger(text);
    },
    findNamesWithFullTagger,
    usesFirstPass: () => shortcut() !== null,
  };
}

function namesOf(doc: Doc): Found {
  return [
    ...(doc.people().out('array') as string[]).map((name) => ({ name, kind: 'person' as const })),
    ...(doc.organizations().out('array') as string[]).map((name) => ({
      name,
      kind: 'organization' as const,
    })),
  ];
}

/** A pattern as compromise's buildNet leaves it: what a piece must hold for it to be tried. */
interface Pattern {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
}
/** A hook of the net: a key (a word or tag) and the pattern's place in getHooks' walk. */
interface Hook {
  key: string;
  /** Where the pattern comes in the walk of every key's list, keys in the net's order. */
  rank: number;
}
/** A pattern of a net and where getHooks finds it. */
interface Entry {
  pattern: Pattern;
  /** Its hooks, by rank: on a piece, the pattern comes at the first whose key the piece has. */
  hooks: Hook[];
  /** The last lookup that reached it (`Net.lookups`), so a lookup takes it once. */
  seen: number;
}
/**
 * compromise's match net, indexed for a piece's lookup: each pattern under one word or
 * tag it needs (it can only be tried when the piece has all of them), or, when it needs
 * none, under each word or tag it wants; and the patterns always tried.
 */
interface Net {
  index: Map<string, Entry[]>;
  always: Pattern[];
  /** How many lookups have run (`Entry.seen`). */
  lookups: number;
}
/** What the tagger is given: a pattern that matched, and where (`[piece, start, end]`). */
type Todo = Pattern & { pointer: unknown[] };
interface Internals {
  world: { hooks: string[] };
  /** The hooks `nlp(text)` runs before the postTagger. */
  before: string[];
  /** Tags that are Person or Organization or below them. */
  family: ReadonlySet<string>;
  /** The same as the keys of a piece's cache (`#Person`…). */
  familyKeys: readonly string[];
  /** The patterns that set a family tag. */
  firstNet: Net;
  /** All the postTagger's patterns. */
  fullNet: Net;
  quickSplit: (docs: TaggedTerm[][]) => TaggedTerm[][];
  /** Each piece's words and tags, as the sweep reads them. */
  cacheDoc: (pieces: TaggedTerm[][]) => Set<string>[];
  match: (docs: TaggedTerm[][], pattern: Pattern) => { ptrs: unknown[][] };
  bulkTagger: (todo: Todo[], pieces: TaggedTerm[][], world: object) => unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
function isFunction(value: unknown): value is (...args: never[]) => unknown {
  return typeof value === 'function';
}
function record(value: unknown, key: string): Record<string, unknown> | undefined {
  if (!isRecord(value)) return undefined;
  const inner = value[key];
  return isRecord(inner) ? inner : undefined;
}
function isPattern(value: unknown): value is Pattern {
  return (
    isRecord(value) &&
    typeof value['match'] === 'string' &&
    Array.isArray(value['needs']) &&
    Array.isArray(value['wants']) &&
    typeof value['minWant'] === 'number' &&
    typeof value['minWords'] === 'number' &&
    (value['ifNo'] === undefined || Array.isArray(value['ifNo']))
  );
}

/**
 * `net` as a `Net`, when buildNet still makes the shape read here. getHooks walks the
 * keys of `net.hooks` in their order (Object.keys) and takes each key's list the piece
 * has, the first pattern of each match text; buildNet keeps one pattern per match text
 * in every list, and a match text gives the same needs and wants, so a match text is
 * one pattern here, or the net is not read (null). `specificity` ranks a pattern's
 * needs: it is filed under its most specific, the one fewest pieces have.
 */
function parsedNet(net: unknown, specificity: (key: string) => number): Net | null {
  const hooks = record(net, 'hooks');
  const always = isRecord(net) ? net['always'] : undefined;
  if (!hooks || !Array.isArray(always) || !always.every(isPattern)) return null;
  const entries = new Map<Pattern, Entry>();
  const byText = new Map<string, Pattern>();
  let rank = 0;
  for (const key of Object.keys(hooks)) {
    const list = hooks[key];
    if (!Array.isArray(list) || !list.every(isPattern)) return null;
    for (const pattern of list) {
      if ((byText.get(pattern.match) ?? pattern) !== pattern) return null;
      byText.set(pattern.match, pattern);
      const entry = entries.get(pattern) ?? { pattern, hooks: [], seen: 0 };
      entry.hooks.push({ key, rank: rank++ });
      entries.set(pattern, entry);
    }
  }
  const index = new Map<string, Entry[]>();
  const file = (key: string, entry: Entry) => {
    const list = index.get(key);
    if (list) list.push(entry);
    else index.set(key, [entry]);
  };
  for (const entry of entries.values()) {
    const { needs, wants } = entry.pattern;
    const hooked = new Set(entry.hooks.map((h) => h.key));
    // getHooks reaches a pattern by any of its needs and wants: those must be its hooks.
    if (
      hooked.size !== new Set([...needs, ...wants]).size ||
      ![...needs, ...wants].every((k) => hooked.has(k))
    )
      return null;
    if (needs.length === 0) for (const want of new Set(wants)) file(want, entry);
    else
      file(
        needs.reduce((a, b) => (specificity(b) > specificity(a) ? b : a)),
        entry,
      );
  }
  return { index, always, lookups: 0 };
}

/** compromise's internals the first pass needs, or null when this compromise lacks them. */
function internals(nlp: Nlp): Internals | null {
  const world: unknown = nlp.world();
  const model = record(world, 'model');
  const one = record(record(world, 'methods'), 'one');
  const two = record(record(world, 'methods'), 'two');
  const tagSet = record(record(model, 'one'), 'tagSet');
  const matches = record(model, 'two')?.['matches'];
  const hooks = isRecord(world) ? world['hooks'] : undefined;
  const { quickSplit } = two ?? {};
  const { buildNet, cacheDoc, match, bulkTagger } = one ?? {};
  if (
    !isRecord(world) ||
    !tagSet ||
    !Array.isArray(matches) ||
    !Array.isArray(hooks) ||
    !hooks.every((h) => typeof h === 'string') ||
    !hooks.includes('postTagger') ||
    !isFunction(quickSplit) ||
    !isFunction(buildNet) ||
    !isFunction(cacheDoc) ||
    !isFunction(match) ||
    !isFunction(bulkTagger)
  )
    return null;
  const family = new Set<string>();
  for (const [tag, info] of Object.entries(tagSet)) {
    const parents = isRecord(info) && Array.isArray(info['parents']) ? info['parents'] : [];
    if (tag === 'Person' || tag === 'Organization') family.add(tag);
    else if (parents.includes('Person') || parents.includes('Organization')) family.add(tag);
  }
  if (!family.has('Person') || !family.has('Organization')) return null;
  // A word is in fewer pieces than a tag, and a tag below others in fewer than they.
  const specificity = (key: string): number => {
    if (!key.startsWith('#')) return 1000;
    const parents = record(tagSet, key.slice(1))?.['parents'];
    return Array.isArray(parents) ? parents.length : 0;
  };
  // buildNet rewrites the objects it is given (it parses their notIf into match terms),
  // and the postTagger builds its own net from the same objects on its first run, which
  // may have come before this: nets of copies, a notIf already parsed put back as it is.
  const build = buildNet as (matches: object[], world: object) => unknown;
  const netOf = (list: readonly Record<string, unknown>[]): Net | null => {
    const copies = list.map((m) => {
      const copy = { ...m };
      if (typeof m['notIf'] !== 'string') delete copy['notIf'];
      return copy;
    });
    const net = build(copies, world);
    copies.forEach((copy, i) => {
      const notIf = list[i]?.['notIf'];
      if (notIf !== undefined && typeof notIf !== 'string') copy['notIf'] = notIf;
    });
    return parsedNet(net, specificity);
  };
  const patterns = matches.filter(isRecord);
  const tagsOf = (m: Record<string, unknown>): string[] => {
    const tag = m['tag'];
    const list = Array.isArray(tag) ? tag : typeof tag === 'string' ? tag.split(/\s+/) : [];
    return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^#/, ''));
  };
  const firstNet = netOf(patterns.filter((m) => tagsOf(m).some((t) => family.has(t))));
  const fullNet = netOf(patterns);
  if (!firstNet || !fullNet) return null;
  return {
    world: world as Internals['world'],
    before: hooks.slice(0, hooks.indexOf('postTagger')),
    family,
    familyKeys: [...family].map((tag) => `#${tag}`),
    firstNet,
    fullNet,
    quickSplit: quickSplit as Internals['quickSplit'],
    cacheDoc: cacheDoc as Internals['cacheDoc'],
    match: match as Internals['match'],
    bulkTagger: bulkTagger as Internals['bulkTagger'],
  };
}

/**
 * The patterns of `net` the sweep tries on a piece of `size` terms holding `have`, in its
 * order (getHooks, trimDown and tooSmall): those hooked on a word or tag the piece has,
 * in the order getHooks finds them; every need met, no ifNo, enough wants; then those
 * always tried; none longer than the piece.
 */
function patternsToTry(have: ReadonlySet<string>, size: number, net: Net): Pattern[] {
  const found: { pattern: Pattern; rank: number }[] = [];
  const lookup = ++net.lookups;
  for (const key of have) {
    for (const entry of net.index.get(key) ?? []) {
      if (entry.seen === lookup) continue;
      entry.seen = lookup;
      const { pattern } = entry;
      if (size < pattern.minWords || !mayMatch(pattern, have)) continue;
      const hook = entry.hooks.find((h) => have.has(h.key));
      if (hook) found.push({ pattern, rank: hook.rank });
    }
  }
  found.sort((a, b) => a.rank - b.rank);
  const tried = found.map((f) => f.pattern);
  for (const pattern of net.always) if (size >= pattern.minWords) tried.push(pattern);
  return tried;
}

/** True when the piece holding `have` meets the pattern's needs, has none of its ifNo and enough of its wants. */
function mayMatch(pattern: Pattern, have: ReadonlySet<string>): boolean {
  for (const need of pattern.needs) if (!have.has(need)) return false;
  if (pattern.ifNo) for (const no of pattern.ifNo) if (have.has(no)) return false;
  if (pattern.wants.length === 0) return true;
  let wanted = 0;
  for (const want of pattern.wants) if (have.has(want)) wanted++;
  return wanted >= pattern.minWant;
}

/** True when a term of `terms` has a tag of `family`. */
function hasFamilyTag(terms: readonly TaggedTerm[], family: ReadonlySet<string>): boolean {
  for (const term of terms) for (const tag of term.tags ?? []) if (family.has(tag)) return true;
  return false;
}

/** True when a pattern of `net` that the sweep would try on the piece matches in it. */
function anyMatches(terms: TaggedTerm[], have: ReadonlySet<string>, net: Net, x: Internals) {
  const lookup = ++net.lookups;
  for (const key of have) {
    for (const entry of net.index.get(key) ?? []) {
      if (entry.seen === lookup) continue;
      entry.seen = lookup;
      const { pattern } = entry;
      if (terms.length < pattern.minWords || !mayMatch(pattern, have)) continue;
      if (x.match([terms], pattern).ptrs.length > 0) return true;
    }
  }
  for (const pattern of net.always)
    if (terms.length >= pattern.minWords && x.match([terms], pattern).ptrs.length > 0) return true;
  return false;
}

function findWithFirstPass(nlp: Nlp, text: string, x: Internals): Found {
  const all = x.world.hooks;
  x.world.hooks = x.before;
  let doc: Doc;
  try {
    doc = nlp(text);
  } finally {
    x.world.hooks = all;
  }
  const pieces = x.quickSplit(doc.docs);
  const caches = x.cacheDoc(pieces);
  const tagged: number[] = [];
  pieces.forEach((terms, n) => {
    const have = caches[n] ?? new Set<string>();
    // The piece's cache holds each tag of its terms as `#Tag`.
    const holdsFamily = x.familyKeys.some((key) => have.has(key));
    if (holdsFamily || anyMatches(terms, have, x.firstNet, x)) tagged.push(n);
  });
  // No family tag anywhere, and none to come: no name.
  if (tagged.length === 0) return [];
  // The postTagger's sweep over the pieces that can hold a name: every pattern matched
  // first, then what matched handed to the tagger, in that order.
  const document = tagged.map((n) => pieces[n] ?? []);
  const todo: Todo[] = [];
  tagged.forEach((n, i) => {
    const terms = document[i] ?? [];
    for (const pattern of patternsToTry(caches[n] ?? new Set(), terms.length, x.fullNet)) {
      for (const pointer of x.match([terms], pattern).ptrs) {
        pointer[0] = i;
        todo.push({ ...pattern, pointer });
      }
    }
  });
  x.bulkTagger(todo, document, x.world);
  // As the postTagger ends.
  doc.uncache();
  doc.unfreeze();
  // Names are runs of family tags inside a sentence: only the sentences holding one are read.
  const named = doc.docs.flatMap((terms, n) => (hasFamilyTag(terms, x.family) ? [[n]] : []));
  return named.length === 0 ? [] : namesOf(sentencesOf(doc, named) ?? doc);
}

/** True when `value` is a compromise view with the methods `namesOf` calls. */
function isDoc(value: unknown): value is Doc {
  return isRecord(value) && isFunction(value['people']) && isFunction(value['organizations']);
}

/**
 * The sentences of `doc` that `pointers` name (`[n]` each), as a view of their own:
 * compromise's `update`, which its types give one pointer though it takes a list.
 */
function sentencesOf(doc: Doc, pointers: number[][]): Doc | null {
  const update: unknown = Reflect.get(doc, 'update');
  if (!isFunction(update)) return null;
  const view: unknown = Reflect.apply(update, doc, [pointers]);
  return isDoc(view) ? view : null;
}
