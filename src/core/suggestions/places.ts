// Countries and capitals, in English and Spanish, from packages that keep them: a name
// the text uses that is one of them is a place, never drafted as a person or an
// organisation ("SANTO DOMINGO", "República Dominicana", "La Habana"). Country names come
// from i18n-iso-countries (its English and Spanish lists, with their alternative names),
// capitals and native names from countries-list. Main function: `isPlaceName(name)`.
import { countries } from 'countries-list';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import { foldText } from '../text/normalize.ts';

let places: Set<string> | undefined;

/** Every country's and capital's name, folded (case and accents), built once. */
function placeNames(): Set<string> {
  if (places) return places;
  const names = new Set<string>();
  const add = (name: string) => {
    const folded = foldText(name);
    if (folded) names.add(folded);
    // "Habana" in "La Habana", "Dominican Republic" in "the Dominican Republic".
    const bare = folded.replace(/^(?:the|la|el|los|las)\s+/u, '');
    if (bare && bare !== folded) names.add(bare);
  };
  for (const locale of [en, es])
    for (const value of Object.values(locale.countries as Record<string, string | string[]>))
      for (const name of Array.isArray(value) ? value : [value]) add(name);
  for (const country of Object.values(countries)) {
    add(country.name);
    add(country.native);
    for (const capital of country.capital.split(/\s*,\s*/u)) if (capital) add(capital);
  }
  places = names;
  return names;
}

/** True when `name` (any case, with or without accents or a leading article) is a country or a capital. */
export function isPlaceName(name: string): boolean {
  const folded = foldText(name);
  const set = placeNames();
  return set.has(folded) || set.has(folded.replace(/^(?:the|la|el|los|las)\s+/u, ''));
}
