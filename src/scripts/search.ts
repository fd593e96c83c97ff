// The search page in the browser: Pagefind's script and index load on first use
// (focus or typing in the box, or an address with ?q=), never with the page.
// Results name what matched (a quote, actor, event or the briefing) and the
// briefing it is in. Main function: `setUpSearch(document)`.

interface ResultData {
  url: string;
  /** HTML: the matching words in <mark>. */
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface Pagefind {
  options?(options: Record<string, unknown>): Promise<void>;
  init?(): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
const MAX_RESULTS = 12;
const TYPING_DELAY_MS = 180;

export function setUpSearch(doc: Document): void {
  const form = doc.getElementById('search-form');
  const input = doc.getElementById('search-input');
  const status = doc.getElementById('search-status');
  const list = doc.getElementById('search-results');
  if (!(form instanceof HTMLFormElement) || !(input instanceof HTMLInputElement) || !status || !(list instanceof HTMLOListElement)) return;

  let pagefind: Promise<Pagefind> | undefined;
  const load = (): Promise<Pagefind> => {
    pagefind ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (api) => {
      await api.options?.({ excerptLength: 24 });
      await api.init?.();
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
    let results: ResultData[];
    try {
      const found = await (await load()).search(query);
      results = await Promise.all((found?.results ?? []).slice(0, MAX_RESULTS).map((r) => r.data()));
    } catch {
      pagefind = undefined;
      if (mine === latest) status.textContent = 'Search is not available: the search index is missing (npm run build creates it).';
      return;
    }
    if (mine !== latest) return;
    list.replaceChildren(...results.map((r) => resultItem(doc, r)));
    status.textContent = results.length === 0 ? `No results for “${query}”.` : `${results.length}${results.length === MAX_RESULTS ? '+' : ''} result${results.length === 1 ? '' : 's'} for “${query}”.`;
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

function syncAddress(query: string): void {
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  history.replaceState(history.state, '', url);
}

function resultItem(doc: Document, r: ResultData): HTMLLIElement {
  const kind = r.meta['kind'] ?? 'Result';
  const briefing = r.meta['briefing'] ?? '';
  const item = doc.createElement('li');
  item.className = `search-result result-${kind.toLowerCase()}`;

  const heading = doc.createElement('h2');
  const link = doc.createElement('a');
  link.href = r.url;
  link.textContent = r.meta['title'] ?? r.url;
  heading.append(link);

  const where = doc.createElement('p');
  where.className = 'result-where';
  if (kind === 'Briefing') {
    where.textContent = 'Briefing';
  } else {
    const to = doc.createElement('a');
    to.href = r.meta['briefingUrl'] ?? '/';
    to.textContent = briefing;
    where.append(`${kind} in the briefing “`, to, '”');
  }

  const excerpt = doc.createElement('p');
  excerpt.className = 'result-excerpt';
  excerpt.append(...excerptNodes(doc, r.excerpt));
  item.append(heading, where, excerpt);
  return item;
}

/** Pagefind's excerpt as text and <mark> elements only: no markup from the index reaches the page. */
function excerptNodes(doc: Document, html: string): Node[] {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  return [...parsed.body.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = doc.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return doc.createTextNode(node.textContent ?? '');
  });
}
