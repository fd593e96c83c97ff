// Who said each quote, in the attributions wire stories use and the first runs on
// unseen articles got wrong: a subject after a recipient ("declaró a EFE el
// presidente…"), a quote opening a sentence after a full stop, a role before the name
// after "according to", "who said", a verb with its own subject before it, a person in
// an apposition after their role, a group named by its noun before "la organización",
// and Spanish role nouns and verbs ("la consellera", "acusó").
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../src/core/suggestions/suggest.ts';
import { seedRegistry } from '../../helpers/seed-fixture.ts';

function speakers(paragraphs: string[]): [string, string | undefined][] {
  const text = `---\ntitle: T\noutlet: O\npublished: 2025-09-09\n---\n\n${paragraphs.join('\n\n')}\n`;
  const s = suggest({
    source: { path: 'content/briefings/b/source.md', text },
    registry: seedRegistry(),
  }).value;
  if (!s) throw new Error('suggest failed');
  return s.quotes.map((q) => [q.words, q.speaker?.id]);
}

describe('speakers in Spanish wire copy', () => {
  it('reads the subject after whom the words were said to, and a quote after a full stop', () => {
    expect(
      speakers([
        '“Exigimos responsabilidades”, declaró a EFE el presidente del sindicato de la mina, Rodrigo Alarcón.',
        'Alarcón aseguró que el sindicato había denunciado fallas en abril. “Nadie nos escuchó”, dijo.',
        '“Las familias merecen la verdad”.',
      ]),
    ).toEqual([
      ['Exigimos responsabilidades', 'rodrigo-alarcon'],
      ['Nadie nos escuchó', 'rodrigo-alarcon'],
      ['Las familias merecen la verdad', 'rodrigo-alarcon'],
    ]);
  });

  it('takes the person in an apposition after their role, not the organisation of the role', () => {
    expect(
      speakers([
        'El presidente del Sindicato Central de Regantes, Vicente Amorós, ha asegurado este martes que el recorte “condena a la ruina” a los agricultores.',
      ]),
    ).toEqual([['condena a la ruina', 'vicente-amoros']]);
  });

  it('reads "la consellera" as the person introduced with that role, and "acusó" as a speech verb', () => {
    expect(
      speakers([
        'El sindicato se reunirá con la consellera de Agricultura, Pilar Sanchis, el viernes.',
        '“Es una decisión política”, ha afirmado la consellera.',
        'El senador opositor Alirio Becerra acusó a Sanchis de ser “una consellera de escritorio”.',
      ]),
    ).toEqual([
      ['Es una decisión política', 'pilar-sanchis'],
      ['una consellera de escritorio', 'alirio-becerra'],
    ]);
  });

  it('takes "la organización" for the group just named by its noun, not the last name', () => {
    expect(
      speakers([
        'El Sindicato Central de Regantes convocó movilizaciones.',
        'La asociación ecologista Río Vivo celebró el recorte.',
        'El sindicato, que agrupa a 80 comunidades, ya convocó una tractorada. “Volveremos a Madrid”, ha advertido la organización.',
      ]),
    ).toEqual([['Volveremos a Madrid', 'sindicato-central-de-regantes']]);
  });
});

describe('speakers in English wire copy', () => {
  it('takes the person after a role following "according to", and the name before "who said"', () => {
    expect(
      speakers([
        'Northvale Lithium Corp halted the mine.',
        'The suspension is “temporary and precautionary,” according to Northvale spokesperson Dana Ruiz, who said the company had cash.',
        'Rights groups criticised the move. Dana Ruiz, who said the firm “acted lawfully,” declined to comment further.',
      ]),
    ).toEqual([
      ['temporary and precautionary', 'dana-ruiz'],
      ['acted lawfully', 'dana-ruiz'],
    ]);
  });

  it('does not take the object clause of a verb with its own subject for an inverted subject', () => {
    expect(
      speakers([
        'The National Farmers Federation estimates losses at $1.2 billion. Its president is Nilda Cáceres.',
        'Cáceres called Esteban Villalba “a minister who has never seen a dry field” and said the federation had sent him letters.',
      ]),
    ).toEqual([['a minister who has never seen a dry field', 'nilda-caceres']]);
  });

  it('takes "the authority" for the organisation that just spoke, unless its name says another sort or the noun means someone else', () => {
    expect(
      speakers([
        'Horizon Coastal Health said it could not find doctors. “This is not a decision we take lightly,” the authority said.',
        'The Coastal Shippers Association said costs were rising. “The port must reopen,” the union said.',
        'Horizon Coastal Health said the union had refused. “We will not budge,” the union said.',
      ]),
    ).toEqual([
      ['This is not a decision we take lightly', 'horizon-coastal-health'],
      ['The port must reopen', undefined],
      ['We will not budge', undefined],
    ]);
  });
});
