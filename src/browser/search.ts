// The search page in the browser: Pagefind's script and index load on first use
// (focus or typing in the box, or an address with ?q=), never with the page; the
// index's shards (`/pagefind/shards.json`) are merged into the first with `mergeIndex`.
// Pagefind finds briefings (one document each, src/core/publishing/search-records.ts) and in
// each the sections that matched; the page lists those sections, naming what
// matched (a quote, actor, event or the briefing) and the briefing it is in.
// Main function: `setUpSearch(document)`.

import {
  matchesOrExtendsQuery,
  matchesQuery,
  sentenceExcerpt,
  type ExcerptPart,
} from './sentence-excerpt.ts';

interface SubResult {
  /** The section's heading as text: the briefing's title, the speaker and words, the actor, the dated event. */
  title: string;
  /** The briefing page, with the `#q-…`, `#actor-…`, `#e-…` or `#c-…` fragment of the section. */
  url: string;
  /** HTML: the matching words in <mark>. */
  excerpt: string;
  locations?: number[];
  weighted_locations?: { weight: number }[];
  /** The heading the section starts at, with its word index in `content`; none for the page's first section. */
  anchor?: { location: number; text?: string };
}

interface ResultData {
  url: string;
  /** HTML: the matching words in <mark>. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: SubResult[];
  /** The page's text, whose whitespace-separated words `locations` count. */
  content?: string;
  /** Every heading with an id, with its word index. */
  anchors?: { location: number }[];
  /** The matched words' indexes in `content`. */
  locations?: number[];
}

type Kind = 'Briefing' | 'Quote' | 'Actor' | 'Event' | 'Claim' | 'Result';

/** One line of the results: a section of a briefing. */
interface Item {
  kind: Kind;
  title: string;
  url: string;
  /** The sentence (or two) where the section matched. */
  excerpt: ExcerptPart[];
  briefing: string;
  briefingUrl: string;
}

interface Pagefind {
  options?(options: Record<string, unknown>): Promise<void>;
  init?(): Promise<void>;
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
/** The index's other shards (src/node/search-index.ts), merged into the first: `["shard/<name>/", …]`. */
const SHARDS_URL = '/pagefind/shards.json';
const SEARCH_OPTIONS = { excerptLength: 24 };
const MAX_RESULTS = 12;
/** Briefings whose sections are fetched at once (a fragment file each) until MAX_RESULTS sections are found. */
const BATCH = 4;
const TYPING_DELAY_MS = 180;

export function setUpSearch(doc: Document): void {
  const form = doc.getElementById('search-form');
  const input = doc.getElementById('search-input');
  const status = doc.getElementById('search-status');
  const list = doc.getElementById('search-results');
  if (
    !(form instanceof HTMLFormElement) ||
    !(input instanceof HTMLInputElement) ||
    !status ||
    !(list instanceof HTMLOListElement)
  )
    return;

  let pagefind: Promise<Pagefind> | undefined;
  const load = (): Promise<Pagefind> => {
    pagefind ??= Promise.all([
      import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>,
      // Without the list a search would miss most briefings: no search rather than part of one.
      fetch(SHARDS_URL).then((r) => {
        if (!r.ok) throw new Error(`${SHARDS_URL}: ${r.status}`);
        return r.json() as Promise<unknown>;
      }),
    ]).then(async ([api, shards]) => {
      await api.options?.(SEARCH_OPTIONS);
      await api.init?.();
      // Every shard's results are ranked together with the first's, by Pagefind's score.
      for (const shard of Array.isArray(shards) ? shards : [])
        if (typeof shard === 'string' && /^shard\/[0-9a-f]+\/$/.test(shard))
          await api.mergeIndex(`/pagefind/${shard}`, SEARCH_OPTIONS);
      return api;
    });
    return pagefind;
  };

  let latest = 0;
  const run = async (term: string) => {
    const mine = ++latest;
    const query = term.trim();
    syncAddress(query);
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    const items: Item[] = [];
    let more: boolean;
    try {
      const found = (await (await load()).search(query))?.results ?? [];
      let next = 0;
      while (items.length < MAX_RESULTS && next < found.length && mine === latest) {
        const batch = await Promise.all(found.slice(next, next + BATCH).map((r) => r.data()));
        next += batch.length;
        for (const item of batch
          .filter((r) => matchedQuery(r, query))
          .flatMap((r) => sections(r, query)))
          if (!items.some((i) => i.url === item.url)) items.push(item);
      }
      more = items.length > MAX_RESULTS || next < found.length;
    } catch {
      pagefind = undefined;
      if (mine === latest)
        status.textContent =
          'Search is not available: the search index is missing (npm run build creates it).';
      return;
    }
    if (mine !== latest) return;
    const shown = items.slice(0, MAX_RESULTS);
    list.replaceChildren(...shown.map((item) => resultItem(doc, item)));
    status.textContent =
      shown.length === 0
        ? `No results for “${query}”.`
        : `${shown.length}${more ? '+' : ''} result${shown.length === 1 ? '' : 's'} for “${query}”.`;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), TYPING_DELAY_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(input.value);
  });

  const initial = new URL(doc.location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}

/**
 * Whether a result matched a word of the query: the word itself, a form of it, or a longer
 * word it begins (as typed). Not a shorter word the query's word begins ("a" for "Aragua"):
 * Pagefind matches those in an index that has no word of the query, as a shard of the
 * index may not (src/node/search-index.ts), where one index would have found the word.
 */
function matchedQuery(r: ResultData, query: string): boolean {
  if (!r.content || !r.locations?.length) return true;
  const words = r.content.split(/[^\S\uFEFF]+/);
  return r.locations.some((at) => matchesOrExtendsQuery(words[at] ?? '', query));
}

function syncAddress(query: string): void {
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  history.replaceState(history.state, '', url);
}

/**
 * A briefing's matching sections, most matches first (a match in a heading
 * counts for its weight), ties in page order; the briefing itself when Pagefind
 * gives no sections. An actor's section leads to the actor's page, where every
 * briefing that names the actor is listed (one result for it, however many briefings).
 */
function sections(r: ResultData, query: string): Item[] {
  const briefing = r.meta['title'] ?? r.url;
  const subs: SubResult[] = r.sub_results?.length
    ? r.sub_results
    : [{ title: briefing, url: r.url, excerpt: r.excerpt, locations: [] }];
  const score = (s: SubResult) =>
    s.weighted_locations?.reduce((sum, l) => sum + l.weight, 0) ?? s.locations?.length ?? 0;
  const words = r.content?.split(/[^\S\uFEFF]+/) ?? [];
  const anchors = (r.anchors ?? []).map((a) => a.location).sort((a, b) => a - b);
  return subs
    .map((s, order) => ({ s, order, score: score(s) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ s }) => {
      const kind = kindOf(s.url);
      const start = s.anchor?.location ?? 0;
      const title = s.title || briefing;
      return {
        kind,
        title,
        url: kind === 'Actor' ? actorPage(s.url) : s.url,
        excerpt:
          words.length > 0
            ? sentenceExcerpt(
                words,
                {
                  start,
                  end: anchors.find((a) => a > start) ?? words.length,
                  headingWords: title.split(/\s+/).length,
                },
                (s.locations ?? []).filter((l) => matchesQuery(words[l] ?? '', query)),
              )
            : excerptParts(s.excerpt),
        briefing,
        briefingUrl: r.url,
      };
    });
}

/** `/actors/<id>/` for a briefing's `#actor-<id>` section. */
function actorPage(url: string): string {
  const id = url.slice(url.indexOf('#actor-') + '#actor-'.length);
  return `/actors/${encodeURIComponent(decodeURIComponent(id))}/`;
}

/** What a section is, from its fragment on the briefing page (DESIGN.md: stable URLs and fragments). */
function kindOf(url: string): Kind {
  const hash = url.includes('#') ? url.slice(url.indexOf('#')) : '';
  if (hash === '') return 'Briefing';
  if (hash.startsWith('#q-')) return 'Quote';
  if (hash.startsWith('#actor-')) return 'Actor';
  if (hash.startsWith('#e-')) return 'Event';
  if (hash.startsWith('#c-')) return 'Claim';
  return 'Result';
}

function resultItem(doc: Document, r: Item): HTMLLIElement {
  const item = doc.createElement('li');
  item.className = `search-result result-${r.kind.toLowerCase()}`;

  const heading = doc.createElement('h2');
  const link = doc.createElement('a');
  link.href = r.url;
  link.textContent = r.title;
  heading.append(link);

  const where = doc.createElement('p');
  where.className = 'result-where';
  if (r.kind === 'Briefing') {
    where.textContent = 'Briefing';
  } else {
    const to = doc.createElement('a');
    to.href = r.briefingUrl;
    to.textContent = r.briefing;
    where.append(`${r.kind} in the briefing “`, to, '”');
  }

  const excerpt = doc.createElement('p');
  excerpt.className = 'result-excerpt';
  excerpt.append(...excerptNodes(doc, r.excerpt));
  item.append(heading, where, excerpt);
  return item;
}

/** Pagefind's own excerpt (HTML with <mark>) as parts, when the page's text is not at hand. */
function excerptParts(html: string): ExcerptPart[] {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  return [...parsed.body.childNodes].map((node) => ({
    text: node.textContent ?? '',
    match: node.nodeName === 'MARK',
  }));
}

/** The excerpt as text and <mark> elements only: no markup from the index reaches the page. */
function excerptNodes(doc: Document, parts: readonly ExcerptPart[]): Node[] {
  return parts.map((part) => {
    if (part.match) {
      const mark = doc.createElement('mark');
      mark.textContent = part.text;
      return mark;
    }
    return doc.createTextNode(part.text);
  });
}
