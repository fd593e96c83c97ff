// What a briefing's annotation files already hold, for the suggestions to leave out or
// to match against: quote and claim spans, event wordings and dates, the sources an
// event's evidence already cites, :::actor refs. Each annotation is anchored in the
// source it names (source=), as the build anchors it. Main function: `existingAnnotations`.
import { anchor, type Anchor, type Haystack } from '../anchoring/anchoring.ts';
import type { ContentFile } from '../assembly/briefing.ts';
import { resolveDate } from '../dates/dates.ts';
import { parseAnnotations } from '../markdown/annotations.ts';
import { splitFrontmatter } from '../markdown/frontmatter.ts';
import { foldText } from '../text/normalize.ts';

/** A source the annotations may name: '' for source.md. */
export interface ExistingSource {
  haystack: Haystack;
  published: string;
}

/** An anchored span: the source ('' for source.md) and the anchor in it. */
export interface SpanIn extends Anchor {
  source: string;
}

export interface ExistingEvent {
  file: string;
  line: number;
  /** The `date=` attribute folded, and what it resolves to against its source's date. */
  wording: string;
  edtf?: string;
  /** Its own quoted words, else its note. */
  words: string;
  /** ¶ of source.md its words are in, when they are there. */
  paragraph?: number;
  /** Its own words' span and its evidence's, in any source. */
  cites: SpanIn[];
}

export interface Existing {
  quotes: SpanIn[];
  claims: SpanIn[];
  events: ExistingEvent[];
  actors: Set<string>;
}

/** What `files` annotate, anchored in `sources` (by id, '' for source.md). */
export function existingAnnotations(
  files: readonly ContentFile[],
  sources: ReadonlyMap<string, ExistingSource>,
): Existing {
  const found: Existing = { quotes: [], claims: [], events: [], actors: new Set() };
  const locate = (
    words: string | undefined,
    options: {
      source?: string | undefined;
      p?: number | undefined;
      prefix?: string | undefined;
      suffix?: string | undefined;
    },
  ): SpanIn | undefined => {
    const id = options.source ?? '';
    const source = sources.get(id);
    if (words === undefined || !source) return undefined;
    const r = anchor(words, source.haystack, options);
    return r.ok ? { ...r.anchor, source: id } : undefined;
  };
  for (const file of files) {
    const split = splitFrontmatter(file.text);
    for (const a of parseAnnotations(file.path, split.body, split.bodyLine).value.annotations) {
      if (a.directive === 'actor') {
        found.actors.add(a.attributes.ref);
        continue;
      }
      const at = locate(a.words, a.attributes);
      if (a.directive === 'quote' && at) found.quotes.push(at);
      if (a.directive === 'claim' && at) found.claims.push(at);
      if (a.directive === 'event') {
        const published = sources.get(a.attributes.source ?? '')?.published;
        const date = resolveDate(a.attributes.date, published);
        const cites = [
          ...(at ? [at] : []),
          ...a.evidence.flatMap((e) => {
            const v = locate(e.words, e.attributes);
            return v ? [v] : [];
          }),
        ];
        found.events.push({
          file: file.path,
          line: a.at.line,
          wording: foldText(a.attributes.date),
          ...(date.ok ? { edtf: date.date.edtf } : {}),
          words: a.words ?? a.noteText,
          ...(at && at.source === '' ? { paragraph: at.paragraph } : {}),
          cites,
        });
      }
    }
  }
  return found;
}
