// The benchmark's invented world: people, countries (with their governments),
// criminal groups, news outlets, unions, port operators and ministries, each an
// actor file shared by many synthetic briefings. Names are built from syllables
// so they never collide with English words in the article templates.
// Main function: `actorPool(rng)`.
import { slugify } from '../src/core/actors/actors.ts';
import type { Random } from './random.ts';

export interface PoolActor {
  id: string;
  name: string;
  kind: 'person' | 'government' | 'country' | 'organization' | 'criminal-group' | 'media';
  aliases: string[];
  country?: string;
  wikidata?: string;
  description: string;
}

export interface Person extends PoolActor {
  first: string;
  last: string;
  /** The name as an article may print it: without accents half the time. */
  printed: string;
}

export interface Country extends PoolActor {
  demonym: string;
  abbreviation: string;
  capital: string;
  government: PoolActor;
}

export interface Pool {
  people: Person[];
  countries: Country[];
  groups: (PoolActor & { translation: string })[];
  outlets: (PoolActor & { translation: string; city: string })[];
  unions: (PoolActor & { city: string })[];
  operators: PoolActor[];
  ministries: PoolActor[];
  /** Every actor above, countries' governments included. */
  all: PoolActor[];
}

const FIRST = [
  'Amara',
  'Bruno',
  'Carmen',
  'Dário',
  'Elena',
  'Farid',
  'Greta',
  'Hugo',
  'Inés',
  'Jonas',
  'Karin',
  'Lucio',
  'Mirta',
  'Nadia',
  'Otto',
  'Paula',
  'Ramón',
  'Rosa',
  'Sven',
  'Tamar',
  'Ugo',
  'Vera',
  'Walid',
  'Ximena',
  'Yusuf',
  'Zoë',
  'Adela',
  'Bento',
  'Cyra',
  'Dmitri',
  'Eloá',
  'Fenna',
];
const HEAD = [
  'Bar',
  'Cal',
  'Dor',
  'Fen',
  'Gal',
  'Har',
  'Ilo',
  'Kas',
  'Lor',
  'Mav',
  'Nir',
  'Ost',
  'Pel',
  'Quin',
  'Rav',
  'Sol',
  'Tor',
  'Ulv',
  'Var',
  'Wen',
  'Zel',
  'Brak',
  'Drom',
  'Fal',
  'Grun',
  'Jask',
  'Kol',
  'Mir',
  'Nov',
  'Prel',
];
const TAIL = [
  'ada',
  'ento',
  'ovic',
  'ani',
  'uro',
  'elli',
  'ara',
  'osa',
  'undo',
  'eski',
  'ayev',
  'ström',
  'inho',
  'ulu',
  'enko',
  'asco',
  'oni',
  'átegui',
];
const LAND = ['ia', 'ania', 'estan', 'ora', 'avia', 'ungo', 'ivia', 'essa'];
const CITY = ['port', 'grad', 'mar', 'vale', 'ona', 'ique', 'burg', 'oca'];
const OUTLET_TYPES = [
  ['Wire', 'Agencia'],
  ['Herald', 'Heraldo'],
  ['Post', 'Correo'],
  ['Courier', 'Correio'],
  ['Times', 'Tiempos'],
  ['Dispatch', 'Despacho'],
] as const;
const PORTFOLIOS = [
  'Labour',
  'Transport',
  'Trade',
  'Security',
  'Interior',
  'Economy',
  'Justice',
  'Defence',
];

/** The same pool for the same seed: about 400 actors. */
export function actorPool(rng: Random): Pool {
  const used = new Set<string>();
  const word = (parts: readonly string[][]): string => {
    for (;;) {
      const w = parts.map((p) => rng.pick(p)).join('');
      if (!used.has(w)) {
        used.add(w);
        return w;
      }
    }
  };
  const countries: Country[] = Array.from({ length: 40 }, () => {
    const stem = word([HEAD, ['', 'ak', 'en', 'ist', 'ol']]);
    const suffix = rng.pick(LAND);
    const name = `${stem}${suffix}`;
    const demonym = `${stem}${suffix.endsWith('a') ? `${suffix}n` : `${suffix}i`}`;
    let abbreviation = (stem.slice(0, 2) + suffix.slice(0, 1)).toUpperCase();
    while (used.has(abbreviation))
      abbreviation = `${abbreviation.slice(0, 2)}${String.fromCharCode(65 + rng.int(0, 25))}`;
    used.add(abbreviation);
    const capital = word([HEAD, CITY]);
    const id = slugify(name);
    const government: PoolActor = {
      id: `${id}-government`,
      name: `Government of ${name}`,
      kind: 'government',
      aliases: [`${demonym} government`],
      country: name,
      description: `The national executive of ${name}, seated in ${capital}.`,
    };
    return {
      id,
      name,
      kind: 'country',
      aliases: [abbreviation],
      wikidata: `Q${rng.int(100, 999999)}`,
      demonym,
      abbreviation,
      capital,
      government,
      description: `The Republic of ${name}.`,
    };
  });
  const people: Person[] = Array.from({ length: 150 }, () => {
    const first = rng.pick(FIRST);
    const last = word([HEAD, TAIL]);
    const name = `${first} ${last}`;
    const plain = name.normalize('NFD').replace(/\p{M}/gu, '');
    const country = rng.pick(countries);
    return {
      id: slugify(name),
      name,
      first,
      last,
      printed: rng.chance(0.5) ? plain : name,
      kind: 'person',
      aliases: [...(plain !== name ? [plain] : []), last],
      country: country.name,
      ...(rng.chance(0.3) ? { wikidata: `Q${rng.int(100, 999999)}` } : {}),
      description: `A public figure from ${country.name}.`,
    };
  });
  const groups = Array.from({ length: 40 }, () => {
    const place = word([HEAD, TAIL]);
    const name = `Clan del ${place}`;
    return {
      id: slugify(name),
      name,
      kind: 'criminal-group' as const,
      aliases: [`${place} Clan`],
      translation: `${place} Clan`,
      country: rng.pick(countries).name,
      description: `A criminal organisation named after the ${place} district.`,
    };
  });
  const outlets = Array.from({ length: 20 }, () => {
    const stem = word([HEAD, ['ida', 'ova', 'eno', 'ar']]);
    const [en, es] = rng.pick(OUTLET_TYPES);
    const name = `${stem} ${en}`;
    return {
      id: slugify(name),
      name,
      kind: 'media' as const,
      aliases: [`${es} ${stem}`],
      translation: `${es} ${stem}`,
      city: word([HEAD, CITY]),
      description: `A news agency founded in ${rng.int(1890, 2010)}.`,
    };
  });
  const unions = Array.from({ length: 30 }, () => {
    const city = word([HEAD, CITY]);
    const name = `${city} dockworkers' union`;
    return {
      id: slugify(name),
      name,
      kind: 'organization' as const,
      aliases: [`${city} union`],
      city,
      description: `The union of dockworkers at the port of ${city}.`,
    };
  });
  const operators = Array.from({ length: 30 }, (): PoolActor => {
    const place = word([HEAD, TAIL]);
    const name = `Terminal ${place} Sur`;
    return {
      id: slugify(name),
      name,
      kind: 'organization',
      aliases: [],
      description: `Operator of a container terminal at the port of ${place}.`,
    };
  });
  const ministries = countries.map((country): PoolActor => {
    const portfolio = rng.pick(PORTFOLIOS);
    const name = `${country.demonym} Ministry of ${portfolio}`;
    return {
      id: slugify(name),
      name,
      kind: 'government',
      aliases: [],
      country: country.name,
      description: `${country.name}'s ministry of ${portfolio.toLowerCase()}.`,
    };
  });
  const all = [
    ...people,
    ...countries,
    ...countries.map((c) => c.government),
    ...groups,
    ...outlets,
    ...unions,
    ...operators,
    ...ministries,
  ];
  if (new Set(all.map((a) => a.id)).size !== all.length)
    throw new Error('bench: two pool actors share an id');
  return { people, countries, groups, outlets, unions, operators, ministries, all };
}

/** The actor file the editor would write. */
export function actorFile(actor: PoolActor): string {
  const yamlList = (items: string[]) => `[${items.map((s) => JSON.stringify(s)).join(', ')}]`;
  return [
    '---',
    `name: ${JSON.stringify(actor.name)}`,
    `kind: ${actor.kind}`,
    ...(actor.aliases.length > 0 ? [`aliases: ${yamlList(actor.aliases)}`] : []),
    ...(actor.wikidata ? [`wikidata: ${actor.wikidata}`] : []),
    ...(actor.country ? [`country: ${JSON.stringify(actor.country)}`] : []),
    '---',
    actor.description,
    '',
  ].join('\n');
}
