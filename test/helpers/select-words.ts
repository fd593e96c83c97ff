// Selecting words on a page in Chromium as a mouse drag would: a range over the text of
// an element (across the marks and links inside it), made the document's selection.
// Used by the annotate tests, the editor bench and the guide's screenshot. The page
// script is a string: tsx and vitest would add helpers of their own to a function.
import type { Page } from 'playwright-core';

const SELECT = `(id, words) => {
  const element = document.getElementById(id);
  if (!element) throw new Error('no #' + id);
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const texts = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n);
  const at = texts.map((t) => t.data).join('').indexOf(words);
  if (at < 0) throw new Error('"' + words + '" is not in #' + id);
  const point = (offset, end) => {
    let seen = 0;
    for (const t of texts) {
      if (offset < seen + t.data.length || (end && offset === seen + t.data.length))
        return [t, offset - seen];
      seen += t.data.length;
    }
    throw new Error('offset past the text');
  };
  const range = document.createRange();
  range.setStart(...point(at, false));
  range.setEnd(...point(at + words.length, true));
  const selection = document.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
}`;

/** Selects the first occurrence of `words` in the element `#id`. */
export async function selectWords(page: Page, id: string, words: string): Promise<void> {
  await page.evaluate(`(${SELECT})(${JSON.stringify(id)}, ${JSON.stringify(words)})`);
}
