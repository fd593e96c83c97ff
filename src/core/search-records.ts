// The search index's records: one per published briefing, quote, actor (per
// briefing) and event, each linking to its place on the briefing page and
// naming its briefing, so a result says what matched and where.
// Main function: `searchRecords(briefings)`.
import { formatDate } from './dates.ts';
import type { Briefing } from './model.ts';
import { htmlToText, truncate } from './plain-text.ts';

/** Between the fields of a record; shows in result excerpts, so it reads as a separator. */
const SEPARATOR = ' · ';

export type SearchKind = 'Briefing' | 'Quote' | 'Actor' | 'Event';

export interface SearchRecord {
  /** Site-relative URL: the briefing page, or its `#q-…`, `#actor-…`, `#e-…` fragment. */
  url: string;
  /** The text searched. */
  content: string;
  /** ISO 639-1 language of the index. */
  language: string;
  meta: {
    /** What the result names: the briefing's title, the speaker and words, the actor's name, the event. */
    title: string;
    kind: SearchKind;
    briefing: string;
    briefingUrl: string;
  };
  filters: { kind: SearchKind[] };
}

/**
 * The site is written in English, so every record is indexed as English (one
 * index, English stemming) whatever the source's language: a reader searches
 * the whole site from one box.
 */
export function searchRecords(briefings: readonly Briefing[], language = 'en'): SearchRecord[] {
  return briefings.flatMap((b) => {
    const briefingUrl = `/briefings/${b.slug}/`;
    const names = new Map(b.actors.map((a) => [a.id, a.name]));
    const record = (kind: SearchKind, url: string, title: string, parts: (string | undefined)[]): SearchRecord => ({
      url,
      content: [...new Set(parts.map((p) => p?.trim() ?? '').filter(Boolean))].join(SEPARATOR),
      language,
      meta: { title, kind, briefing: b.meta.title, briefingUrl },
      filters: { kind: [kind] },
    });
    return [
      record('Briefing', briefingUrl, b.meta.title, [
        b.meta.title,
        b.meta.summary,
        htmlToText(b.introHtml),
        b.meta.tags.join(' '),
        `${b.source.title} (${b.source.outlet})`,
        ...b.paragraphs.map((p) => p.text),
      ]),
      ...b.quotes.map((q) => {
        const speaker = names.get(q.by) ?? q.by;
        return record('Quote', `${briefingUrl}#${q.id}`, `${speaker}: “${truncate(q.words, 90)}”`, [q.words, speaker, htmlToText(q.noteHtml)]);
      }),
      ...b.actors.map((a) =>
        record('Actor', `${briefingUrl}#actor-${a.id}`, a.name, [a.name, a.aliases.join(', '), a.country, htmlToText(a.descriptionHtml), htmlToText(a.roleHtml)]),
      ),
      ...b.events.map((e) =>
        record('Event', `${briefingUrl}#${e.id}`, `${formatDate(e.date)}: ${truncate(e.label, 90)}`, [
          e.label,
          e.evidence,
          htmlToText(e.noteHtml),
          e.date.wording,
          ...e.actors.map((id) => names.get(id)),
        ]),
      ),
    ];
  });
}
