// Aliases that would match common words: refused with file:line:column unless marked
// exact with "=", and an exact alias matches only as written.
import { describe, expect, it } from 'vitest';
import { findMentions, parseActor } from '../../../src/core/actors/actors.ts';
import { haystack } from '../../../src/core/anchoring/anchoring.ts';
import { splitParagraphs } from '../../../src/core/text/paragraphs.ts';

const actorFile = (aliases: string) =>
  `---\nname: Cartel de Los Soles\nkind: criminal-group\naliases: ${aliases}\n---\nA network.\n`;

describe('actor-alias-ambiguous', () => {
  it('refuses a common Spanish word, pointing at the alias, with the exact mark as the fix', () => {
    const r = parseActor(
      'content/actors/cartel-de-los-soles.md',
      'cartel-de-los-soles',
      actorFile('[Soles Cartel, Los]'),
    );
    expect(r.value).toBeUndefined();
    expect(r.diagnostics).toEqual([
      {
        file: 'content/actors/cartel-de-los-soles.md',
        line: 4,
        column: 25,
        rule: 'actor-alias-ambiguous',
        severity: 'error',
        message:
          'The alias "Los" is a common Spanish word: every "los" in a source would be taken for this actor.',
        hint: 'Mark it exact to match only "Los" as written, capitals and accents included: write "=Los" in aliases; or remove it and use a longer name the articles print.',
      },
    ]);
  });

  it('refuses common English words and aliases under three letters, but not acronyms in capitals', () => {
    const problems = (aliases: string) =>
      parseActor('a.md', 'a', actorFile(aliases)).diagnostics.map((d) => d.message);
    expect(problems('[State]')).toEqual([
      'The alias "State" is a common English word: every "state" in a source would be taken for this actor.',
    ]);
    expect(problems('[Li]')).toEqual([
      'The alias "Li" is shorter than three letters: every "li" in a source would be taken for this actor.',
    ]);
    expect(problems('[US, U.S., EE.UU., Estados Unidos, Aragua Train]')).toEqual([]);
  });

  it('accepts an alias marked exact, shows it without the mark and matches it only as written', () => {
    const actor = parseActor('a.md', 'cartel-de-los-soles', actorFile('[=Los]')).value;
    expect(actor?.aliases).toEqual(['Los']);
    expect(actor?.exactAliases).toEqual(['Los']);
    if (!actor) return;
    const source = haystack(splitParagraphs('Los jefes de los carteles hablaron.', 1));
    expect(findMentions(source, [actor]).map((m) => [m.start, m.text])).toEqual([[0, 'Los']]);
  });
});
