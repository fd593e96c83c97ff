// Names the registry lacks, as wire stories print them: a company named again without
// its corporate ending, a person after a title inside a run of capitalised words, a
// post that is not an organisation, "and"/"para" inside an organisation's name, and
// Spanish names compromise does not know, read as people by how the text uses them.
import { describe, expect, it } from 'vitest';
import { unregisteredNames } from '../../../src/core/suggestions/names.ts';
import { splitParagraphs } from '../../../src/core/text/paragraphs.ts';
import { seedRegistry } from '../../helpers/seed-fixture.ts';

function names(paragraphs: string[]) {
  const found = unregisteredNames(
    splitParagraphs(paragraphs.join('\n\n')),
    seedRegistry().values(),
  );
  return Object.fromEntries(found.map((n) => [n.id, { kind: n.kind, aliases: n.aliases }]));
}

describe('names in wire stories', () => {
  it('knows a company by its first word once its corporate ending is dropped', () => {
    const found = names([
      'Northvale Lithium Corp suspended work at the mine on Wednesday.',
      'Northvale, which is listed in Toronto, said the suspension would last until Monday.',
    ]);
    expect(found['northvale-lithium-corp']?.aliases).toEqual(['Northvale Lithium', 'Northvale']);
  });

  it('does not shorten a company never named by its first word alone', () => {
    const found = names(['Bayfield Holdings said in a note that the delay would cost money.']);
    expect(found['bayfield-holdings']?.aliases).toEqual(['Bayfield']);
  });

  it('takes the person after a title, and no organisation from a post', () => {
    const found = names([
      'Petitbois Mayor Lise Comeau said council would meet.',
      "Ontario's Minister of Northern Development, Gregory Vance, said the province would act.",
    ]);
    expect(found['lise-comeau']).toEqual({ kind: 'person', aliases: ['Comeau'] });
    expect(Object.keys(found).filter((id) => /minister|northern/u.test(id))).toEqual([]);
    expect(found['gregory-vance']?.kind).toBe('person');
  });

  it('keeps "and" and "para" inside an organisation’s name', () => {
    const found = names([
      'The Ministry of Agriculture and Livestock said rainfall was low. Canada and Mexico agreed.',
      'Fuentes del Ministerio para la Transición Ecológica defendieron la decisión.',
    ]);
    expect(found['ministry-of-agriculture-and-livestock']?.kind).toBe('organization');
    expect(found['ministerio-para-la-transicion-ecologica']?.kind).toBe('organization');
    expect(found['ministerio']).toBeUndefined();
    expect(found['canada-and-mexico']).toBeUndefined();
  });

  it('reads a Spanish name as a person when a role introduces it or its surname speaks alone', () => {
    const found = names([
      '"No nos dejan otra salida", afirmó el presidente del gremio, Hernán Zuluaga, en Bogotá.',
      'Zuluaga explicó que el diésel ha subido.',
      'El senador opositor Alirio Becerra pidió su comparecencia.',
      'La Federación Nacional de Comerciantes advirtió de que los precios subirán.',
    ]);
    expect(found['hernan-zuluaga']).toEqual({ kind: 'person', aliases: ['Zuluaga'] });
    expect(found['alirio-becerra']).toEqual({ kind: 'person', aliases: ['Becerra'] });
    expect(found['federacion-nacional-de-comerciantes']?.kind).toBe('organization');
  });
});

describe('kinds and places in wire copy', () => {
  it('never drafts a country or capital, in English or Spanish, as a person or organisation', () => {
    const found = names([
      'SANTO DOMINGO, Dominican Republic (AP) — Officials met in Santo Domingo.',
      'La República Dominicana deportó a más personas que Estados Unidos.',
    ]);
    expect(Object.keys(found)).toEqual([]);
  });

  it('drafts no organisation for a place after "in", "desde" or "the neighborhood of"', () => {
    const found = names([
      'In the Havana neighborhood of Centro Habana, residents banged pots.',
      'Desde Puerto Príncipe, el canciller criticó la medida.',
      'A report by Human Rights Watch was published in Geneva.',
    ]);
    expect(Object.keys(found)).toEqual(['human-rights-watch']);
  });

  it('reads a person from a role before the comma and from an apposition after the name', () => {
    const found = names([
      "Guyana's natural resources minister, Dev Ramnarine, had said so in July.",
      "Amaka Nwosu, a trader at Lagos's Balogun market, said she spent half her earnings.",
      'Familiares se concentraron. "Me quedo aquí", dijo Marta Oliva, madre de un joven preso.',
    ]);
    expect(found['dev-ramnarine']?.kind).toBe('person');
    expect(found['amaka-nwosu']?.kind).toBe('person');
    expect(found['marta-oliva']?.kind).toBe('person');
  });

  it('makes "Mr Saab" the person Saab named in full, not an actor of his own', () => {
    const found = names([
      'Finance Minister Tunde Saab said the increase was needed.',
      '"There is no money hidden somewhere," Mr Saab told reporters.',
    ]);
    expect(Object.keys(found)).toEqual(['tunde-saab']);
    expect(found['tunde-saab']?.kind).toBe('person');
  });

  it('reads organisations the name finder takes for people or runs into the next name', () => {
    const found = names([
      '"Será una Navidad a oscuras", ha advertido el Observatorio Cubano de Derechos Humanos.',
      'La propuesta deberá ser aprobada por el Parlamento Europeo y los Estados miembros.',
      'Abril Santana, coordinadora de la ONG Solidaridad Fronteriza, denunció deportaciones.',
    ]);
    expect(found['observatorio-cubano-de-derechos-humanos']?.kind).toBe('organization');
    expect(found['parlamento-europeo']?.kind).toBe('organization');
    expect(found['solidaridad-fronteriza']?.kind).toBe('organization');
    expect(found['abril-santana']?.kind).toBe('person');
  });
});

describe('names the unseen part missed on its first run', () => {
  it('keeps two people with different first names apart though they share a surname and a "Ms"', () => {
    const found = names([
      "Peru's President Ana Villanueva is facing calls to resign.",
      'Ms Villanueva, who took office in July 2025, has said she will not step down.',
      'Opposition leader Carla Villanueva, who is not related to the president, said so.',
    ]);
    expect(found['ana-villanueva']?.kind).toBe('person');
    expect(found['carla-villanueva']?.kind).toBe('person');
  });

  it('drafts no actor for the dateline place in capitals, and reads "Programa …" as an organisation', () => {
    const found = names([
      'SANTIAGO DE CHILE, 3 Abr. (EUROPA PRESS) - El Gobierno ha ampliado el estado de catástrofe.',
      'El Programa Mundial de Alimentos (PMA) advirtió el martes de que la situación puede empeorar.',
    ]);
    // The government acting, named by its one word, is an organisation too.
    expect(Object.keys(found).sort()).toEqual(['gobierno', 'programa-mundial-de-alimentos']);
    expect(found['programa-mundial-de-alimentos']?.kind).toBe('organization');
    expect(found['gobierno']?.kind).toBe('organization');
  });
});

describe('names and places in Spanish wire copy', () => {
  it('drops the agency a person spoke to from their name, and takes an organisation’s initials in brackets as its alias', () => {
    const found = names([
      'El Gobierno y la guerrilla del Ejército de Liberación Nacional (ELN) retomarán el diálogo.',
      '"Volvemos a la mesa", dijo a Reuters Andrés Quintero, que encabeza la delegación.',
    ]);
    expect(found['andres-quintero']?.kind).toBe('person');
    expect(found['reuters-andres-quintero']).toBeUndefined();
    expect(found['ejercito-de-liberacion-nacional']?.aliases).toContain('ELN');
  });

  it('drafts no actor for a region, a capital named with its country, or a name of geography', () => {
    const found = names([
      'Los hoteles de la Riviera Maya, en Quintana Roo, registran cancelaciones.',
      'Las lluvias afectaron a Santiago de Chile, a Ciudad de Guatemala y al Valle del Cauca.',
      'Mining in the Atacama Desert resumed, said Northvale Lithium Corp.',
    ]);
    expect(Object.keys(found)).toEqual(['northvale-lithium-corp']);
  });
});

describe('names the blind part missed on its first run', () => {
  it('drops a possessive before an organisation the name finder found, and drafts no person from two places joined by "y"', () => {
    const found = names([
      "Guatemala's National Seismology Institute said in a bulletin that the activity could last for weeks.",
      'Miles de mineros bloquearon las carreteras de las regiones de Arequipa y Puno.',
    ]);
    expect(Object.keys(found)).toEqual(['national-seismology-institute']);
  });

  it('keeps "and" inside an organisation’s name that ends in an organisation’s word', () => {
    const found = names([
      'Peter Gayle, chief executive of the National Environment and Planning Agency, told Reuters.',
      'The Kenya Plantation and Agricultural Workers Union (KPAWU) said 40,000 workers had stopped.',
    ]);
    expect(found['national-environment-and-planning-agency']?.kind).toBe('organization');
    expect(found['kenya-plantation-and-agricultural-workers-union']).toEqual({
      kind: 'organization',
      aliases: ['KPAWU'],
    });
  });
});

describe('places named with a noun of geography', () => {
  it('drafts no organisation for a name before "reservoir" or after "el embalse de"', () => {
    expect(
      names([
        'The Paso Severino reservoir, which supplies most of the capital, held 8 percent of its capacity.',
      ]),
    ).toEqual({});
    expect(names(['El nivel del embalse de Paso Severino bajó otra vez.'])).toEqual({});
  });
});

describe('a quantifier or determiner opening a sentence', () => {
  it('is not part of the name after it', () => {
    const found = names([
      'Most of Cuba remained dark on Thursday.',
      'Rival Bellwood Shipping Ltd criticised the decision. Several Coastline Ferries captains agreed.',
    ]);
    expect(Object.keys(found).filter((id) => /most|rival|several/u.test(id))).toEqual([]);
    expect(found['bellwood-shipping-ltd']?.kind).toBe('organization');
  });
});

describe('a word of time opening a sentence', () => {
  it('is no name ("Ayer, el ministro …", "Hoy el Congreso …")', () => {
    const found = names([
      'Ayer, el ministro habló.',
      'Hoy el Congreso votará. Anoche, la policía detuvo a tres.',
    ]);
    expect(Object.keys(found).filter((id) => /ayer|hoy|anoche/u.test(id))).toEqual([]);
  });
});

describe('a name headed by a word of geography', () => {
  it('is an organisation when the text uses it as one, and a place otherwise', () => {
    const found = names([
      'Mining giant Rio Tinto said on Tuesday it would close the smelter on the Rio Minho.',
      'The Sierra Club called the move overdue. Costa Cruises said bookings fell.',
      'Residents of the Rio Grande valley and the Costa del Sol were not affected. Lake Victoria rose.',
    ]);
    expect(found['rio-tinto']?.kind).toBe('organization');
    expect(found['sierra-club']?.kind).toBe('organization');
    expect(found['costa-cruises']?.kind).toBe('organization');
    expect(
      Object.keys(found).filter((id) => /minho|grande|costa-del-sol|victoria/u.test(id)),
    ).toEqual([]);
  });
});

describe('a name after "residents of", "el alcalde de"', () => {
  it('is a place, whatever it looks like', () => {
    const found = names([
      'Los vecinos de Villa María del Triunfo protestaron.',
      'The mayor of San Isidro, Tomás Ruiz, agreed.',
    ]);
    expect(Object.keys(found).filter((id) => /villa|triunfo|isidro/u.test(id))).toEqual([]);
    expect(found['tomas-ruiz']?.kind).toBe('person');
  });
});

describe('a possessive written with an acute accent', () => {
  it('is stripped like an apostrophe ("Fidel Castro´s brother")', () => {
    const found = names([
      'Fidel Castro´s brother spoke in Havana. Guatemala´s National Police said.',
    ]);
    expect(found['fidel-castro']?.kind).toBe('person');
    expect(found['national-police']?.kind).toBe('organization');
    expect(Object.keys(found).filter((id) => /castros|guatemala/u.test(id))).toEqual([]);
  });
});

describe('people by their surname, title or kin', () => {
  it('takes the full name of a person first named "Mr X", and a relative sharing a surname as a person', () => {
    const found = names([
      'Mr Okonkwo, a former central bank governor, said the naira would recover. Chinedu Okonkwo has advised three governments.',
      'Ms Adaeze Nwosu and her husband, Emeka Nwosu, run a bakery in Enugu.',
    ]);
    expect(found['chinedu-okonkwo']).toEqual({ kind: 'person', aliases: ['Okonkwo'] });
    expect(found['emeka-nwosu']?.kind).toBe('person');
    expect(found['adaeze-nwosu']?.kind).toBe('person');
    expect(Object.keys(found).filter((id) => /^mr|^ms/u.test(id))).toEqual([]);
  });

  it('reads "Santa Cruz de la Sierra" as a place: a place of two words and what tells it apart', () => {
    const found = names(['El presidente Luis Arce viajó a Santa Cruz de la Sierra.']);
    expect(Object.keys(found).filter((id) => /santa|sierra/u.test(id))).toEqual([]);
  });
});

describe('an organisation of one word', () => {
  it('is drafted when a noun for an organisation introduces it', () => {
    const found = names([
      'Ecuador’s electricity regulator, Arconel, said cuts would last until December.',
      'Indigenous group CONAIE called for protests. La ONG Provea denunció abusos.',
      'The group met on Monday. The company Tuesday said nothing.',
    ]);
    expect(found['arconel']?.kind).toBe('organization');
    expect(found['conaie']?.kind).toBe('organization');
    expect(found['provea']?.kind).toBe('organization');
    expect(Object.keys(found).filter((id) => /monday|tuesday/u.test(id))).toEqual([]);
  });
});

describe('initials after an article', () => {
  it('are an organisation ("La CGT", "el FMI", "the IMF"), unless they name a measure ("el PIB")', () => {
    const found = names([
      'La CGT convocó a un paro. El FMI y la ONU pidieron calma. The IMF said so.',
      'El PIB creció y el IVA subió; the GDP fell.',
    ]);
    expect(['cgt', 'fmi', 'onu', 'imf'].map((id) => found[id]?.kind)).toEqual([
      'organization',
      'organization',
      'organization',
      'organization',
    ]);
    expect(Object.keys(found).filter((id) => /pib|iva|gdp/u.test(id))).toEqual([]);
  });
});

describe('Spanish bodies by their first word', () => {
  it('takes "Coordinadora", "Red", "Colegio" as an organisation’s head, after "Según la", with a short name in brackets', () => {
    const found = names([
      'Según la Coordinadora Nacional para la Reducción de Desastres (Conred), los muertos son 31.',
      'La Red Nacional de Mujeres rechazó la ley. El Colegio Médico (Honduras) protestó. Vecinos de Centro Habana se quejaron.',
    ]);
    expect(found['coordinadora-nacional-para-la-reduccion-de-desastres']).toEqual({
      kind: 'organization',
      aliases: ['Conred'],
    });
    expect(found['red-nacional-de-mujeres']?.kind).toBe('organization');
    expect(found['colegio-medico']).toEqual({ kind: 'organization', aliases: [] });
    expect(Object.keys(found).filter((id) => /reduccion-de-desastres$|habana/u.test(id))).toEqual([
      'coordinadora-nacional-para-la-reduccion-de-desastres',
    ]);
  });
});

describe('names the second blind part missed', () => {
  it('keeps "and" after "Association of", and takes "Plataforma" as an organisation’s head', () => {
    const found = names([
      'The National Association of Hotels and Tourism said bookings fell.',
      'Según la Plataforma de Usuarios del Tren de Xàtiva, los retrasos crecen.',
    ]);
    expect(found['national-association-of-hotels-and-tourism']?.kind).toBe('organization');
    expect(found['plataforma-de-usuarios-del-tren-de-xativa']?.kind).toBe('organization');
  });
});

describe('places and people the second blind part drafted wrong', () => {
  it('reads a name that is always where something is as a place, and "St Lucia" as the country', () => {
    const found = names([
      'Workers rake seaweed from the beach at Juan Dolio. In Juan Dolio, hotels emptied.',
      'Shipments from the Rosario port hub stopped. Ports around Rosario handle most exports.',
      'En San Ignacio de Velasco, las clases se suspendieron. Falló la central termoeléctrica Antonio Guiteras.',
      'Farmers in St Lucia asked for help. St Lucia’s minister spoke.',
    ]);
    expect(
      Object.keys(found).filter((id) => /dolio|rosario|ignacio|guiteras|lucia/u.test(id)),
    ).toEqual([]);
  });

  it('reads "X, who …" and "X, another fishing leader" as people', () => {
    const found = names([
      '“We are hostages,” said Hernán Ocampo, who farms near Pergamino.',
      'Cheikh Mbaye, another fishing leader in Kayar, had told AFP on Tuesday that boats were seized.',
    ]);
    expect(found['hernan-ocampo']?.kind).toBe('person');
    expect(found['cheikh-mbaye']?.kind).toBe('person');
  });
});

describe('"X and Y Organization"', () => {
  it('keeps the word before "and" in an organisation’s name', () => {
    const found = names(['Experts from the Food and Agriculture Organization (FAO) will arrive.']);
    expect(found['food-and-agriculture-organization']).toEqual({
      kind: 'organization',
      aliases: ['FAO'],
    });
  });
});

describe('an organisation’s first word ending in an accented letter', () => {
  it('is read as one ("Comité de Operaciones de Emergencia")', () => {
    const found = names([
      'El Comité de Operaciones de Emergencia (COE) provincial declaró alerta roja.',
    ]);
    expect(found['comite-de-operaciones-de-emergencia']?.kind).toBe('organization');
  });
});

describe('a legislature named by one word', () => {
  it('is an organisation ("el Congreso", "the Senate")', () => {
    const found = names(['El ministro compareció en el Congreso. The Senate voted.']);
    expect(found['congreso']?.kind).toBe('organization');
    expect(found['senate']?.kind).toBe('organization');
  });
});

describe('a common given name heading a run of capitalised words', () => {
  it('makes a person, unless a noun for an organisation stands before it or the name is only in the US list', () => {
    const found = names([
      'El veterinario Iñaki Sarasola explicó que la cooperativa había cerrado.',
      'The fishermen met Moussa Diop at the harbour on Monday.',
      'Ships were waiting, according to shipping agency Delta Marítima.',
      'Horizon Coastal Health could not find enough doctors.',
    ]);
    expect(found['inaki-sarasola']?.kind).toBe('person');
    expect(found['moussa-diop']?.kind).toBe('person');
    expect(found['delta-maritima']?.kind).toBe('organization');
    expect(found['horizon-coastal-health']?.kind).toBe('organization');
  });

  it('keeps two people who share a surname apart when both given names are printed', () => {
    const found = names([
      'Ngozi Ansah and her husband, Mr Kim Ansah, both traders, were at the market.',
      'Yosvany Tamayo and Xiomar Tamayo sell fish.',
    ]);
    expect(Object.keys(found).sort()).toEqual([
      'kim-ansah',
      'ngozi-ansah',
      'xiomar-tamayo',
      'yosvany-tamayo',
    ]);
  });
});

describe('an organisation whose name ends with a place the registry knows', () => {
  it('is drafted whole ("Servicio Geológico de Estados Unidos"), a name holding a registry name still not', () => {
    const found = names([
      'Los datos del Servicio Geológico de Estados Unidos muestran el avance del agua.',
      'Venezuelan President Nicolás Maduro spoke on Monday.',
    ]);
    expect(found['servicio-geologico-de-estados-unidos']?.kind).toBe('organization');
    expect(Object.keys(found).filter((id) => id.includes('maduro'))).toEqual([]);
  });
});

describe('words that are no one', () => {
  it('drafts neither the dateline’s place named again in the body nor a month alone', () => {
    const found = names([
      'ADA KPOTA, Ghana (AP) — Fishermen blocked the road into Ada Kpota on Thursday.',
      'The closed season usually runs from July to August, said Esi Quartey, a fish trader.',
    ]);
    expect(Object.keys(found)).toEqual(['esi-quartey']);
  });
});

describe('a Spanish title or a pronoun opening a run', () => {
  it('is no part of a name, nor a name', () => {
    const found = names([
      'Rosa Quintero y su esposo, Hugo Quintero, perdieron la cosecha.',
      'Doña Quintero habló con la prensa. "Ella es la que da la cara", dijo el señor Quintero.',
    ]);
    expect(Object.keys(found).sort()).toEqual(['hugo-quintero', 'rosa-quintero']);
  });
});

describe('an organisation’s initials the text uses without brackets', () => {
  it('are its alias', () => {
    const found = names([
      'The World Food Programme suspended deliveries. A WFP convoy was attacked on Monday.',
    ]);
    expect(found['world-food-programme']?.aliases).toEqual(['WFP']);
  });
});

describe('organisations named in French, Portuguese or Catalan', () => {
  it('are whole organisations, never a person cut from their name', () => {
    const found = names([
      'The growers’ body, the Syndicat des Producteurs de Cacao de Soubré (SPCS), said the levy was unfair. The SPCS said it would appeal.',
      'A Associação dos Pescadores de Peniche pediu ajuda ao governo.',
      'La plataforma ciudadana Sevilla Respira ha convocado una protesta. El Govern no respondió.',
    ]);
    expect(found['syndicat-des-producteurs-de-cacao-de-soubre']).toEqual({
      kind: 'organization',
      aliases: ['SPCS'],
    });
    expect(found['associacao-dos-pescadores-de-peniche']?.kind).toBe('organization');
    expect(found['sevilla-respira']?.kind).toBe('organization');
    expect(found['govern']?.kind).toBe('organization');
  });
});

describe('the place of a post run into a person’s name', () => {
  it('is no part of it: "el concejal de Villaverde Marta Ruiz" is Marta Ruiz', () => {
    const found = names([
      'El alcalde habló el lunes. La concejala de Villaverde Marta Ruiz pidió calma.',
    ]);
    expect(found['marta-ruiz']?.kind).toBe('person');
    expect(Object.keys(found)).not.toContain('villaverde-marta-ruiz');
  });
});

describe('initials named on their own before the text spells them', () => {
  it('are the organisation whose bracketed initials they are, one actor', () => {
    const found = names([
      'The head of the Liga de Pescadores Artesanales del Sur (LPAS), Irene Soto, spoke on Monday.',
      'La LPAS difundió un comunicado el martes.',
    ]);
    expect(Object.keys(found)).not.toContain('lpas');
    expect(found['liga-de-pescadores-artesanales-del-sur']?.aliases).toContain('LPAS');
  });
});

describe('the people an organisation’s name starts with', () => {
  it('are part of it, unlike an owner before a name', () => {
    const found = names([
      'Delia Brown, leader of the People’s Liberation Front, spoke on Monday.',
      'Kenya’s National Assembly voted on Tuesday.',
    ]);
    expect(Object.keys(found).sort()).toEqual([
      'delia-brown',
      'national-assembly',
      'peoples-liberation-front',
    ]);
  });
});

describe('places the third blind part drafted as actors, in other words', () => {
  it('a square, a point or a town after "desde … hasta" is a place', () => {
    const found = names([
      'Los manifestantes marcharon hasta la Plaza de Armas y leyeron un manifiesto.',
      'A flare burns at the Point Fortin refinery, said Jane Doe, a trader.',
      'Según la cofradía, los bancos cerrados van desde Vilaxoán de Arriba hasta Carril.',
    ]);
    expect(Object.keys(found)).toEqual(['jane-doe']);
  });
});

describe('people and organisations the third blind part mis-drafted, in other words', () => {
  it('reads two people after a plural noun joined by "and", a person of a trade, and a guard', () => {
    const found = names([
      'Outside the mill, loom workers Tanvir Karim and Shafiq Mollah waited for news.',
      'Two survivors were treated, among them Arnel Bautista, a sailor from Iloilo.',
      'The Jamaica Constabulary Guard said the search would continue.',
    ]);
    expect(found['tanvir-karim']?.kind).toBe('person');
    expect(found['shafiq-mollah']?.kind).toBe('person');
    expect(found['arnel-bautista']?.kind).toBe('person');
    expect(found['jamaica-constabulary-guard']?.kind).toBe('organization');
  });
});

describe('an institution named by one word after its article', () => {
  it('is an organisation ("el Ejecutivo", "el Principado", "the Cabinet")', () => {
    const found = names([
      'La patronal pidió al Ejecutivo que rebaje el impuesto. El Principado abrirá una oficina en Gijón. The Cabinet approved the plan.',
    ]);
    expect(found['ejecutivo']?.kind).toBe('organization');
    expect(found['principado']?.kind).toBe('organization');
    expect(found['cabinet']?.kind).toBe('organization');
  });

  it('is not taken out of a longer name ("el Gobierno de Chile")', () => {
    const found = names(['El Gobierno de Chile anunció el plan.']);
    expect(found['gobierno']).toBeUndefined();
  });
});

describe('an institution the registry knows by a longer name', () => {
  it('is drafted alone, but not when the text writes out the registry’s name', () => {
    expect(names(['Agregó que el Gobierno revisará las licencias.'])['gobierno']?.kind).toBe(
      'organization',
    );
    expect(names(['El Gobierno venezolano rechazó el informe.'])['gobierno']).toBeUndefined();
  });
});

describe('places of several words no preposition of place introduces', () => {
  it('are no actors: where someone is from, where a trade works, a feature of geography at either end', () => {
    const found = names([
      'El pescador Ramiro Vidal, de Puerto de Vega, perdió sus redes. Los ganaderos de Villanueva de Oscos piden ayudas.',
      'Los pozos de la Vega de Granada se secan. Climbers crossed the Lhotse Glacier and the Western Cwm Icefall.',
    ]);
    expect(found['ramiro-vidal']?.kind).toBe('person');
    for (const place of [
      'puerto-de-vega',
      'villanueva-de-oscos',
      'vega-de-granada',
      'lhotse-glacier',
      'western-cwm-icefall',
    ])
      expect(found[place], place).toBeUndefined();
  });
});

describe('a person run into an organisation’s name', () => {
  it('is split from it: the organisation and the person are drafted apart', () => {
    const found = names([
      'El geólogo del Instituto Tecnológico de Canarias Rogelio Perdomo ha advertido que la ladera sigue moviéndose.',
    ]);
    expect(found['instituto-tecnologico-de-canarias']?.kind).toBe('organization');
    expect(found['rogelio-perdomo']?.kind).toBe('person');
    expect(Object.keys(found).some((id) => id.includes('canarias-rogelio'))).toBe(false);
  });
});

describe('titles of the clergy, the forces and councils before a name', () => {
  it('are no part of the person’s name', () => {
    const found = names([
      'The parish priest, Msgr Carmel Zammit, and Fr. Joseph Bonello opened the hall. Cllr Ruth Agius said it would stay open.',
      'La religiosa Sor Amparo Lledó y Monseñor Ignacio Ferrán visitaron el albergue.',
    ]);
    for (const id of [
      'carmel-zammit',
      'joseph-bonello',
      'ruth-agius',
      'amparo-lledo',
      'ignacio-ferran',
    ])
      expect(found[id]?.kind, id).toBe('person');
  });
});

describe('organisations the text names by a head word and what they stand for', () => {
  it('drafts "Plataforma contra …", "Coalition for …" and Maltese "Awtorità tal-…"', () => {
    const found = names([
      'La Plataforma contra la Pobreza Energética ha pedido ayudas.',
      'The Coalition for Safer Roads and the Awtorità tal-Ippjanar met on Monday.',
    ]);
    expect(found['plataforma-contra-la-pobreza-energetica']?.kind).toBe('organization');
    expect(found['coalition-for-safer-roads']?.kind).toBe('organization');
    expect(found['awtorita-tal-ippjanar']?.kind).toBe('organization');
  });

  it('drafts "Administración …" and a country opening an agency’s name', () => {
    const found = names([
      'La Administración Federal de Aviación de Estados Unidos ordenó revisar los motores.',
      'The U.S. Energy Department said the reserve would be tapped.',
    ]);
    expect(found['administracion-federal-de-aviacion-de-estados-unidos']?.kind).toBe(
      'organization',
    );
    expect(found['u-s-energy-department']?.kind).toBe('organization');
  });

  it('drafts a party’s initials after a member’s role, and the person after them', () => {
    const found = names(['La senadora del PRD Alma Ruiz Tapia votó en contra.']);
    expect(found['prd']?.kind).toBe('organization');
    expect(found['alma-ruiz-tapia']?.kind).toBe('person');
  });

  it('drafts the organisation its bracketed initials spell at the end of a longer name', () => {
    const found = names([
      'La Junta Directiva de la Asociación Nacional de Exportadores (ANE) se reunió el martes.',
    ]);
    expect(found['asociacion-nacional-de-exportadores']).toEqual({
      kind: 'organization',
      aliases: ['ANE'],
    });
  });

  it('never gives a company the place its name starts with as an alias', () => {
    const found = names([
      'Kenya Airways Ltd cancelled twelve flights from Nairobi.',
      'Kenya Airways said the strike had cost it dearly, the worst in Kenya since 2019.',
    ]);
    expect(found['kenya-airways-ltd']?.aliases).not.toContain('Kenya');
  });

  it('reads two people after a number and a plural noun, with words between', () => {
    const found = names([
      'Three nurses at the district clinic in Mzuzu, Chikondi Banda and Thokozani Phiri, said the drugs ran out in May.',
    ]);
    expect(found['chikondi-banda']?.kind).toBe('person');
    expect(found['thokozani-phiri']?.kind).toBe('person');
  });
});

describe('runs of capitalised words that name nobody', () => {
  it('drafts no actor for two places joined by "y", a feast, a rank alone or "Now I"', () => {
    const found = names([
      'El incendio avanzó entre Castillo de Locubín y Alcalá la Real durante la noche.',
      'Fares double before Lunar New Year, traders said. Now I cannot pay, one said.',
      'Vice Adm. Teodoro Salcedo said the search would go on.',
    ]);
    expect(Object.keys(found).sort()).toEqual(['teodoro-salcedo']);
  });
});

describe('places a word of geography or of local authorities introduces', () => {
  it('are no actors: "el río X", "Ciudad …", "las autoridades de X"', () => {
    const found = names([
      'El río Coco de Segovia se desbordó y las autoridades de Santa Rosa de Copán cerraron el puente hacia Ciudad Hidalgo Norte.',
      'La Autoridad Portuaria de Puerto Cortés dijo que reabrirá el muelle.',
    ]);
    expect(Object.keys(found).sort()).toEqual(['autoridad-portuaria-de-puerto-cortes']);
  });
});
