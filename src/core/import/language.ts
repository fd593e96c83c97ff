// Language of an article, guessed from its most common short words, for the
// source's `language` field when the editor does not give one. Only says so when
// one language clearly leads. Main function: `detectLanguage(text)`.

const STOPWORDS: Record<string, readonly string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'in',
    'that',
    'is',
    'was',
    'for',
    'with',
    'on',
    'as',
    'by',
    'his',
    'her',
    'it',
    'which',
    'has',
    'have',
    'said',
  ],
  es: [
    'el',
    'la',
    'de',
    'que',
    'y',
    'en',
    'los',
    'las',
    'del',
    'se',
    'por',
    'con',
    'una',
    'para',
    'es',
    'su',
    'al',
    'lo',
    'como',
    'dijo',
  ],
  fr: [
    'le',
    'la',
    'les',
    'de',
    'des',
    'et',
    'est',
    'que',
    'dans',
    'du',
    'une',
    'pour',
    'qui',
    'sur',
    'au',
    'pas',
    'avec',
    'il',
    'elle',
    'a',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'ist',
    'nicht',
    'mit',
    'den',
    'von',
    'zu',
    'sich',
    'des',
    'auf',
    'für',
    'ein',
    'eine',
    'dem',
    'im',
    'auch',
    'sagte',
  ],
  pt: [
    'o',
    'a',
    'os',
    'as',
    'de',
    'do',
    'da',
    'dos',
    'das',
    'que',
    'e',
    'em',
    'no',
    'na',
    'um',
    'uma',
    'para',
    'com',
    'não',
    'disse',
  ],
  it: [
    'il',
    'la',
    'di',
    'che',
    'e',
    'della',
    'del',
    'per',
    'un',
    'una',
    'non',
    'sono',
    'con',
    'gli',
    'le',
    'nel',
    'alla',
    'anche',
    'ha',
    'detto',
  ],
};

/**
 * A BCP 47 tag (en, es, fr, de, pt, it) when at least 8 of the words are one language's and
 * it leads by half again; else undefined. Words shared by two lists ("de", "la", "que" are
 * Spanish, French and Portuguese) count for the lead only through the words that are one
 * language's alone, so a Spanish article is not held back by its French-looking words.
 */
export function detectLanguage(text: string): string | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const lists = Object.entries(STOPWORDS).map(([lang, list]) => ({ lang, set: new Set(list) }));
  const scores = lists.map(({ lang, set }) => {
    const own = new Set(
      [...set].filter((w) => lists.every((other) => other.lang === lang || !other.set.has(w))),
    );
    return {
      lang,
      score: words.filter((w) => set.has(w)).length,
      own: words.filter((w) => own.has(w)).length,
    };
  });
  scores.sort((a, b) => b.own - a.own || b.score - a.score);
  const [best, second] = scores;
  if (!best || best.score < 8) return undefined;
  if (second && best.own < second.own * 1.5) return undefined;
  return best.lang;
}
