// Did-you-mean for a date that does not resolve: a near-ISO value written with one
// digit or other separators ("2025-12-5", "2025/12/05" → "2025-12-05"), or wording with
// a misspelt word ("on Wednsday" → "on Wednesday", "el miércols" → "el miércoles"),
// corrected from the date words of the source's language and offered only when the
// correction resolves. Main function: `dateDidYouMean(wording, published, language)`.
import { typoDistance } from '../did-you-mean.ts';
import { resolveDate } from './dates.ts';

/** The date words of each first-class language, written as the guide writes them. */
const DATE_WORDS: Record<'en' | 'es', readonly string[]> = {
  en: [
    'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
    'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
    'September', 'October', 'November', 'December',
    'last', 'next', 'this', 'week', 'month', 'year', 'yesterday', 'today', 'tomorrow',
    'since', 'until', 'between', 'early', 'late', 'end', 'beginning', 'weekend', 'ago',
  ],
  es: [
    'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
    'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto',
    'septiembre', 'octubre', 'noviembre', 'diciembre',
    'pasado', 'pasada', 'próximo', 'próxima', 'este', 'esta', 'semana', 'mes', 'año',
    'ayer', 'hoy', 'mañana', 'desde', 'hasta', 'entre', 'principios', 'finales',
    'mediados', 'fin', 'anteayer',
  ],
}; // prettier-ignore

/** Year, month and day with one or two digits, separated by "-", "/" or ".". */
const NEAR_ISO = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?([?~%]?)$/;

function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * What the editor probably meant by `wording`, a date that does not resolve against
 * `published`: a value that does resolve, or undefined when nothing close does.
 * `language` is the source's (`es`, `en-GB`…): its date words are tried, both
 * languages' when it is not given.
 */
export function dateDidYouMean(
  wording: string,
  published: string | undefined,
  language?: string,
): string | undefined {
  const text = wording.trim();
  const iso = NEAR_ISO.exec(text);
  if (iso) {
    const [, y = '', m = '', d, mark = ''] = iso;
    const value = `${y}-${m.padStart(2, '0')}${d ? `-${d.padStart(2, '0')}` : ''}${mark}`;
    return value !== text && resolveDate(value, published).ok ? value : undefined;
  }
  const languages: ('en' | 'es')[] = language?.toLowerCase().startsWith('es')
    ? ['es']
    : language?.toLowerCase().startsWith('en')
      ? ['en']
      : ['en', 'es'];
  const words = languages.flatMap((l) => DATE_WORDS[l]);
  const known = new Set(words.map(fold));
  let changed = false;
  const corrected = text.replace(/\p{L}+/gu, (word) => {
    const folded = fold(word);
    if (known.has(folded) || folded.length < 4) return word;
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const candidate of words) {
      const d = typoDistance(folded, fold(candidate));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    if (!best || bestDistance > Math.max(1, Math.floor(folded.length / 4))) return word;
    changed = true;
    // Keep the editor's capital: "Wednsday" → "Wednesday", "miercols" → "miércoles".
    return /^\p{Lu}/u.test(word) ? best[0]?.toUpperCase() + best.slice(1) : best.toLowerCase();
  });
  return changed && resolveDate(corrected, published).ok ? corrected : undefined;
}
