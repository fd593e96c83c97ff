// The attributes a draft writes so that its words anchor where suggest found them
// (none when they are unique; else p=, else p= and prefix=). Main function: `anchorHints`.
import { anchor, type AnchorOptions, type Haystack } from '../anchoring/anchoring.ts';
import type { Paragraph } from '../text/paragraphs.ts';

/** Attributes that make the words anchor to this one place (none when they are unique). */
export interface AnchorHints {
  p?: number;
  prefix?: string;
}

/**
 * The attributes that make `words` anchor at `start` in ¶`paragraph`: none when they
 * are unique, else p=, else p= and the fewest words before them as prefix=.
 */
export function anchorHints(
  words: string,
  source: Haystack,
  paragraph: Paragraph,
  start: number,
): AnchorHints {
  const here = (options: AnchorOptions) => {
    const r = anchor(words, source, options);
    return r.ok && r.anchor.paragraph === paragraph.n && Math.abs(r.anchor.start - start) <= 2;
  };
  if (here({})) return {};
  if (here({ p: paragraph.n })) return { p: paragraph.n };
  const before = paragraph.text.slice(0, start);
  for (let k = 1; k <= 8; k++) {
    const m = new RegExp(`(?:\\S+\\s*){${k}}$`, 'u').exec(before);
    if (!m) break;
    const prefix = m[0].replace(/\s+/g, ' ').trim();
    if (prefix && here({ p: paragraph.n, prefix })) return { p: paragraph.n, prefix };
  }
  return { p: paragraph.n };
}
