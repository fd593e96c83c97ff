// Aliases that would match words of every article: a common English or Spanish word
// ("Los", "State") or fewer than three letters. `npm run check` refuses them unless the
// editor marks the alias exact with a leading "=" (`aliases: [=Los]`), which matches it
// only as written. Acronyms in capitals ("US", "EE.UU.") already match only as written.
// The word lists are stopwords-iso's (English and Spanish, the first-class languages,
// since an actor serves briefings in both). Main function: `aliasProblem(alias)`.
import stopwords from 'stopwords-iso' with { type: 'json' };

/** The mark that makes an alias exact: `=Los`. */
export const EXACT_MARK = '=';

/** A short all-capitals name such as "US", "U.S." or "EE.UU.": matched only as written. */
const ACRONYM = /^(?=.*\p{Lu}.*\p{Lu})[\p{Lu}\p{N}.&-]{2,8}$/u;

const COMMON = {
  English: new Set(stopwords.en.map(fold)),
  Spanish: new Set(stopwords.es.map(fold)),
};

function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Why `alias` would match too much ("is a common Spanish word"), or undefined when it is fine. */
export function aliasProblem(alias: string): string | undefined {
  if (ACRONYM.test(alias)) return undefined;
  const letters = alias.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  if (letters < 3) return 'is shorter than three letters';
  const words = alias
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(fold);
  for (const [language, list] of Object.entries(COMMON))
    if (words.length > 0 && words.every((w) => list.has(w)))
      return words.length === 1
        ? `is a common ${language} word`
        : `is made of common ${language} words`;
  return undefined;
}
