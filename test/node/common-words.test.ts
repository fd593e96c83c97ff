// The alias check with the word-frequency lists every command passes core: a one-word alias
// among the 2,000 most frequent English or Spanish words is refused, naming the file and
// the alias's line:column; the names news is about, and every shipped actor, are not.
import { describe, expect, it } from 'vitest';
import { parseActor } from '../../src/core/actors/actors.ts';
import { aliasProblem, COMMON_WORD_RANK } from '../../src/core/actors/alias-check.ts';
import { assembleSite } from '../../src/core/assembly/site.ts';
import { commonWordLists } from '../../src/node/common-words.ts';
import { siteOptions } from '../../src/node/content.ts';
import { seedFiles, toRaw } from '../helpers/seed-fixture.ts';

const common = commonWordLists();

const actorFile = (name: string, aliases: string) =>
  `---\nname: ${name}\nkind: organization\naliases: ${aliases}\n---\nAn actor.\n`;

describe('common words as aliases, by frequency', () => {
  it('reads both lists, most frequent first', () => {
    expect(common.English.slice(0, 3)).toEqual(['the', 'of', 'and']);
    expect(common.Spanish.slice(0, 20)).toContain('que');
    expect(common.English.length).toBeGreaterThan(COMMON_WORD_RANK);
    expect(common.Spanish.length).toBeGreaterThan(COMMON_WORD_RANK);
  });

  it('refuses "Nacional", naming the file and the alias’s line:column, with the exact mark as the fix', () => {
    const r = parseActor(
      'content/actors/guardia-nacional.md',
      'guardia-nacional',
      actorFile('Guardia Nacional Bolivariana', '[GNB, Guardia Nacional, Nacional]'),
      common,
    );
    expect(r.value).toBeUndefined();
    expect(r.diagnostics).toEqual([
      {
        file: 'content/actors/guardia-nacional.md',
        line: 4,
        column: 34,
        rule: 'actor-alias-ambiguous',
        severity: 'error',
        message:
          'The alias "Nacional" is a common Spanish word (no. 1,973 of the 2,000 most frequent): every "nacional" in a source would be taken for this actor.',
        hint: 'Mark it exact to match only "Nacional" as written, capitals and accents included: write "=Nacional" in aliases; or remove it and use a longer name the articles print.',
      },
    ]);
    // Without the lists (a caller that passes none) only function words are refused.
    expect(aliasProblem('Nacional')).toBeUndefined();
  });

  it('refuses the common words of both languages, whatever the case or accents', () => {
    for (const [alias, language] of [
      ['The', 'English'],
      ['Los', 'Spanish'],
      ['Nacional', 'Spanish'],
      ['nacional', 'Spanish'],
      ['National', 'English'],
      ['Police', 'English'],
      ['Policía', 'Spanish'],
      ['Gobierno', 'Spanish'],
      ['Government', 'English'],
      ['Presidente', 'Spanish'],
    ] as const)
      expect(aliasProblem(alias, common), alias).toMatch(
        new RegExp(`^is a common ${language} word`),
      );
  });

  it('accepts the names news is about, and a name of several words', () => {
    for (const alias of [
      'Maduro',
      'Trump',
      'Venezuela',
      'Caracas',
      'Nicolás',
      'Aragua',
      'Guaidó',
      'Chávez',
      'Petro',
      'Milei',
      'Hamas',
      'Guardia Nacional',
      'Estados Unidos',
      'Europa Press',
      'Tren de Aragua',
    ])
      expect(aliasProblem(alias, common), alias).toBeUndefined();
  });

  it('accepts a country, capital or region that the frequency lists count among their words', () => {
    // Each of these is among the lists' first 2,000 words: the lists count names too.
    const rankOf = (w: string) =>
      Math.min(
        ...(['English', 'Spanish'] as const).map((l) => {
          const i = common[l].indexOf(w);
          return i === -1 ? Infinity : i + 1;
        }),
      );
    for (const alias of ['China', 'Washington', 'Japan', 'Mexico', 'London', 'France']) {
      expect(rankOf(alias.toLowerCase()), alias).toBeLessThanOrEqual(COMMON_WORD_RANK);
      expect(aliasProblem(alias, common), alias).toBeUndefined();
    }
    // A common word that is no place is still refused.
    expect(aliasProblem('Estado', common)).toMatch(/^is a common Spanish word/);
  });

  it('the shipped actors pass with the lists, and an added actor aliased "Nacional" is an error naming its file', () => {
    const files = seedFiles();
    const errors = (f: Map<string, string>) =>
      assembleSite(toRaw(f), 'content', { commonWords: common }).diagnostics.filter(
        (d) => d.severity === 'error',
      );
    expect(errors(files)).toEqual([]);
    files.set(
      'content/actors/partido-nacional.md',
      actorFile('Partido Nacional', '[Nacional, Partido Nacional]'),
    );
    expect(errors(files).map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([
      'content/actors/partido-nacional.md:4:11 actor-alias-ambiguous',
    ]);
  });

  it('every command assembles with the lists: check, dev and the build all take siteOptions', async () => {
    expect((await siteOptions({ nameWarnings: false })).commonWords).toBe(common);
    expect((await siteOptions({})).commonWords).toBe(common);
  });
});
