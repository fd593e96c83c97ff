// The two article templates of the benchmark and how one synthetic briefing
// varies them: names, numbers, weekday, years, word swaps and tags replaced alike
// in the source and its annotations (so every quote stays verbatim), actor ids
// mapped in the directives. Main functions: `readTemplate(...)`, `variation(...)`, `vary(...)`.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { slugify } from '../src/core/actors/actors.ts';
import type { Country, Person, Pool } from './pools.ts';
import type { Random } from './random.ts';

export interface TemplateFile {
  name: string;
  text: string;
}

export interface Template {
  /** Which template: the seed or the port strike. */
  kind: 'seed' | 'port';
  source: string;
  annotations: TemplateFile[];
  /** The file filler events are appended to. */
  eventsFile: string;
}

/** What one synthetic briefing replaces in its template, and the ids it maps. */
export interface Variation {
  text: [string, string][];
  ids: Map<string, string>;
  synonyms: [string, string][];
  tags: string[];
  published: string;
  yearShift: number;
  url?: string;
}

export const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const NUMBER_WORDS = [
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'eleven',
  'twelve',
  'fifteen',
  'twenty',
  'thirty',
  'fifty',
  'sixty',
];
const TOPIC_TAGS = [
  'security',
  'organized-crime',
  'labour',
  'ports',
  'trade',
  'diplomacy',
  'sanctions',
  'migration',
  'elections',
  'energy',
  'justice',
  'shipping',
  'wages',
  'policing',
  'drugs',
  'regional-cooperation',
  'strikes',
  'exports',
  'human-rights',
  'economy',
];
/** Word swaps per template: applied to the article and its annotations alike. */
const SYNONYMS: Record<Template['kind'], [string, string][]> = {
  seed: [
    ['cooperation', 'collaboration'],
    ['agreements', 'accords'],
    ['neighboring', 'neighbouring'],
    ['strengthen', 'reinforce'],
    ['boasted', 'claimed'],
    ['insisted', 'stressed'],
    ['readiness', 'willingness'],
    ['statements', 'remarks'],
    ['escalation', 'tension'],
    ['eliminating', 'dismantling'],
    ['smuggling', 'trafficking'],
  ],
  port: [
    ['strike', 'walkout'],
    ['ships', 'vessels'],
    ['reporters', 'journalists'],
    ['wages', 'salaries'],
    ['hire', 'employ'],
    ['backlog', 'queue'],
    ['warned', 'cautioned'],
    ['welcomed', 'praised'],
    ['closely', 'carefully'],
    ['stoppage', 'shutdown'],
  ],
};
const LETTER = '[\\p{L}\\p{N}]';

/** Replaces whole words only (accented letters count as word characters), longest key first, in one pass. */
function replaceWords(text: string, pairs: readonly [string, string][]): string {
  if (pairs.length === 0) return text;
  const map = new Map<string, string>();
  for (const [from, to] of pairs) {
    map.set(from, to);
    // Capitalised at the start of a sentence: keep the capital.
    const cap = from.charAt(0).toUpperCase() + from.slice(1);
    if (cap !== from && !map.has(cap)) map.set(cap, to.charAt(0).toUpperCase() + to.slice(1));
  }
  const keys = [...map.keys()]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<!${LETTER})(?:${keys.join('|')})(?!${LETTER})`, 'gu');
  return text.replace(pattern, (m) => map.get(m) ?? m);
}

function shiftYears(text: string, shift: number): string {
  return shift === 0
    ? text
    : text.replace(/(?<![\d])(20\d\d)(?![\d])/g, (y) => String(Number(y) + shift));
}

/** Actor ids in directive attributes (by=, ref=, actors="…") mapped to the briefing's actors. */
function mapIds(line: string, ids: ReadonlyMap<string, string>): string {
  return line
    .replace(
      /\b(by|ref)=([a-z0-9-]+)/g,
      (_m, key: string, id: string) => `${key}=${ids.get(id) ?? id}`,
    )
    .replace(
      /\bactors="([^"]*)"/g,
      (_m, list: string) =>
        `actors="${list
          .split(/\s+/)
          .map((id) => ids.get(id) ?? id)
          .join(' ')}"`,
    );
}

export function vary(text: string, v: Variation, isSource: boolean): string {
  const lines = shiftYears(replaceWords(text, v.text), v.yearShift).split('\n');
  let inFrontmatter = lines[0] === '---';
  return lines
    .map((line, i) => {
      if (i > 0 && inFrontmatter && line === '---') {
        inFrontmatter = false;
        return line;
      }
      if (inFrontmatter) {
        if (line.startsWith('published:')) return `published: ${v.published}`;
        if (line.startsWith('tags:')) return `tags: [${v.tags.join(', ')}]`;
        if (line.startsWith('url:') && v.url) return `url: ${v.url}`;
        if (isSource && /^(title|caption):/.test(line)) return replaceWords(line, v.synonyms);
        if (!isSource && /^(title|summary):/.test(line)) return replaceWords(line, v.synonyms);
        return line;
      }
      if (line.startsWith(':::')) return mapIds(line, v.ids);
      return replaceWords(line, v.synonyms);
    })
    .join('\n');
}

export function readTemplate(dir: string, kind: Template['kind'], eventsFile: string): Template {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort();
  return {
    kind,
    source: readFileSync(path.join(dir, 'source.md'), 'utf8'),
    annotations: files
      .filter((f) => f !== 'source.md')
      .map((name) => ({ name, text: readFileSync(path.join(dir, name), 'utf8') })),
    eventsFile,
  };
}

export function isoDate(year: number, rng: Random): string {
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function variation(
  template: Template,
  pool: Pool,
  rng: Random,
): { v: Variation; person: Person; country: Country } {
  const person = rng.pick(pool.people);
  const country = rng.pick(pool.countries);
  const year = rng.int(2014, 2026);
  const published = isoDate(year, rng);
  const weekday = rng.pick(WEEKDAYS);
  const synonyms = rng.sample(SYNONYMS[template.kind], rng.int(2, SYNONYMS[template.kind].length));
  const topics = rng.sample(TOPIC_TAGS, rng.int(1, 2));
  if (template.kind === 'seed') {
    const other = rng.pick(pool.countries.filter((c) => c !== country));
    const [gang, gang2] = rng.sample(pool.groups, 2) as [
      Pool['groups'][number],
      Pool['groups'][number],
    ];
    const outlet = rng.pick(pool.outlets);
    const credit = rng.pick(pool.people);
    return {
      person,
      country,
      v: {
        text: [
          ['Nicolás Maduro', person.name],
          ['Nicolas Maduro', person.printed],
          ['Maduro', person.last],
          ['Venezuelan government', `${country.demonym} government`],
          ['Venezuelan', country.demonym],
          ['Venezuela', country.name],
          ['Caracas', country.capital],
          ['Tren de Aragua', gang.name],
          ['Aragua Train', gang.translation],
          ['Tren del Llano', gang2.name],
          ['United States', other.name],
          ['US', other.abbreviation],
          ['Europa Press', outlet.name],
          ['European Press', outlet.translation],
          ['Madrid', outlet.city],
          ['Pedro Mattei', credit.printed],
          [
            'December 6',
            `${MONTHS[Number(published.slice(5, 7)) - 1]} ${Number(published.slice(8))}`,
          ],
          ['Friday', weekday],
        ],
        ids: new Map([
          ['nicolas-maduro', person.id],
          ['venezuela', country.id],
          ['venezuelan-government', country.government.id],
          ['tren-de-aragua', gang.id],
          ['tren-del-llano', gang2.id],
          ['united-states', other.id],
          ['europa-press', outlet.id],
        ]),
        synonyms,
        tags: [country.id, ...topics],
        published,
        yearShift: year - 2025,
      },
    };
  }
  const union = rng.pick(pool.unions);
  const operator = rng.pick(pool.operators);
  const ministry = rng.pick(pool.ministries);
  const outlet = rng.pick(pool.outlets);
  const [n1, n2] = rng.sample(NUMBER_WORDS, 2) as [string, string];
  const slugPart = slugify(outlet.name);
  return {
    person,
    country,
    v: {
      text: [
        ['José Ñancupil', person.printed],
        ['Ñancupil', person.last],
        ['Terminal Pacífico Sur', operator.name],
        ['Ministry of Transport', ministry.name],
        ['Valparaíso', union.city],
        ['Coastal Wire', outlet.name],
        ['Inés Araya', rng.pick(pool.people).printed],
        ['nine-day', `${n1}-day`],
        ['forty', n2],
        ['120', String(rng.int(30, 900))],
        ['6 percent', `${rng.int(2, 9)} percent`],
        ['4 percent', `${rng.int(2, 9)} percent`],
        ['30 million', `${rng.int(5, 90)} million`],
        ['30-million', `${rng.int(5, 90)}-million`],
        ['March 3', `${rng.pick(MONTHS)} ${rng.int(1, 28)}`],
        ['March 13', `${MONTHS[Number(published.slice(5, 7)) - 1]} ${Number(published.slice(8))}`],
        ['Thursday', weekday],
      ],
      ids: new Map([
        ['jose-nancupil', person.id],
        ['dockworkers-union', union.id],
        ['terminal-pacifico-sur', operator.id],
        ['ministry-of-transport', ministry.id],
      ]),
      synonyms,
      tags: [country.id, ...topics],
      published,
      yearShift: year - 2026,
      url: `https://example.org/${slugPart}/${published.replaceAll('-', '/')}/story-${rng.int(1000, 999999)}`,
    },
  };
}
