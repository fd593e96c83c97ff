// The NLP name finder for the `actor-unregistered` warning (src/core/coverage.ts):
// people and organisations that compromise finds in a text. Its own module so that
// only the commands that report the warning load compromise (about 0.3 s).
// Main function: `findNamesWithNlp(text)`; `findNamesWithFullTagger(text)` is the
// plain `nlp(text)` it must always equal (test/core/assembly/name-finder.test.ts).
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
//      piece, which cost more than the matching. Here they are found from the piece's
//      own words and tags, then put in the net's key order, as getHooks leaves them.
// The shortcut leans on compromise's internals (its world's hooks, quickSplit, buildNet,
// cacheDoc, match, bulkTagger, and the fields buildNet sets): if an upgrade moves them,
// `findNamesWithNlp` falls back to the full tagger, and the equality test over the eval
// set and generated content catches a change of meaning.
import nlp from 'compromise';
import type { NameFinder } from './coverage.ts';

type Found = ReturnType<NameFinder>;
type Doc = ReturnType<typeof nlp>;
/** A term as compromise's tagger leaves it. */
type TaggedTerm = Doc['docs'][number][number];

/** The plain pipeline: `nlp(text)`, every hook, then people and organisations. */
export const findNamesWithFullTagger: NameFinder = (text) => namesOf(nlp(text));

/** People and organisations in `text`, as `findNamesWithFullTagger` finds them, for less. */
export const findNamesWithNlp: NameFinder = (text) => {
  const shortcut = internals();
  return shortcut ? findWithFirstPass(text, shortcut) : findNamesWithFullTagger(text);
};

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
/** compromise's match net: patterns by a word or tag they need or want (`order`: the keys' order), and those always tried. */
interface Net {
  hooks: Map<string, Pattern[]>;
  order: Map<string, number>;
  always: Pattern[];
}
/** What the tagger is given: a pattern that matched, and where (`[piece, start, end]`). */
type Todo = Pattern & { pointer: unknown[] };
interface Internals {
  world: { hooks: string[] };
  /** The hooks `nlp(text)` runs before the postTagger. */
  before: string[];
  /** Tags that are Person or Organization or below them. */
  family: ReadonlySet<string>;
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

let cached: Internals | null | undefined;

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

/** `net` as a `Net`, when buildNet still makes the shape read here. */
function parsedNet(net: unknown): Net | null {
  const hooks = record(net, 'hooks');
  const always = isRecord(net) ? net['always'] : undefined;
  if (!hooks || !Array.isArray(always) || !always.every(isPattern)) return null;
  const byKey = new Map<string, Pattern[]>();
  const order = new Map<string, number>();
  // Object.keys is the order getHooks walks them in.
  for (const key of Object.keys(hooks)) {
    const list = hooks[key];
    if (!Array.isArray(list) || !list.every(isPattern)) return null;
    byKey.set(key, list);
    order.set(key, order.size);
  }
  return { hooks: byKey, order, always };
}

/** compromise's internals the first pass needs, or null when this compromise lacks them. */
function internals(): Internals | null {
  if (cached !== undefined) return cached;
  cached = null;
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
    return cached;
  const family = new Set<string>();
  for (const [tag, info] of Object.entries(tagSet)) {
    const parents = isRecord(info) && Array.isArray(info['parents']) ? info['parents'] : [];
    if (tag === 'Person' || tag === 'Organization') family.add(tag);
    else if (parents.includes('Person') || parents.includes('Organization')) family.add(tag);
  }
  if (!family.has('Person') || !family.has('Organization')) return cached;
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
    return parsedNet(net);
  };
  const patterns = matches.filter(isRecord);
  const tagsOf = (m: Record<string, unknown>): string[] => {
    const tag = m['tag'];
    const list = Array.isArray(tag) ? tag : typeof tag === 'string' ? tag.split(/\s+/) : [];
    return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^#/, ''));
  };
  const firstNet = netOf(patterns.filter((m) => tagsOf(m).some((t) => family.has(t))));
  const fullNet = netOf(patterns);
  if (!firstNet || !fullNet) return cached;
  cached = {
    world: world as Internals['world'],
    before: hooks.slice(0, hooks.indexOf('postTagger')),
    family,
    firstNet,
    fullNet,
    quickSplit: quickSplit as Internals['quickSplit'],
    cacheDoc: cacheDoc as Internals['cacheDoc'],
    match: match as Internals['match'],
    bulkTagger: bulkTagger as Internals['bulkTagger'],
  };
  return cached;
}

/**
 * The patterns of `net` the sweep tries on a piece of `size` terms holding `have` (its
 * getHooks, trimDown and tooSmall): those hooked on a word or tag the piece has, in the
 * net's key order, the first of each match text; every need met, no ifNo, enough wants;
 * then those always tried; none longer than the piece.
 */
function patternsToTry(have: ReadonlySet<string>, size: number, net: Net): Pattern[] {
  const keys: string[] = [];
  for (const key of have) if (net.order.has(key)) keys.push(key);
  keys.sort((a, b) => (net.order.get(a) ?? 0) - (net.order.get(b) ?? 0));
  const seen = new Set<string>();
  const tried: Pattern[] = [];
  for (const key of keys) {
    for (const pattern of net.hooks.get(key) ?? []) {
      if (seen.has(pattern.match)) continue;
      seen.add(pattern.match);
      if (size >= pattern.minWords && mayMatch(pattern, have)) tried.push(pattern);
    }
  }
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
  for (const key of have) {
    for (const pattern of net.hooks.get(key) ?? []) {
      if (terms.length < pattern.minWords || !mayMatch(pattern, have)) continue;
      if (x.match([terms], pattern).ptrs.length > 0) return true;
    }
  }
  for (const pattern of net.always)
    if (terms.length >= pattern.minWords && x.match([terms], pattern).ptrs.length > 0) return true;
  return false;
}

function findWithFirstPass(text: string, x: Internals): Found {
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
    if (hasFamilyTag(terms, x.family) || anyMatches(terms, have, x.firstNet, x)) tagged.push(n);
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
  return namesOf(doc);
}

/** True when this compromise has the internals the first pass reads (else the full tagger runs). */
export function usesFirstPass(): boolean {
  return internals() !== null;
}
