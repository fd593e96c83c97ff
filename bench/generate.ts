// Synthetic content for the benchmark: N briefings made from the two annotated
// articles the project ships (the seed, and test/fixtures/second-briefing), with
// every name, number, weekday, year and some words swapped per briefing, extra
// paragraphs naming other actors, and annotations written from the generated text,
// so every quote is still found verbatim and nothing is trivially cached.
// Briefing 1 is the seed itself, unchanged. Main function: `generateContent(...)`.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { slugify } from '../src/core/actors/actors.ts';
import { actorFile, actorPool, type Pool, type PoolActor } from './pools.ts';
import { random, type Random } from './random.ts';
import { MONTHS, WEEKDAYS, readTemplate, variation, vary, type Template } from './templates.ts';

export interface GeneratedContent {
  dir: string;
  briefings: number;
  actors: number;
  files: number;
  bytes: number;
  /** Slugs of the generated briefings, in generation order. */
  slugs: string[];
}

export const SEED_SLUG = 'maduro-police-cooperation';

const PHRASES = [
  'a matter of national dignity',
  'the only serious way forward',
  'long overdue and badly designed',
  'a message to every smuggler',
  'nothing more than theatre',
  'a fair price for stability',
  'the end of an era of impunity',
  'proof that dialogue works',
  'a gift to the cartels',
  'an insult to the families',
  'the first of many such steps',
  'too little and far too late',
];
const TOPICS = [
  'border controls',
  'fishing quotas',
  'port security',
  'extradition requests',
  'customs reform',
  'river traffic',
  'prison overcrowding',
  'fuel prices',
  'rail freight',
  'visa rules',
];

interface Filler {
  paragraphs: string[];
  annotations: string[];
}

/**
 * Extra paragraphs naming other actors of the pool, with the annotations that cite
 * them: an event per meeting (anchored on its sentence), a quote per quoted phrase.
 */
function filler(pool: Pool, rng: Random, exclude: ReadonlySet<string>): Filler {
  const paragraphs: string[] = [];
  const annotations: string[] = [];
  const phrases = rng.sample(PHRASES, 3);
  const people = rng.sample(
    pool.people.filter((p) => !exclude.has(p.id)),
    6,
  );
  const count = rng.int(1, 4);
  for (let k = 0; k < count; k++) {
    const p = people[k] ?? rng.pick(pool.people);
    const gov = rng.pick(pool.countries);
    const weekday = rng.pick(WEEKDAYS);
    const topic = rng.pick(TOPICS);
    const n = rng.int(3, 400);
    const meeting = `${p.printed} met ${gov.government.name} officials in ${gov.capital} on ${weekday} to discuss ${topic}`;
    const sentences = [`${meeting}.`];
    annotations.push(
      `:::event{date="on ${weekday}" actors="${p.id} ${gov.government.id}"}\n> ${meeting}\n\n${p.last} meets ${gov.demonym} officials about ${topic}.\n:::`,
    );
    const phrase = phrases[k];
    if (phrase && rng.chance(0.7)) {
      sentences.push(
        `Afterwards ${p.last} called the outcome “${phrase}”, and said ${n} cases were still open.`,
      );
      annotations.push(`:::quote{by=${p.id}}\n> ${phrase}\n:::`);
    } else {
      sentences.push(
        `According to the ${rng.pick(pool.outlets).name}, ${n} cases were still open at the end of the ${rng.pick(MONTHS)} session.`,
      );
    }
    if (rng.chance(0.5))
      sentences.push(
        `The ${rng.pick(pool.groups).name} was not mentioned by name, although officials in ${rng.pick(pool.countries).name} raised its activities in private.`,
      );
    paragraphs.push(sentences.join(' '));
  }
  return { paragraphs, annotations };
}

/**
 * Writes `n` briefings and the actor registry into `dir` (emptied first), from the
 * templates under `root`. The same `seed` always writes the same files.
 */
export function generateContent(root: string, dir: string, n: number, seed = 1): GeneratedContent {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'actors'), { recursive: true });
  const rng = random(seed);
  const pool = actorPool(rng);
  let files = 0;
  let bytes = 0;
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    files++;
    bytes += Buffer.byteLength(text);
  };

  const seedDir = path.join(root, 'content/briefings', SEED_SLUG);
  const templates = [
    readTemplate(seedDir, 'seed', 'events.md'),
    readTemplate(
      path.join(root, 'test/fixtures/second-briefing/briefings/valparaiso-port-strike'),
      'port',
      'timeline.md',
    ),
  ];
  // The shipped actors (the seed is briefing 1) and the pool.
  const actorsDir = path.join(root, 'content/actors');
  for (const f of readdirSync(actorsDir).filter((x) => x.endsWith('.md')))
    write(path.join(dir, 'actors', f), readFileSync(path.join(actorsDir, f), 'utf8'));
  for (const actor of pool.all) write(path.join(dir, 'actors', `${actor.id}.md`), actorFile(actor));

  const slugs: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i === 0) {
      for (const f of readdirSync(seedDir))
        write(
          path.join(dir, 'briefings', SEED_SLUG, f),
          readFileSync(path.join(seedDir, f), 'utf8'),
        );
      slugs.push(SEED_SLUG);
      continue;
    }
    const template = templates[i % 2] as Template;
    const { v, person } = variation(template, pool, rng);
    const source = vary(template.source, v, true);
    const extra = filler(pool, rng, new Set([...v.ids.values(), person.id]));
    const title =
      /^title: (.*)$/m.exec(
        vary(template.annotations.find((a) => a.name === 'briefing.md')?.text ?? '', v, false),
      )?.[1] ?? 'Briefing';
    const slug = `${slugify(title).split('-').slice(0, 6).join('-')}-${String(i).padStart(5, '0')}`;
    const folder = path.join(dir, 'briefings', slug);
    write(
      path.join(folder, 'source.md'),
      `${source.trimEnd()}\n\n${extra.paragraphs.join('\n\n')}\n`,
    );
    for (const file of template.annotations) {
      let text = vary(file.text, v, false);
      if (file.name === template.eventsFile)
        text = `${text.trimEnd()}\n\n${extra.annotations.join('\n\n')}\n`;
      write(path.join(folder, file.name), text);
    }
    slugs.push(slug);
  }
  return {
    dir,
    briefings: n,
    actors: pool.all.length + readdirSync(actorsDir).length,
    files,
    bytes,
    slugs,
  };
}

export type { PoolActor };
