// Countries, capitals and regions, in English and Spanish, from packages that keep them: a
// name the text uses that is one of them is a place, never drafted as a person or an
// organisation ("SANTO DOMINGO", "República Dominicana", "La Habana", "Quintana Roo").
// Country names come from i18n-iso-countries (its English and Spanish lists, with their
// alternative names), capitals and native names from countries-list, states, provinces
// and departments from country-region-data (those of two words or more: one-word regions
// such as "Guerrero" or "Hidalgo" are also surnames). A capital named with its country
// ("Santiago de Chile", "Ciudad de Guatemala") and a name headed by a word of geography
// ("Riviera Maya", "Valle del Cauca", "Atacama Desert") are places too.
// Main function: `isPlaceName(name)`.
import { countries } from 'countries-list';
import regions from 'country-region-data/data.json' with { type: 'json' };
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
    // "Washington D.C." is written "Washington" as often.
    for (const capital of country.capital.split(/\s*,\s*/u))
      if (capital) add(capital.replace(/\s+D\.C\.$/u, ''));
  }
  for (const country of regions as { regions: { name: string }[] }[])
    for (const region of country.regions)
      for (const name of region.name.replace(/\s+D\.C\.$/u, '').split('/'))
        if (/\s/u.test(name.trim())) add(name.trim());
  places = names;
  return names;
}

/** Words of geography that head or end a place's name: "Riviera Maya", "Campo de Cartagena", "Gulf of Mexico", "Plaza de Mayo", "Ciudad del Este", "Khumbu Icefall". */
const FEATURE_FIRST =
  /^(?:riviera|costa|sierra|valle|vega|campo|comarca|glaciar|golfo|mar|rio|lago|laguna|isla|islas|peninsula|cordillera|bahia|desierto|selva|llanos|cerro|volcan|estrecho|plaza|punta|playa|cabo|ria|avenida|calle|ciudad|puerto|gulf|lake|mount|bay|isle|cape|strait|point|square|avenue)\s/u;
const FEATURE_LAST =
  /\s(?:river|valley|desert|mountains|coast|sea|gulf|bay|island|islands|peninsula|lake|strait|delta|basin|plateau|highlands|lowlands|icefall|glacier|canyon|gorge|reef|lagoon|wetlands|falls)$/u;

/**
 * True when `name` is a place only by a word of geography at its head or end ("Rio Tinto",
 * "Sierra Club"), not by the gazetteer: such a name may be an organisation's, which the
 * caller tells from how the text uses it.
 */
export function isNamedFeature(name: string): boolean {
  const folded = foldText(name).replace(/^(?:the|la|el|los|las)\s+/u, '');
  return (
    (FEATURE_FIRST.test(folded) || FEATURE_LAST.test(folded)) &&
    !placeNames().has(folded) &&
    !placeNames().has(foldText(name))
  );
}

/** True when `name` (any case, with or without accents or a leading article) is a country, a capital, a region or a named feature of geography. */
export function isPlaceName(name: string): boolean {
  const set = placeNames();
  // "St Lucia", "St. Kitts and Nevis": the gazetteer writes "Saint".
  const folded = foldText(name)
    .replace(/^(?:the|la|el|los|las)\s+/u, '')
    .replace(/^st\.?\s+/u, 'saint ');
  if (set.has(foldText(name)) || set.has(folded)) return true;
  if (FEATURE_FIRST.test(folded) || FEATURE_LAST.test(folded)) return true;
  // "Santiago de Chile", "Ciudad de Guatemala", "Mexico City" aside: a capital with its country.
  const pair = /^(.+?)\s+(?:de|of)\s+(.+)$/u.exec(folded);
  if (
    pair?.[1] !== undefined &&
    pair[2] !== undefined &&
    set.has(pair[2]) &&
    (set.has(pair[1]) || /^(?:ciudad|city)$/u.test(pair[1]))
  )
    return true;
  // "Santa Cruz de la Sierra", "San José de Ocoa": a place of two words or more and what
  // tells it apart (one word could be a first name: "Victoria de los Ángeles").
  const head = /^(\S+\s+\S+(?:\s+\S+)?)\s+(?:de|del|of)\s/u.exec(folded)?.[1];
  return head !== undefined && set.has(head);
}
