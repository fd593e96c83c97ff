import { describe, expect, it } from 'vitest';
import {
  findMentions,
  parseActor,
  slugify,
  unknownActor,
  type Actor,
} from '../../../src/core/actors/actors.ts';
import { haystack } from '../../../src/core/anchoring/anchoring.ts';
import { splitParagraphs } from '../../../src/core/text/paragraphs.ts';
import { seedRegistry, seedSource, seedText } from '../../helpers/seed-fixture.ts';

const registry = seedRegistry();
const { paragraphs } = seedSource();
const mentions = findMentions(haystack(paragraphs), registry.values());
const of = (id: string) => mentions.filter((m) => m.actor === id).map((m) => [m.paragraph, m.text]);

function actor(id: string, name: string, aliases: string[] = []): Actor {
  return {
    id,
    name,
    kind: 'person',
    aliases,
    descriptionHtml: '',
    file: `content/actors/${id}.md`,
  };
}

describe('parseActor', () => {
  it('reads the seed actor with its accented name, aliases and description', () => {
    const result = parseActor(
      'content/actors/nicolas-maduro.md',
      'nicolas-maduro',
      seedText('content/actors/nicolas-maduro.md'),
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.value).toEqual({
      id: 'nicolas-maduro',
      name: 'Nicolás Maduro',
      kind: 'person',
      aliases: ['Nicolas Maduro', 'Maduro'],
      wikidata: 'Q57413',
      country: 'Venezuela',
      descriptionHtml: '<p>President of Venezuela since 2013.</p>',
      file: 'content/actors/nicolas-maduro.md',
    });
  });

  it('defaults aliases to an empty list', () => {
    expect(
      parseActor(
        'content/actors/venezuela.md',
        'venezuela',
        seedText('content/actors/venezuela.md'),
      ).value?.aliases,
    ).toEqual([]);
  });

  it('rejects a file name that is not a kebab-case id, with the id to rename to', () => {
    const result = parseActor(
      'content/actors/Nicolás Maduro.md',
      'Nicolás Maduro',
      '---\nname: Nicolás Maduro\nkind: person\n---\n',
    );
    expect(result.value).toBeUndefined();
    expect(result.diagnostics).toEqual([
      {
        file: 'content/actors/Nicolás Maduro.md',
        line: 1,
        column: 1,
        rule: 'actor-id-invalid',
        severity: 'error',
        message: 'The actor file name "Nicolás Maduro" is not a valid id.',
        hint: 'Rename the file to lowercase kebab-case, e.g. "nicolas-maduro.md".',
      },
    ]);
  });

  it('reports frontmatter mistakes and gives no actor', () => {
    const result = parseActor('content/actors/x.md', 'x', '---\nname: X\nkind: gang\n---\n');
    expect(result.value).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([
      ['frontmatter-invalid', 3, 7],
    ]);
  });
});

describe('slugify', () => {
  it('folds accents and punctuation into a kebab-case id', () => {
    expect(slugify('Nicolás Maduro')).toBe('nicolas-maduro');
    expect(slugify('  U.S. Southern Command! ')).toBe('u-s-southern-command');
    expect(slugify('Tren de Aragua’s')).toBe('tren-de-aragua-s');
  });
});

describe('findMentions on the seed', () => {
  it('finds Nicolás Maduro (registered with the accent) as the accent-free "Nicolas Maduro" and as "Maduro"', () => {
    expect(of('nicolas-maduro')).toEqual([
      [1, 'Nicolas Maduro'],
      [3, 'Maduro'],
      [6, 'Maduro'],
    ]);
  });

  it('finds Tren de Aragua by name and by its translated alias "Aragua Train"', () => {
    expect(of('tren-de-aragua')).toEqual([
      [3, 'Tren de Aragua'],
      [5, 'Aragua Train'],
    ]);
  });

  it('prefers the longest name where names overlap ("Tren del Llano" is its own gang)', () => {
    expect(of('tren-del-llano')).toEqual([[3, 'Tren del Llano']]);
  });

  it('finds whole words only: "Venezuelan" is not a mention of Venezuela', () => {
    expect(of('venezuela')).toEqual([
      [3, 'Venezuela'],
      [6, 'Venezuela'],
    ]);
    expect(of('venezuelan-government')).toEqual([[5, 'Venezuelan government']]);
  });

  it('gives offsets into the paragraph text that slice out the words as written', () => {
    for (const m of mentions)
      expect(paragraphs[m.paragraph - 1]?.text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions.find((m) => m.actor === 'nicolas-maduro')).toEqual({
      actor: 'nicolas-maduro',
      paragraph: 1,
      start: 32,
      end: 46,
      text: 'Nicolas Maduro',
    });
  });

  it('lists mentions in source order', () => {
    const order = mentions.map((m) => m.paragraph * 10_000 + m.start);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(mentions).toHaveLength(11);
  });
});

describe('findMentions', () => {
  const maduro = actor('nicolas-maduro', 'Nicolás Maduro', ['Maduro']);
  const mentionsIn = (body: string, actors: Actor[] = [maduro]) =>
    findMentions(haystack(splitParagraphs(body)), actors).map((m) => m.text);

  it('is case-insensitive', () => {
    expect(mentionsIn('MADURO spoke; maduro left.')).toEqual(['MADURO', 'maduro']);
  });

  it('matches an accented source against an accent-free alias, NFC or NFD', () => {
    const accentFree = actor('jose-perez', 'Jose Perez');
    expect(mentionsIn('Lo dijo José Pérez.', [accentFree])).toEqual(['José Pérez']);
    expect(mentionsIn('Lo dijo José Pérez.'.normalize('NFD'), [accentFree])).toEqual([
      'José Pérez'.normalize('NFD'),
    ]);
  });

  it('does not match inside a longer word', () => {
    expect(mentionsIn('Maduroism and Maduros are not the man.')).toEqual([]);
  });

  it('matches a name before a possessive apostrophe', () => {
    expect(mentionsIn('Maduro’s proposal')).toEqual(['Maduro']);
  });

  it('finds nothing with an empty registry', () => {
    expect(findMentions(haystack(paragraphs), [])).toEqual([]);
  });

  it('matches an acronym alias only in capitals', () => {
    const us = actor('united-states', 'United States', ['US', 'U.S.']);
    expect(
      mentionsIn('The US said it told us that the U.S. and the united states agree; u.s. too.', [
        us,
      ]),
    ).toEqual(['US', 'U.S.', 'united states']);
  });
});

describe('unknownActor', () => {
  const at = { file: 'content/briefings/x/briefing.md', line: 12, column: 1 };

  it('pins the message and suggests the closest id', () => {
    expect(unknownActor(at, 'nicolas-madur', registry)).toEqual({
      ...at,
      rule: 'actor-unknown',
      severity: 'error',
      message: 'Unknown actor "nicolas-madur": there is no content/actors/nicolas-madur.md.',
      hint: 'Did you mean "nicolas-maduro"? Or create content/actors/nicolas-madur.md.',
    });
  });

  it.each([
    ['maduro', 'nicolas-maduro'],
    ['aragua-train', 'tren-de-aragua'],
    ['tren-aragua', 'tren-de-aragua'],
    ['european-press', 'europa-press'],
    ['usa', 'united-states'],
    ['united-state', 'united-states'],
  ])('suggests %s → %s (by id, name or alias)', (id, guess) => {
    expect(unknownActor(at, id, registry).hint).toBe(
      `Did you mean "${guess}"? Or create content/actors/${id}.md.`,
    );
  });

  it('says how to create the actor when nothing is close', () => {
    expect(unknownActor(at, 'nobody-at-all', registry).hint).toBe(
      'Create content/actors/nobody-at-all.md with name and kind, or use an existing id.',
    );
  });
});
