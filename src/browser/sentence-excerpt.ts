// Search excerpts that read as sentences: the sentence of a section's text where the
// first match is (and the next one when it is short), cut only at word boundaries,
// instead of Pagefind's window of N words that starts and ends mid-sentence and
// runs across headings. Pure, so it is tested without a browser.
// Main function: `sentenceExcerpt(words, section, locations)`.

/** A piece of the excerpt: words, matched (to be shown in <mark>) or not. */
export interface ExcerptPart {
  text: string;
  match: boolean;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATION =
  /^(?:[A-Z]\.)+$|^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Sen|Gov|Gen|Col|Lt|Rep|Prof|vs|etc|No|Sra|Sr|Dña)\.$/;

/** Lower case without accents, for comparing a word with what the reader typed. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Whether Pagefind's match of `word` is one the reader meant: the word is a term of the
 * query, or a form of one ("sanctions" for "sanction", "classified" for "classify"), not a
 * longer word that merely starts like a short one (Pagefind matches the last term as a
 * prefix: "Tren de Aragua" would otherwise mark "defeated" for "de").
 */
export function matchesQuery(word: string, query: string): boolean {
  const core = foldWord(word);
  return queryTerms(query).some((term) => {
    const stem = term.length >= 5 ? term.slice(0, -2) : term;
    const longer = term.length >= 5 ? 4 : 1;
    return core === term || (core.startsWith(stem) && core.length <= term.length + longer);
  });
}

/**
 * Whether `word` is a match of the query (`matchesQuery`) or a longer word a term of it
 * begins, as typed ("Aragua" for "arag"); not a shorter word that a term begins ("a" for
 * "Aragua"), which Pagefind offers in an index that lacks the term.
 */
export function matchesOrExtendsQuery(word: string, query: string): boolean {
  const core = foldWord(word);
  return matchesQuery(word, query) || queryTerms(query).some((term) => core.startsWith(term));
}

/** A word without the punctuation around it, folded. */
const foldWord = (word: string) => fold(word.replace(/^\p{P}+|\p{P}+$/gu, ''));

/** The query's words, folded. */
const queryTerms = (query: string) =>
  fold(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Whether a word ends a sentence: “drugs.”, “past.”, “disappeared.”” — not “U.S.” or “Dr.”. */
export function endsSentence(word: string): boolean {
  if (!/[.!?…]["”’»)\]]*$/u.test(word)) return false;
  return !ABBREVIATION.test(word.replace(/^["“‘«(]+/u, ''));
}

/**
 * The excerpt of one section of a page's text. `words` is the page's text cut at
 * whitespace (as Pagefind counts word locations); `section` is the range of word
 * indexes [start, end) of the section, whose first `headingWords` words are its
 * heading; `locations` are the matched word indexes. At most `maxWords` words: a
 * longer sentence is cut around the first match, with "…" where it was cut.
 */
export function sentenceExcerpt(
  words: readonly string[],
  section: { start: number; end: number; headingWords: number },
  locations: readonly number[],
  maxWords = 36,
): ExcerptPart[] {
  const end = Math.min(section.end, words.length);
  const bodyStart = Math.min(section.start + section.headingWords, end);
  const inBody = locations.filter((l) => l >= bodyStart && l < end).sort((a, b) => a - b);
  const from = bodyStart < end ? bodyStart : section.start;
  const target = inBody[0] ?? from;
  let start = target;
  while (start > from && !endsSentence(words[start - 1] ?? '')) start--;
  const sentenceEnd = (at: number) => {
    let i = at;
    while (i < end - 1 && !endsSentence(words[i] ?? '')) i++;
    return i + 1;
  };
  let stop = sentenceEnd(target);
  if (stop - start < 12 && stop < end) stop = sentenceEnd(stop);
  let cutStart = false;
  let cutEnd = false;
  if (stop - start > maxWords) {
    // A few words of lead-in before the match, so it reads in context.
    const lead = Math.min(8, Math.floor(maxWords / 3));
    const windowStart = Math.max(start, Math.min(target - lead, stop - maxWords));
    cutStart = windowStart > start;
    start = windowStart;
    cutEnd = start + maxWords < stop;
    stop = Math.min(stop, start + maxWords);
  }
  // A section that starts mid-sentence (a quote's words, "officials in Caracas repeated
  // that…") reads as a fragment, so it is shown as one.
  if (/^\p{Ll}/u.test(words[start] ?? '')) cutStart = true;
  const matched = new Set(locations);
  const parts: ExcerptPart[] = [];
  const push = (text: string, match: boolean) => {
    if (text === '') return;
    const last = parts.at(-1);
    if (last && last.match === match) last.text += text;
    else parts.push({ text, match });
  };
  if (cutStart) push('… ', false);
  for (let i = start; i < stop; i++) {
    if (i > start) push(' ', false);
    const word = words[i] ?? '';
    if (!matched.has(i)) push(word, false);
    else {
      // The word is marked, not the punctuation around it: “[Aragua],” rather than “[Aragua,]”.
      const [, before = '', core = '', after = ''] = /^(\p{P}*)(.*?)(\p{P}*)$/u.exec(word) ?? [];
      if (core === '') push(word, true);
      else {
        push(before, false);
        push(core, true);
        push(after, false);
      }
    }
  }
  if (cutEnd) push(' …', false);
  return parts;
}
