// The search index's documents: one small HTML document per published briefing
// (not its rendered page), which Pagefind splits at the headings with ids into a
// section per quote, actor and event, so a result still links to what matched.
// Main functions: `searchSections(briefing)` and `searchDocument(briefing)`.
import { formatDate } from '../dates/dates.ts';
import { escapeHtmlAttribute, escapeHtmlText } from './html-escape.ts';
import type { Briefing } from '../assembly/model.ts';
import { htmlToText } from './plain-text.ts';
import { shortLabel } from './short-label.ts';

export type SearchKind = 'Briefing' | 'Quote' | 'Actor' | 'Event' | 'Claim';

/** A part of the search document: the briefing's own text, or one quote, actor or event. */
export interface SearchSection {
  kind: SearchKind;
  /**
   * The element id the briefing page gives the item (`q-…`, `actor-<id>`, `e-…`),
   * which Pagefind appends to the result URL; none for the briefing's own section.
   */
  id?: string;
  /** What a result names: the briefing's title, the speaker and words, the actor's name, the dated event. */
  title: string;
  /** The text searched besides the title, one paragraph each: no empty or repeated parts, none the title already holds. */
  text: string[];
}

export interface SearchDocument {
  /** Site-relative URL of the briefing page; a section's result adds `#<id>`. */
  url: string;
  /** The briefing's title: the document's `title` meta. */
  title: string;
  /** A complete HTML document for Pagefind's `addHTMLFile`: every text escaped, ids only on the sections' headings. */
  content: string;
}

/** The briefing's sections: the briefing itself (its sources' paragraphs too), then its quotes, actors, events and claims. */
export function searchSections(b: Briefing): SearchSection[] {
  const names = new Map(b.actors.map((a) => [a.id, a.name]));
  const section = (
    kind: SearchKind,
    id: string | undefined,
    title: string,
    parts: (string | undefined)[],
  ): SearchSection => ({
    kind,
    ...(id === undefined ? {} : { id }),
    title,
    text: [...new Set(parts.map((p) => p?.replace(/\s+/g, ' ').trim() ?? ''))].filter(
      (p) => p !== '' && !holdsPhrase(title, p),
    ),
  });
  return [
    section('Briefing', undefined, b.meta.title, [
      b.meta.summary,
      htmlToText(b.introHtml),
      sentence('Tags', b.meta.tags.join(', ')),
      sentence('Source', `“${b.source.title}”, ${b.source.outlet}`),
      ...b.paragraphs.map((p) => p.text),
      ...b.furtherSources.flatMap((s) => [
        sentence('Source', `“${s.title}”, ${s.outlet}`),
        ...s.paragraphs.map((p) => p.text),
      ]),
    ]),
    ...b.quotes.map((q) => {
      const speaker = names.get(q.by) ?? q.by;
      return section('Quote', q.id, `${speaker}: “${shortLabel(q.words, 90)}”`, [
        `“${q.words}”`,
        htmlToText(q.noteHtml),
      ]);
    }),
    ...b.actors.map((a) =>
      section('Actor', `actor-${a.id}`, a.name, [
        sentence('Also called', a.aliases.join(', ')),
        sentence('Country', a.country),
        htmlToText(a.descriptionHtml),
        htmlToText(a.roleHtml),
      ]),
    ),
    ...b.events.map((e) =>
      section('Event', e.id, `${formatDate(e.date)}: ${shortLabel(e.label, 90)}`, [
        e.label,
        sentence('In the source', e.evidence && `“${e.evidence}”`),
        htmlToText(e.noteHtml),
        sentence('Dated from', e.date.relative ? `“${e.date.wording}”` : undefined),
        sentence('Actors', e.actors.map((id) => names.get(id) ?? id).join(', ')),
        ...e.furtherEvidence.map((v) => sentence(stanceWord(v.stance), `“${v.words}”`)),
      ]),
    ),
    ...b.claims.map((c) => {
      const by = names.get(c.by) ?? c.by;
      return section('Claim', c.id, `${by}: ${shortLabel(c.statement, 90)} (${c.rating.label})`, [
        c.statement,
        sentence('In their words', `“${c.words}”`),
        sentence('Rated', c.rating.label),
        htmlToText(c.reasoningHtml),
        ...c.evidence.map((v) => sentence(stanceWord(v.stance), `“${v.words}”`)),
      ]);
    }),
  ];
}

/**
 * A labelled part as a sentence (“Also called Aragua Train.”), so that Pagefind's text,
 * which joins the parts, and the excerpts cut from it read as sentences rather than
 * stitched fragments; undefined when there is nothing to say.
 */
function sentence(label: string, text: string | undefined): string | undefined {
  const said = text?.replace(/\s+/g, ' ').trim();
  if (!said) return undefined;
  return /[.!?…]["”’»)]*$/u.test(said) ? `${label}: ${said}` : `${label}: ${said}.`;
}

const stanceWord = (stance: 'supports' | 'contradicts') =>
  stance === 'supports' ? 'Evidence for it' : 'Evidence against it';

/** Whether `phrase` is in `text` as whole words (the speaker in a quote's title, not "Chile" in "Chilean"). */
function holdsPhrase(text: string, phrase: string): boolean {
  const wordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (!wordChar(text[at - 1]) && !wordChar(text[at + phrase.length])) return true;
  }
  return false;
}

/** `<tag attributes>text</tag>`; attributes whose value is undefined are left out. */
function element(
  tag: string,
  text: string,
  attributes: Record<string, string | undefined> = {},
): string {
  let open = tag;
  for (const [name, value] of Object.entries(attributes))
    if (value !== undefined) open += ` ${name}="${escapeHtmlAttribute(value)}"`;
  return `<${open}>${escapeHtmlText(text)}</${tag}>`;
}

/**
 * The briefing's search document. The site is written in English, so every
 * document is indexed as English (one index, English stemming) whatever the
 * source's language: a reader searches the whole site from one box.
 */
export function searchDocument(b: Briefing, language = 'en'): SearchDocument {
  const [own, ...items] = searchSections(b);
  const paragraphs = (s: SearchSection): string => s.text.map((t) => element('p', t)).join('');
  const body = [
    // Pagefind takes the `title` meta from here and names the first section after it.
    element('h1', b.meta.title, { 'data-pagefind-meta': 'title' }),
    own ? paragraphs(own) : '',
    ...items.map((s) => element('h2', s.title, { id: s.id }) + paragraphs(s)),
  ].join('');
  const head = `<meta charset="utf-8">${element('title', b.meta.title)}`;
  return {
    url: `/briefings/${b.slug}/`,
    title: b.meta.title,
    content: `<!doctype html><html lang="${escapeHtmlAttribute(language)}"><head>${head}</head><body>${body}</body></html>`,
  };
}

/** One document per briefing, in the order given. */
export function searchDocuments(briefings: readonly Briefing[], language = 'en'): SearchDocument[] {
  return briefings.map((b) => searchDocument(b, language));
}
