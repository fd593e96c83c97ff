// Who said each quote, in the attributions wire stories use and the first runs on
// unseen articles got wrong: a subject after a recipient ("declaró a EFE el
// presidente…"), a quote opening a sentence after a full stop, a role before the name
// after "according to", "who said", a verb with its own subject before it, a person in
// an apposition after their role, a group named by its noun before "la organización",
// and Spanish role nouns and verbs ("la consellera", "acusó").
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../src/core/suggestions/suggest.ts';
import { seedRegistry } from '../../helpers/seed-fixture.ts';

/** The quotes suggest drafts for a source of these paragraphs, published on `published`. */
function suggestedQuotes(paragraphs: string[], published = '2025-09-09') {
  const text = `---\ntitle: T\noutlet: O\npublished: ${published}\n---\n\n${paragraphs.join('\n\n')}\n`;
  const s = suggest({
    source: { path: 'content/briefings/b/source.md', text },
    registry: seedRegistry(),
  }).value;
  if (!s) throw new Error('suggest failed');
  return s.quotes;
}

function speakers(paragraphs: string[]): [string, string | undefined][] {
  return suggestedQuotes(paragraphs).map((q) => [q.words, q.speaker?.id]);
}

/** A quote's first two candidates, sorted: the people the editor is asked to choose between. */
function firstTwo(quote: { candidates: readonly { id: string }[] } | undefined) {
  return quote?.candidates
    .slice(0, 2)
    .map((c) => c.id)
    .sort();
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

describe('"the confederation": a group noun of its own sort', () => {
  it('is the organisation named with that word, never one of another sort', () => {
    expect(
      speakers([
        'Mayor Irina Lungu met the bakers on Monday. The General Confederation of Bakers of Vitrovia has called a strike. “Bread will run out by Friday,” the confederation said.',
        'La Confederación de Regantes del Tajo ha pedido más agua. “No queda ni una gota”, ha advertido la confederación.',
      ]),
    ).toEqual([
      ['Bread will run out by Friday', 'general-confederation-of-bakers-of-vitrovia'],
      ['No queda ni una gota', 'confederacion-de-regantes-del-tajo'],
    ]);
    expect(
      speakers([
        'The Bakers Guild of Vitrovia called a strike. “We will close,” the confederation said.',
      ]),
    ).toEqual([['We will close', undefined]]);
  });
});

describe('a pronoun after a couple named as one subject', () => {
  it('is the one of the two it fits, after a place opening the sentence too', () => {
    expect(
      speakers([
        'La alcaldesa Rosa Medina dijo que habrá ayudas. “Pagaremos en marzo”, afirmó.',
        'En el mercado de Tánger, el pescador Karim Said y su hermana, Leila Said, han cerrado el puesto. “Ya no queda nada que vender”, explicó ella.',
        'The farmer Tom Hale and his wife, Rose Hale, sold the herd. “We had no choice,” she said.',
      ]),
    ).toEqual([
      ['Pagaremos en marzo', 'rosa-medina'],
      ['Ya no queda nada que vender', 'leila-said'],
      ['We had no choice', 'rose-hale'],
    ]);
  });
});

describe('two people joined as one subject, one after a post and its place', () => {
  it('leave a singular verb after them unsure', () => {
    const [q] = suggestedQuotes([
      'La alcaldesa de Arenas, Pilar Soto, y la concejala de Villaverde Marta Ruiz dijeron que nadie les avisó. “No sabíamos nada”, dijo.',
    ]);
    expect(q?.speaker).toBeUndefined();
  });
});

describe('a group introduced by its noun and what kind it is', () => {
  it('is the one its noun stands for after: "la asociación de vecinos X … afirmó la asociación"', () => {
    expect(
      speakers([
        'La asociación de vecinos Montes Libres anunció un recurso. “Iremos hasta el final”, afirmó la asociación.',
        'La federación vecinal Barrios Unidos convocó una marcha. “No nos moverán”, aseguró la federación.',
      ]),
    ).toEqual([
      ['Iremos hasta el final', 'montes-libres'],
      ['No nos moverán', 'barrios-unidos'],
    ]);
  });
});

describe('speakers in wire copy: possessives, continuations, recipients and shared surnames', () => {
  it('gives "X\'s title, NAME" to NAME, and a pronoun to the subject of the sentence before', () => {
    expect(
      speakers([
        'The regulator\'s director, June Persaud, said the agency needed time. "We would rather be late than be wrong," Persaud said.',
        'Guyana\'s natural resources minister, Dev Ramnarine, had said in July that the round would go ahead. Asked about the delay on Saturday, he said: "The timetable belongs to the regulator."',
      ]),
    ).toEqual([
      ['We would rather be late than be wrong', 'june-persaud'],
      ['The timetable belongs to the regulator.', 'dev-ramnarine'],
    ]);
  });

  it('continues a Spanish verb without a subject with the last person named as a subject', () => {
    expect(
      speakers([
        'El ministro del Interior, Óscar Vílchez, dijo que la policía mantendrá el estado de emergencia. Advirtió que no tolerará "actos de vandalismo".',
        'El cardenal Ernesto Lamas confirmó las liberaciones. "Es un gesto que esperábamos", declaró a la AFP.',
        'Carlos Féliz se reunió el domingo con el jefe del Ejército, Manuel Reyes. "La frontera está bajo control", aseguró tras el encuentro.',
      ]),
    ).toEqual([
      ['actos de vandalismo', 'oscar-vilchez'],
      ['Es un gesto que esperábamos', 'ernesto-lamas'],
      ['La frontera está bajo control', 'carlos-feliz'],
    ]);
  });

  it('leaves the speaker to the editor when two people are the subject before a verb without one', () => {
    expect(
      speakers([
        'El alcalde de Cancún, Marcos Ek, y el jefe de Protección Civil, Tomás Chi, recorrieron los albergues. "Tenemos agua y comida para cuatro días", aseguró.',
      ]),
    ).toEqual([['Tenemos agua y comida para cuatro días', undefined]]);
  });

  it('never takes the recipient for the speaker: "dijo a periodistas NAME"', () => {
    expect(
      speakers([
        'Familiares se concentraron frente a la prisión. "Mi hijo sale o no me muevo de aquí", dijo a periodistas Marta Oliva, madre de un joven condenado.',
      ]),
    ).toEqual([['Mi hijo sale o no me muevo de aquí', 'marta-oliva']]);
  });

  it('keeps two people who share a surname apart and gives the bare surname to the last one named', () => {
    expect(
      speakers([
        'Opposition Senator María Fernanda Lozano said the government had been naive. "They gave everything and got nothing," Lozano said. Her brother, Andrés Lozano, a retired general, said on Sunday that the army should have been consulted.',
      ]),
    ).toEqual([['They gave everything and got nothing', 'maria-fernanda-lozano']]);
  });

  it('never gives "the company" or "the State Department" to a country', () => {
    expect(
      speakers([
        'Atlantic Basin Energy, which holds blocks near the border with Venezuela, said it would wait. "We intend to stay," the company said.',
        '"The failures are its own," the State Department said in a statement.',
      ]),
    ).toEqual([
      ['We intend to stay', 'atlantic-basin-energy'],
      ['The failures are its own', 'state-department'],
    ]);
  });
});

describe('speakers the unseen part left unsure', () => {
  it('takes the person after "dijo a Reuters", never the agency the words were said to', () => {
    expect(
      speakers([
        '"Volvemos a la mesa", dijo a Reuters Andrés Quintero, que encabeza la delegación del Gobierno.',
      ]),
    ).toEqual([['Volvemos a la mesa', 'andres-quintero']]);
  });

  it('gives a statement by "la guerrilla" to the organisation the text introduced with that noun', () => {
    expect(
      speakers([
        'El Gobierno de Colombia y la guerrilla del Ejército de Liberación Nacional (ELN) retomarán el diálogo.',
        'La ministra de Defensa, Paula Ocampo, habló con la prensa el domingo. "Nuestra delegación está lista", señaló la guerrilla.',
      ]),
    ).toEqual([['Nuestra delegación está lista', 'ejercito-de-liberacion-nacional']]);
  });
});

describe('speakers the blind part missed on its first run', () => {
  it('takes the person in the apposition after "El administrador de la ACP", not the organisation of the post', () => {
    expect(
      speakers([
        'La Autoridad del Canal de Panamá (ACP) anunció este jueves que reducirá el número de buques.',
        'El administrador de la ACP, Octavio Brenes, dijo a EFE que el nivel del lago está bajo. "No habíamos visto algo así desde 2016", afirmó.',
      ]),
    ).toEqual([['No habíamos visto algo así desde 2016', 'octavio-brenes']]);
  });
});

describe('a quote two people could have said', () => {
  it('is left to the editor with both people first among the candidates', () => {
    const quotes = suggestedQuotes(
      [
        `El ministro de Comercio, Julio Moltó, y la viceministra de Asuntos Marítimos, Ana Lucía Herrera, se reunieron el miércoles con las navieras. "Vamos a buscar soluciones con todos", aseguró tras el encuentro.`,
      ],
      '2026-02-12',
    );
    const quote = quotes[0];
    expect(quote?.speaker).toBeUndefined();
    expect(firstTwo(quote)).toEqual(['ana-lucia-herrera', 'julio-molto']);
  });
});

describe('a noun standing for a company', () => {
  it('never takes the organisation named in its own relative clause', () => {
    expect(
      speakers([
        'Inspectors closed the Harbour Point Energy terminal on Friday after a fuel leak.',
        'The company, which is owned by Westermark Capital Partners, said in a statement that it would “cooperate fully.”',
      ]),
    ).toEqual([['cooperate fully.', 'harbour-point-energy']]);
  });

  it('is the name the text put before that noun ("the Harbour Point Energy terminal … the terminal said")', () => {
    expect(
      speakers([
        'Inspectors closed the Harbour Point Energy terminal on Friday, Maritime Safety Agency officials said.',
        '“We were never shown the report,” the terminal said.',
      ]),
    ).toEqual([['We were never shown the report', 'harbour-point-energy']]);
  });

  it('is never an agency, a ministry or a union last named, and may be introduced by its noun and a comma', () => {
    expect(
      speakers([
        'Coastline Ferries Ltd cancelled every crossing on Monday.',
        'Peter Gayle, head of the Maritime Safety Agency, told reporters the ban would stay. “The firm will have to prove the hull is sound,” he said.',
        '“We expect to sail again within days,” the company said.',
        'La empresa estatal, Naviera del Caribe, suspendió las salidas. El Ministerio de Transporte pidió explicaciones. “Cumpliremos con todo”, dijo la empresa.',
      ]),
    ).toEqual([
      ['The firm will have to prove the hull is sound', 'peter-gayle'],
      ['We expect to sail again within days', 'coastline-ferries-ltd'],
      ['Cumpliremos con todo', 'naviera-del-caribe'],
    ]);
  });
});

describe('who a pronoun or a title continues', () => {
  it('continues a person whose statement verb the text gives ("X disagreed. “…,” she said")', () => {
    expect(
      speakers([
        'Colombia’s defence minister, Pedro Arias, told lawmakers on Monday that the army would stay.',
        '“We will not leave,” he told the crowd. His deputy, Laura Gómez, disagreed.',
        '“That is a mistake,” she said.',
        'La alcaldesa, Rosa Pérez, discrepó. “No es el momento”, afirmó.',
      ]),
    ).toEqual([
      ['We will not leave', 'pedro-arias'],
      ['That is a mistake', 'laura-gomez'],
      ['No es el momento', 'rosa-perez'],
    ]);
  });

  it('takes "Ms Ruiz" for the Ruiz the title fits when their given names tell them apart', () => {
    const quotes = suggestedQuotes([
      `Senator Ana Ruiz and her brother, Carlos Ruiz, a lawyer, both spoke. “It is unfair,” Carlos Ruiz said. “We will appeal,” Ms Ruiz added.`,
    ]);
    expect(quotes.map((q) => q.speaker?.id)).toEqual(['carlos-ruiz', 'ana-ruiz']);
  });

  it('leaves "Mr Ruiz added" to the editor when neither given name says, with both as candidates', () => {
    const quotes = suggestedQuotes([
      `Senator Yosvany Ruiz and a cousin, Xiomar Ruiz, a lawyer, both spoke. “It is unfair,” Xiomar Ruiz said. “We will appeal,” Mr Ruiz added.`,
    ]);
    expect(quotes.map((q) => q.speaker?.id)).toEqual(['xiomar-ruiz', undefined]);
    expect(firstTwo(quotes[1])).toEqual(['xiomar-ruiz', 'yosvany-ruiz']);
  });
});

describe('gender, from titles, pronouns and given names', () => {
  it('gives a title the one of that surname it fits, and a pronoun the last person it fits', () => {
    expect(
      speakers([
        'Two siblings, Rosa Delacroix and Martin Delacroix, run the last dairy in the valley.',
        '“We have nowhere to sell,” Ms Delacroix said. Their neighbour Paul Girard, a retired vet, said the cooperative had closed. “It was the only buyer,” he said.',
        '“I will not give up,” she said.',
        '“Prices are a joke,” said Mr Delacroix.',
      ]),
    ).toEqual([
      ['We have nowhere to sell', 'rosa-delacroix'],
      ['It was the only buyer', 'paul-girard'],
      ['I will not give up', 'rosa-delacroix'],
      ['Prices are a joke', 'martin-delacroix'],
    ]);
  });

  it('reads "la señora", "el señor" after the verb and "dijo ella" in Spanish', () => {
    expect(
      speakers([
        'Los hermanos Jorge Goikoetxea y Ainhoa Goikoetxea regentan la última quesería del valle, según la alcaldesa, Marta Ugalde.',
        '“No tenemos a quién vender”, dijo la señora Goikoetxea. El veterinario Iñaki Sarasola explicó que la cooperativa había cerrado. “Era el único comprador”, afirmó.',
        '“No pienso rendirme”, dijo ella.',
        '“Los precios son una broma”, declaró el señor Goikoetxea.',
      ]),
    ).toEqual([
      ['No tenemos a quién vender', 'ainhoa-goikoetxea'],
      ['Era el único comprador', 'inaki-sarasola'],
      ['No pienso rendirme', 'ainhoa-goikoetxea'],
      ['Los precios son una broma', 'jorge-goikoetxea'],
    ]);
  });

  it("takes the text's title over the given name, and leaves a pronoun after an undecided title undecided", () => {
    expect(
      speakers([
        'Ngozi Ansah and her husband, Mr Kim Ansah, both traders, were at the market.',
        '“Rents doubled,” Mr Ansah said. “We cannot pay,” Ms Ansah said.',
        'Yosvany Tamayo and Xiomar Tamayo sell fish. “The ice is late,” Mr Tamayo said.',
        '“Every day,” he said.',
      ]),
    ).toEqual([
      ['Rents doubled', 'kim-ansah'],
      ['We cannot pay', 'ngozi-ansah'],
      ['The ice is late', undefined],
      ['Every day', undefined],
    ]);
  });
});

describe('a speaker named by an indefinite noun', () => {
  it('is the person named after it, or nobody named before', () => {
    expect(
      speakers([
        'Ana Solís, the housing minister, defended the plan on Monday.',
        '“Nadie nos escucha”, dijo a EFE una vecina, Carmen Quispe.',
        '“Es un abuso”, dijo un manifestante.',
        '“It is a scandal,” said a resident, Jane Doe.',
        '“We are tired,” said a teacher who asked not to be named.',
      ]),
    ).toEqual([
      ['Nadie nos escucha', 'carmen-quispe'],
      ['Es un abuso', undefined],
      ['It is a scandal', 'jane-doe'],
      ['We are tired', undefined],
    ]);
  });
});

describe('a group named by one word', () => {
  it('is the organisation "it said" continues', () => {
    expect(
      speakers([
        'Indigenous group CONAIE called for protests. “The people will not pay for this crisis,” it said.',
      ]),
    ).toEqual([['The people will not pay for this crisis', 'conaie']]);
  });
});

describe('a role named by another noun than the one that introduced it', () => {
  it('reads "la mandataria" as "la presidenta" and "the spokesperson" as "the spokeswoman"', () => {
    expect(
      speakers([
        'La presidenta de México, Claudia Sheinbaum, afirmó este miércoles que no habrá aumento de impuestos.',
        'Durante su conferencia, la mandataria explicó que el presupuesto “es responsable”.',
        'The ministry’s spokeswoman, Diana Toro, declined to comment. Opposition lawmaker Raúl Vega criticised her. “Nothing is decided,” the spokesperson said.',
        'La organización Mexicanos contra la Corrupción calificó el presupuesto de “opaco”.',
      ]),
    ).toEqual([
      ['es responsable', 'claudia-sheinbaum'],
      ['Nothing is decided', 'diana-toro'],
      ['opaco', 'mexicanos-contra-la-corrupcion'],
    ]);
  });
});

describe('a group noun that is also a word of another name', () => {
  it('matches a name only where that name has its head ("la central obrera" is no "Banco Central")', () => {
    expect(
      speakers([
        '“El mercado duda”, dijo Martín Redrado, exjefe del Banco Central.',
        'La CGT convocó a un paro general. “No vamos a aceptar la reforma”, afirmó la central obrera en un comunicado.',
      ]),
    ).toEqual([
      ['El mercado duda', 'martin-redrado'],
      ['No vamos a aceptar la reforma', 'cgt'],
    ]);
  });
});

describe('"informó"', () => {
  it('is a speech verb', () => {
    expect(
      speakers([
        'Según la Coordinadora Nacional para la Reducción de Desastres (Conred), los muertos son 31.',
        '“Los equipos siguen buscando”, informó la institución.',
      ]),
    ).toEqual([
      ['Los equipos siguen buscando', 'coordinadora-nacional-para-la-reduccion-de-desastres'],
    ]);
  });
});

describe('two people named together as the subject (after the second blind part)', () => {
  it('drafts both and leaves the quote after them to the editor, after a plural noun or role', () => {
    const quotes = suggestedQuotes(
      [
        `El jefe de la cooperativa, Ramón Ortiz, contó a EFE que faltan piezas. "Aquí la caña está lista", lamentó.\n\nLos cortadores Yosvany Pérez y Osmel Castro esperan la orden. "Cobramos el salario básico", aseguró.\n\nLas portavoces de las asociaciones de vecinos de Lugo y Ourense, Pilar Echeverría y Montse Vidal, se reunieron el jueves. "Nos dijeron que lo están intentando", ha lamentado.`,
      ],
      '2026-04-14',
    );
    expect(quotes.map((q) => q.speaker?.id)).toEqual(['ramon-ortiz', undefined, undefined]);
    expect(firstTwo(quotes[1])).toEqual(['osmel-castro', 'yosvany-perez']);
    expect(firstTwo(quotes[2])).toEqual(['montse-vidal', 'pilar-echeverria']);
  });
});

describe('a quote left open at the end of its paragraph', () => {
  it('is a quote, continued in the next paragraph, and "ha resumido" is a speech verb', () => {
    expect(
      speakers([
        '"We asked for stations," Peter Ruiz said. "We wrote to three ministers.',
        '"Nobody answered."',
        'El secretario general del sindicato, Jorge Mayo, ha explicado los paros. "No pedimos dinero, pedimos compañeros", ha resumido.',
        'El viceministro, Óscar Mamani, explicó: «El fuego avanza más rápido que nosotros.',
      ]),
    ).toEqual([
      ['We asked for stations', 'peter-ruiz'],
      ['We wrote to three ministers.', 'peter-ruiz'],
      ['Nobody answered.', 'peter-ruiz'],
      ['No pedimos dinero, pedimos compañeros', 'jorge-mayo'],
      ['El fuego avanza más rápido que nosotros.', 'oscar-mamani'],
    ]);
  });
});

describe('a quote with no speech verb of its own', () => {
  it('is the one who has just spoken in its paragraph', () => {
    expect(
      speakers([
        'La ministra, Carla Ríos, anunció que llegarán aviones. «Solos no vamos a poder», admitió.',
        'El viceministro, Óscar Mamani, explicó que 4.000 bomberos combaten las llamas. «El fuego avanza más rápido que nosotros».',
      ]),
    ).toEqual([
      ['Solos no vamos a poder', 'carla-rios'],
      ['El fuego avanza más rápido que nosotros', 'oscar-mamani'],
    ]);
  });
});

describe('a spokesperson the text does not name', () => {
  it('speaks for the organisation named with them, by its name or its initials', () => {
    expect(
      speakers([
        'The International Rice Institute said on Tuesday it had suspended its trials. “We cannot send staff there,” an IRI spokesperson said.',
        '“No hay semillas”, dijo un portavoz de la Federación Nacional de Arroceros.',
        '“It is a scandal,” said a resident, Jane Doe.',
      ]),
    ).toEqual([
      ['We cannot send staff there', 'international-rice-institute'],
      ['No hay semillas', 'federacion-nacional-de-arroceros'],
      ['It is a scandal', 'jane-doe'],
    ]);
  });
});

describe('Spanish perfect tenses of every speech verb', () => {
  it('reads "ha replicado", "ha respondido", "ha cuestionado" as speech', () => {
    expect(
      speakers([
        'La concejala de Movilidad, Amparo Soler, defendió la norma.',
        'Vicent Ferrer ha replicado que las ayudas "no cubren ni la mitad" del coste. Amparo Soler ha respondido que el plan "es generoso".',
        'Ferrer ha cuestionado que sea "un plan serio".',
      ]),
    ).toEqual([
      ['no cubren ni la mitad', 'vicent-ferrer'],
      ['es generoso', 'amparo-soler'],
      ['un plan serio', 'vicent-ferrer'],
    ]);
  });
});

describe('Spanish attributions the third blind part missed, in other words', () => {
  it('gives a role to the name it introduces, not to the next person named', () => {
    expect(
      speakers([
        'El ministro de Pesca, Rodrigo Salas, y la senadora Inés Quiroga visitaron el puerto. "Habrá ayudas desde el lunes", dijo el ministro.',
      ]),
    ).toEqual([['Habrá ayudas desde el lunes', 'rodrigo-salas']]);
  });

  it('continues "El diputado del X Nombre …" with a verb with no subject', () => {
    expect(
      speakers([
        'La consejera Ana Ruiz defendió el plan.',
        'El diputado del PNV Iñaki Sarasola ha registrado una pregunta. "El Gobierno lo sabía desde enero", ha denunciado.',
      ]),
    ).toEqual([['El Gobierno lo sabía desde enero', 'inaki-sarasola']]);
  });

  it('reads the subject after where the words were said', () => {
    expect(
      speakers([
        'Washington sancionó a tres jueces.',
        '"Es una injerencia más", afirmó en un mensaje leído en la radio oficial la portavoz del Gobierno, Rosa Murillo.',
      ]),
    ).toEqual([['Es una injerencia más', 'rosa-murillo']]);
  });

  it('leaves a verb with no subject after two people described together to the editor', () => {
    const quotes = suggestedQuotes([
      `Los concejales opositores Marta Gil y Pablo Sanz presentaron una moción. "El pleno tiene que votarla", sostuvo.`,
    ]);
    expect(quotes.map((q) => q.speaker?.id)).toEqual([undefined]);
    expect(firstTwo(quotes[0])).toEqual(['marta-gil', 'pablo-sanz']);
  });
});

describe('an organisation named again without the place that ends its name', () => {
  it('is the one speaking ("la Guardia Nacional" after "la Guardia Nacional de Panamá")', () => {
    expect(
      speakers([
        'El alcalde de Colón, Pedro Ríos, pidió ayuda. "No podemos esperar", afirmó.',
        'La Guardia Nacional de Panamá envió dos lanchas. "La seguridad es nuestra prioridad", indicó la Guardia Nacional en un comunicado.',
      ]),
    ).toEqual([
      ['No podemos esperar', 'pedro-rios'],
      ['La seguridad es nuestra prioridad', 'guardia-nacional-de-panama'],
    ]);
  });
});

describe('two people who speak together', () => {
  it('leave their words, and a pronoun after them, to the editor', () => {
    const quotes = suggestedQuotes([
      `Outside the mill, loom workers Tanvir Karim and Shafiq Mollah said they had not been paid. "We cannot pay rent," he said.`,
    ]);
    expect(quotes.map((q) => q.speaker?.id)).toEqual([undefined]);
    expect(firstTwo(quotes[0])).toEqual(['shafiq-mollah', 'tanvir-karim']);
  });
});

describe('a pronoun after people named since the last speaker', () => {
  it('is left to the editor, with them and the last speaker as candidates', () => {
    const quotes = suggestedQuotes([
      `"We are searching every island," said the coast guard commander, Luis Bernal.\n\nTwo survivors, Arnel Bautista, a cook, and Jomar Reyes, a sailor, were treated in Iloilo. "The engine stopped at night," he said.`,
    ]);
    expect(quotes.map((q) => q.speaker?.id)).toEqual(['luis-bernal', undefined]);
    expect(quotes[1]?.candidates.map((c) => c.id)).toEqual(
      expect.arrayContaining(['arnel-bautista', 'jomar-reyes', 'luis-bernal']),
    );
  });
});

describe('Spanish verbs in the plural, and a verb with no subject after two joint speakers', () => {
  it('reads "afirmaron" and leaves the singular verb after two people to the editor', () => {
    const quotes = suggestedQuotes([
      'La pescadora Rosaura Quintana y el armador Eliseo Barrios afirmaron que el puerto lleva un mes cerrado. “No hemos vendido ni una caja”, lamentó.',
      'La vicepresidenta del consorcio, Itziar Olabarria, explicaron fuentes próximas, viajará el martes. “Habrá dinero para todos”, aseguró Olabarria.',
    ]);
    expect(quotes.map((q) => q.speaker?.id)).toEqual([undefined, 'itziar-olabarria']);
    expect(firstTwo(quotes[0])).toEqual(['eliseo-barrios', 'rosaura-quintana']);
  });

  it('pairs two people joined by "y" and the words that describe the second one', () => {
    const quotes = suggestedQuotes([
      'El ganadero Fermín Otxoa, y la veterinaria municipal Begoña Urrutia contaron que el brote empezó en agosto. “Se murieron treinta ovejas en una semana”, dijo.',
      'Two crew members at the dock, Samuel Otieno and Peter Wanyama, said the ferry left late. "Nobody checked the engine," he said.',
    ]);
    expect(quotes.map((q) => q.speaker?.id)).toEqual([undefined, undefined]);
    expect(firstTwo(quotes[0])).toEqual(['begona-urrutia', 'fermin-otxoa']);
    expect(firstTwo(quotes[1])).toEqual(['peter-wanyama', 'samuel-otieno']);
  });

  it('gives "dijo ella" to the one of the two the text says is a woman', () => {
    const quotes = suggestedQuotes([
      'El apicultor Evaristo Llamas y su nieta, Carmela Llamas, que cuidan 300 colmenas en la sierra, contaron que no han cosechado miel este año. “Las abejas se mueren de sed”, dijo ella.',
    ]);
    expect(quotes.map((q) => q.speaker?.id)).toEqual(['carmela-llamas']);
  });
});

describe('a noun of kin as the subject', () => {
  it('is the one of two joint speakers it fits, or the person introduced with it', () => {
    expect(
      speakers([
        'La olivarera Remedios Cano y su hijo, Jacinto Cano, dijeron que la cosecha se ha perdido.',
        'El hijo, de 40 años, explicó que ya han vendido el tractor. “No queda nada que recoger”, añadió.',
        'Su mujer, Trinidad Ortuño, maestra en el pueblo, los acompañó al mercado. “Él trabaja de noche en una gasolinera”, contó ella.',
      ]),
    ).toEqual([
      ['No queda nada que recoger', 'jacinto-cano'],
      ['Él trabaja de noche en una gasolinera', 'trinidad-ortuno'],
    ]);
  });

  it('is left to the editor when nobody named fits it', () => {
    const quotes = suggestedQuotes([
      'El alcalde, Anselmo Ribas, visitó la zona. “Lo reconstruiremos”, dijo Ribas.',
      'La madre, que perdió la casa, lloraba. “No tenemos adónde ir”, explicó.',
    ]);
    expect(quotes.map((q) => q.speaker?.id)).toEqual(['anselmo-ribas', undefined]);
  });
});

describe('words of time between an inverted speech verb and its subject', () => {
  it('are skipped: "dijo ese día el director …", "said on Monday Senator …"', () => {
    expect(
      speakers([
        'El organismo abrió una investigación el lunes. “Revisaremos cada contrato”, dijo ese día el director adjunto Baltasar Quiroga en Mérida.',
        '"The bill is dead," said on Monday the committee chair, Harriet Osei.',
      ]),
    ).toEqual([
      ['Revisaremos cada contrato', 'baltasar-quiroga'],
      ['The bill is dead', 'harriet-osei'],
    ]);
  });
});

describe('a group noun as the speaker', () => {
  it('is the organisation of its sort, not one named last or inside the quote', () => {
    expect(
      speakers([
        'La Asociación de Enfermeras de Venezuela convocó una huelga para el lunes.',
        'La Defensoría del Pueblo pidió diálogo. “Si la Alcaldía no paga, cerraremos los ambulatorios”, advirtió el gremio.',
      ]),
    ).toEqual([
      [
        'Si la Alcaldía no paga, cerraremos los ambulatorios',
        'asociacion-de-enfermeras-de-venezuela',
      ],
    ]);
  });

  it('is left to the editor when no organisation of its sort is named', () => {
    const quotes = suggestedQuotes([
      'The Port Authority of Valdivia closed two docks on Friday. "We will not load a single ship," the union said.',
    ]);
    expect(quotes.map((q) => q.speaker?.id)).toEqual([undefined]);
  });

  it('takes "the ministry" for a department named before it', () => {
    expect(
      speakers([
        'The Harbourside Fishers Union met the Department of Fisheries on Monday. "Quotas stay as they are," the ministry said.',
      ]),
    ).toEqual([['Quotas stay as they are', 'department-of-fisheries']]);
  });
});

describe('two people named with their appositions as one subject', () => {
  it('leave a pronoun after them to the editor', () => {
    const quotes = suggestedQuotes([
      'A shopkeeper, Doreen Farrugia, and the town’s deputy mayor, Alison Grech, said they had warned the ministry twice. "Nobody answered," she said.',
    ]);
    expect(quotes.map((q) => q.speaker?.id)).toEqual([undefined]);
    expect(firstTwo(quotes[0])).toEqual(['alison-grech', 'doreen-farrugia']);
  });
});

describe('a party’s initials between a role and a name', () => {
  it('are not the subject a verb with no subject continues', () => {
    expect(
      speakers([
        'La senadora del PRD Alma Ruiz Tapia presentó una denuncia ante la Fiscalía. “Nadie revisó las cuentas”, ha lamentado.',
      ]),
    ).toEqual([['Nadie revisó las cuentas', 'alma-ruiz-tapia']]);
  });
});

describe('an organisation after an inverted verb and a noun for its sort', () => {
  it('is the speaker: "ha advertido la cofradía …", "said the regulator …"', () => {
    expect(
      speakers([
        '“El puerto no aguanta otro invierno así”, ha advertido la cofradía Mesa por la Pesca Artesanal en una nota.',
        '"Bills will rise in April," said the regulator Ofwat on Friday.',
      ]),
    ).toEqual([
      ['El puerto no aguanta otro invierno así', 'mesa-por-la-pesca-artesanal'],
      ['Bills will rise in April', 'ofwat'],
    ]);
  });
});

describe('a title before the name in an apposition', () => {
  it('does not hide the name: "the chairwoman, Dr. X, had cautioned … she said"', () => {
    expect(
      speakers([
        'The health ministry said the wards were open.',
        'Addressing nurses in Galle on Monday, the union’s chairwoman, Dr. Priyanka Senanayake, had cautioned against delays. "We will not wait another month," she said.',
      ]),
    ).toEqual([['We will not wait another month', 'priyanka-senanayake']]);
  });
});

describe('a pronoun no earlier speaker fits', () => {
  it('is the one person named in its paragraph the text says it fits', () => {
    expect(
      speakers([
        'La vendedora Rosa Elvira Pinto dijo que el mercado cerrará. “No hay clientes”, lamentó.',
        'La vendedora caminaba con su hermano, Evaristo Pinto, que cargaba las cajas. “Yo cierro el puesto mañana”, añadió él.',
      ]),
    ).toEqual([
      ['No hay clientes', 'rosa-elvira-pinto'],
      ['Yo cierro el puesto mañana', 'evaristo-pinto'],
    ]);
  });
});

describe('an organisation with a relative clause that speaks', () => {
  it('is the speaker: "la naviera X, que atribuyó …", "the operator X, which attributed …"', () => {
    expect(
      speakers([
        'Desde 2019 la ruta la cubre la naviera Astilleros del Cantábrico, que atribuyó el retraso a “una tormenta imprevisible”.',
        'The line is run by Kestrel Rail Holdings, which attributed the delay to "a signal fault near the depot".',
      ]),
    ).toEqual([
      ['una tormenta imprevisible', 'astilleros-del-cantabrico'],
      ['a signal fault near the depot', 'kestrel-rail-holdings'],
    ]);
  });
});

describe('a Spanish verb in the plural with no subject', () => {
  it('never continues one person: two who spoke together, a group, or the editor', () => {
    expect(
      speakers([
        'La consejera Elena Ruiz Mata dijo que habrá ayudas. “Llegarán en mayo”, añadió.',
        'Los regantes cortaron la carretera. “Queremos hechos, no promesas”, advirtieron.',
        'La Asociación de Regantes del Segura convocó otra protesta. “Volveremos el lunes”, anunciaron.',
      ]),
    ).toEqual([
      ['Llegarán en mayo', 'elena-ruiz-mata'],
      ['Queremos hechos, no promesas', undefined],
      ['Volveremos el lunes', 'asociacion-de-regantes-del-segura'],
    ]);
  });
});

describe('a speech verb after "según" or "como"', () => {
  it('takes its subject after it: "“…”, según explicó la ministra …, X"', () => {
    expect(
      speakers([
        '“No habrá más prórrogas”, según precisó la consejera de Hacienda, Pilar Gómez Urrutia.',
      ]),
    ).toEqual([['No habrá más prórrogas', 'pilar-gomez-urrutia']]);
  });
});

describe('a surname alone before two people are drafted together', () => {
  it('is the one of them of that surname', () => {
    expect(
      speakers([
        'Los pescadores Rosa Sanz y Tomás Lluch, jubilados, denunciaron que nadie les avisó. «Nos enteramos por la radio», contó Sanz.',
      ]),
    ).toEqual([['Nos enteramos por la radio', 'rosa-sanz']]);
  });
});

describe('a definite subject that names nobody the text named', () => {
  it('is left to the editor rather than given to the last speaker', () => {
    const quotes = suggestedQuotes([
      'El alcalde, Baltasar Llorente, dijo que el agua llegará en junio.',
      '“A nosotros nadie nos avisó”, agregó la funcionaria.',
      '"We were told nothing," the couple said.',
      '“Llegarán en julio”, admitió en una rueda de prensa en La Laguna.',
    ]);
    expect(quotes.map((q) => q.speaker?.id)).toEqual([undefined, undefined, 'baltasar-llorente']);
  });

  it('reads "la cartera" as the ministry named before it', () => {
    expect(
      speakers([
        'La Confederación de Transportistas anunció un paro. El Ministerio de Obras Públicas convocó una reunión. “El diálogo sigue abierto”, indicó la cartera.',
      ]),
    ).toEqual([['El diálogo sigue abierto', 'ministerio-de-obras-publicas']]);
  });
});

describe('a definite subject that repeats the noun a person was introduced with', () => {
  it('is that person: "the farmer said", "dijo la pescadora"', () => {
    expect(
      speakers([
        'Mr Kiplagat, a farmer near Eldoret, said the maize had dried out. "I have lost everything," the farmer said.',
        'La pescadora Ainhoa Bilbao y el hostelero Iker Zubia recorrieron el muelle. “No ha vuelto nadie”, dijo la pescadora.',
      ]),
    ).toEqual([
      ['I have lost everything', 'kiplagat'],
      ['No ha vuelto nadie', 'ainhoa-bilbao'],
    ]);
  });
});
