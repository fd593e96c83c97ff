// core/annotate owns annotating from the live preview: words an editor selected on a
// briefing page become an annotation block, checked by the resolver before it is written.
//
// The selection as the server sees it: the briefing's own source text at the offsets
// the page sent, never the page's word for it. Main function: `locateSelection`.
import { sourceViews, type Briefing, type SourceView } from '../assembly/model.ts';
import type { Paragraph } from '../text/paragraphs.ts';

export interface SelectionRequest {
  /** '' for source.md, else the further source's id. */
  source: string;
  paragraph: number;
  start: number;
  end: number;
  words: string;
}

export interface LocatedSelection {
  view: SourceView;
  paragraph: Paragraph;
  start: number;
  end: number;
  /** The words, from the server's own text. */
  words: string;
}

export type Located = { ok: true; selection: LocatedSelection } | { ok: false; message: string };

/**
 * The selected words in the briefing's source, or why not: no such source or ¶, offsets
 * out of range, or words that are not what the source has there (the page is older than
 * the file, or the message lies).
 */
export function locateSelection(briefing: Briefing, request: SelectionRequest): Located {
  const view = sourceViews(briefing).find((s) => s.id === request.source);
  if (!view) return { ok: false, message: `This briefing has no source "${request.source}".` };
  const where = `${request.source ? `${request.source} ` : ''}¶${request.paragraph}`;
  const paragraph = view.paragraphs[request.paragraph - 1];
  if (!paragraph || paragraph.n !== request.paragraph)
    return { ok: false, message: `The source has no ${where}.` };
  const { start, end } = request;
  if (!(start < end && end <= paragraph.text.length))
    return { ok: false, message: `The selection is outside ${where}.` };
  const words = paragraph.text.slice(start, end);
  if (words !== request.words)
    return {
      ok: false,
      message: `The selected words are not what ${where} says at that place: reload the page (the file may have changed) and select them again.`,
    };
  if (!/[\p{L}\p{N}]/u.test(words))
    return { ok: false, message: 'Select words: the selection has no letters or digits.' };
  if (words !== words.trim())
    return {
      ok: false,
      message: 'The selection starts or ends with a space: select the words only.',
    };
  return { ok: true, selection: { view, paragraph, start, end, words } };
}
