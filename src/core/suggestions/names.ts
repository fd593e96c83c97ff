// Names in a source that the actor registry lacks: people and organisations that
// compromise finds, and runs of capitalised words that are not places ("Pacific
// Gateway Terminals"), merged by shared words, each with the id its actor file
// would get. Main function: `unregisteredNames(paragraphs, registry)`.
import nlp from 'compromise';
import { slugify, type Actor } from '../actors/actors.ts';
import { atWordBoundaries, foldText } from '../text/normalize.ts';
import type { Paragraph } from '../text/paragraphs.ts';
import { ROLE_NOUNS, SPEECH } from './attribution.ts';
import { isNamedFeature, isPlaceName } from '../places/places.ts';
import { isCommonGivenName } from './gender.ts';

export interface NameCandidate {
  /** The id its actor file would have. */
  id: string;
  name: string;
  kind: 'person' | 'organization';
  aliases: string[];
  paragraphs: number[];
}

const TITLES =
  /^(?:(?:the|former|acting|deputy|vice|interim)\s+)*(?:president|prime minister|minister|secretary|senator|sen\.|representative|rep\.|governor|gov\.|mayor|general|gen\.|judge|justice|chancellor|ambassador|commissioner|chief|director|spokesman|spokeswoman|spokesperson|mr\.?|mrs\.?|ms\.?|dr\.?|dra\.?|prof\.?|pope|king|queen|prince|princess|sheikh|mgr\.?|msgr\.?|mons\.?|monseñor|monsignor|fr\.?|rev\.?|revd\.?|reverend|fray|sor|father|sister|bishop|archbishop|cardinal|rabbi|imam|capt\.?|col\.?|lt\.?|sgt\.?|cllr\.?|hon\.?)\s+/iu;

/** Particles a name keeps between its capitalised words: "Chilean Chamber of Shipping", "Cartel de Los Soles". */
const PARTICLES = String.raw`(?:(?:of|for|the|de|del|para|contra|against|la|las|los|le|du|des|da|do|dos|y|van|von|der)\s+)*`;
/** A capitalised word, without a possessive: "Department" in "Department’s". */
const CAPITALISED = String.raw`\p{Lu}(?:[\p{L}-]|['’´](?!s\b)|\.(?=\p{Lu}))*`;
/** Particles a person's name keeps: "María de los Ángeles", never "of" ("Ruth Galloway of Ohio"). */
const PERSON_PARTICLES = String.raw`(?:(?:de|del|la|las|los|da|do|dos|van|von|der)\s+)*`;
/** Words an organisation's name starts with, which compromise may take for a person's ("Cámara Venezolana de Comercio"). */
const ORGANISATION_HEAD =
  /^(?:Programa|Program|Programme|Observatorio|Parlamento|Congreso|Tribunal|Corte|Movimiento|Frente|Alianza|Unión|Ejército|Fuerzas|Oficina|Agencia|Autoridad|Organización|Observatory|Parliament|Congress|Court|Movement|Front|Alliance|Army|Forces|Organization|Organisation|Commission|Asociación|Cámara|Federación|Confederación|Sociedad|Ministerio|Departamento|Secretaría|Consejo|Cabildo|Ayuntamiento|Comisión|Comité|Instituto|Servicio|Fundación|Partido|Sindicato|Cooperativa|Banco|Universidad|Association|Chamber|Federation|Society|Ministry|Department|Council|Committee|Institute|Service|Foundation|Party|Union|Co-operative|Cooperative|Bank|University|Agency|Authority|Bureau|Office|Coordinadora|Coordinación|Dirección|Procuraduría|Defensoría|Fiscalía|Contraloría|Superintendencia|Junta|Guardia|Policía|Armada|Gobierno|Presidencia|Asamblea|Senado|Colegio|Corporación|Red|Network|Board|Guard|Police|Navy|Senate|Assembly|Government|Presidency|Plataforma|Platform|Colectivo|Coalición|Coalition|Liga|League|Mesa|Administración|Administration|Pacto|Pact|Kamra|Kunsill|Awtorità|Consellería|Conselleria|Consello|Concello|Xunta|Generalitat|Diputació|Departament|Govern|Consell|Ajuntament|Associació|Federació|Sindicat|Groupement|Syndicat|Fédération|Confédération|Conseil|Ministère|Agence|Société|Mouvement|Collectif|Institut|Associação|Federação|Confederação|Câmara|Conselho|Ministério|Fundação)(?![\p{L}])/u;
/** Two or more capitalised words, particles allowed between: "Pacific Gateway Terminals", "Federación de Comerciantes de La Guajira". */
const PROPER_SEQUENCE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${CAPITALISED}(?:\s+${PARTICLES}${CAPITALISED})+`,
  'gu',
);
/** What may continue a name compromise cut short: "Canadian Union" + " of Public Employees". */
const CONTINUATION = new RegExp(String.raw`^(?:\s+${PARTICLES}${CAPITALISED})+`, 'u');
const PERSON_CONTINUATION = new RegExp(String.raw`^(?:\s+${PERSON_PARTICLES}${CAPITALISED})+`, 'u');
/** Capitalised words (and particles) just before a name: "Cámara " before "Venezolana de Comercio". */
const PRECEDING = new RegExp(String.raw`(?:${CAPITALISED}\s+${PARTICLES})+$`, 'u');
/** Capitalised words that start a sentence rather than a name: "The", "On", "However", "La", "Según". */
const LEADING_WORD =
  /^(?:The|A|An|On|In|At|By|But|And|Or|Last|This|Next|When|While|After|Before|During|Therefore|However|According|Since|Until|From|For|With|El|La|Los|Las|Un|Una|Unos|Unas|Según|Desde|Hasta|Para|Por|Con|En|Del|Al|De|Y|Tras|Ante|Sin|Sobre|Este|Esta|Fuentes|ONG|NGO|Most|Many|Some|All|Several|Both|Each|Every|Other|Others|Few|Another|Such|Our|Their|His|Her|Its|My|Your|Rival|Muchos|Muchas|Varios|Varias|Algunos|Algunas|Todos|Todas|Otros|Otras|Ambos|Ambas|Cada|Su|Sus|Nuestro|Nuestra|Mr|Mrs|Ms|Dr|Sr|Sra|Srta|Doña|Señor|Señora|Señorita|Vecinos|Vecinas|Residents|Habitantes|Residentes|Pobladores)\s+/u;
/** "and"/"y" and the words after it in an organisation's name: "Ministry of Agriculture and Livestock". */
const ORGANISATION_AND = new RegExp(
  String.raw`^\s+(?:and|y|e)\s+${CAPITALISED}(?:\s+${PARTICLES}${CAPITALISED})*`,
  'u',
);
/** The last word of an organisation's name after its "and": "National Environment and Planning Agency". */
const ORGANISATION_TAIL =
  /\s(?:Agency|Union|Association|Authority|Council|Commission|Institute|Federation|Company|Bank|Party|Ministry|Department|Service|Board|Office|Committee|Corporation|Foundation|Organisation|Organization)$/u;
/** An organisation's word and "of" inside a name, so an "and" after it stays in it: "National Association of Hotels and Tourism". */
const ORGANISATION_OF =
  /\b(?:Association|Federation|Confederation|Ministry|Department|Institute|Council|Chamber|Commission|Secretariat|Office|Union|Society|Board|School|College|Academy|Bureau|Agency|Authority)\s+of\s/u;
/** Two people's names of two or three words each, joined: "Yosvany Pérez y Osmel Castro". */
const PEOPLE_PAIR =
  /^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})\s+(?:y|e|and)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})$/u;
/** A plural noun for people, or a role and its comma, before such a pair: "Los macheteros ", "Las portavoces de …, ", "Two traders at the market, ". */
const PEOPLE_BEFORE =
  /(?:\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Bb]oth|[Dd]os|[Tt]res|[Cc]uatro|[Aa]mbos|[Aa]mbas)\s+\p{Ll}+(?:s|es)\b[^.;:“”"«»]{0,80},\s*$|\b(?:[Ll]os|[Ll]as|[Tt]he)\s+\p{Ll}+(?:s|es)(?:\s+\p{Ll}+(?:s|es))?\s+$|(?:^|[,;:]\s*)(?:\p{Ll}+\s+)?\p{Ll}+(?:s|es)\s+$|\b(?:portavoces|spokespeople|spokesmen|spokeswomen|trabajadores|workers|vecinos|residents|agricultores|farmers|activistas|activists|hermanos|brothers|sisters|hermanas|padres|parents|líderes|leaders|dirigentes|abogados|lawyers|periodistas|journalists|diputados|senadores|ministros)\b[^.;:“”"«»]{0,80},\s*$)/u;
/** Last words of a business's or club's name: "Costa Cruises", "Sierra Club". */
const BUSINESS_TAIL =
  /\s(?:Club|Cruises|Airlines?|Airways|Mining|Resources|Motors|Foods|Group|Holdings|Partners|Energy|Petroleum|Oil|Gas|Shipping|Logistics|Telecom|Pharma|Capital|Corp\.?|Inc\.?|Ltd\.?|S\.A\.?)$/u;
/** A title, in capitals, inside a run of capitalised words: "Petitbois Mayor Lise Comeau". */
const TITLE_WORD =
  /^(?:Mayor|Minister|President|Premier|Senator|Governor|Secretary|Commissioner|Councillor|Councilor|Chief|Judge|Alcalde|Alcaldesa|Ministro|Ministra|Presidente|Presidenta|Senador|Senadora|Gobernador|Gobernadora|Consejero|Consejera|Conseller|Consellera|Diputado|Diputada|Concejal|Concejala|Mgr\.?|Msgr\.?|Mons\.?|Monseñor|Monsignor|Fr\.?|Rev\.?|Revd\.?|Reverend|Fray|Sor|Father|Sister|Bishop|Archbishop|Cardinal|Rabbi|Imam|Sheikh|Capt\.?|Col\.?|Lt\.?|Sgt\.?|Cllr\.?|Dr\.?|Dra\.?|Prof\.?)$/u;
/** A run that starts with a title and "of"/"de" names a post, not an organisation: "Minister of Northern Development". */
const POST =
  /^(?:\S+['’´]s\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?:Minister|Secretary|President|Director|Commissioner|Ministro|Ministra|Secretario|Secretaria|Presidente|Presidenta|Director|Directora|Consejero|Consejera|Conseller|Consellera)\s+(?:of|for|de|del|para)\s/u;
/** Corporate endings a company is named without after its first mention: "Northvale Lithium Corp" → "Northvale". */
const CORPORATE =
  /\s+(?:Corp\.?|Corporation|Inc\.?|Ltd\.?|Limited|LLC|PLC|plc|Co\.|Holdings|S\.A\.?|SA|S\.L\.?|SAS|AG|GmbH|N\.V\.)$/u;
/** Role nouns, lower case, that introduce a person's name: "el senador opositor Alirio Becerra", "el presidente del gremio, Hernán Zuluaga". */
const ROLE_WORDS = [...ROLE_NOUNS].join('|');
const BEFORE_PERSON = new RegExp(
  String.raw`(?:^|[\s,])(?:${ROLE_WORDS}),\s*$|(?:^|[\s,])(?:${ROLE_WORDS})(?:\s+(?!(?:of|de|del|for|para)\b)\p{Ll}+)?\s+$|(?:^|[\s,])(?:${ROLE_WORDS})\s[^.;:“”"«»]{0,60},\s*$`,
  'iu',
);

/** A noun for an organisation right before a name, maybe with one adjective: "shipping agency Delta Marítima", "la naviera Mar Azul", "la plataforma vecinal Aire Limpio". */
const ORGANISATION_NOUN_BEFORE =
  /\b(?:agency|company|firm|group|operator|carrier|airline|line|charity|NGO|organi[sz]ation|association|union|party|bank|brand|label|band|club|team|network|agencia|empresa|compañía|firma|naviera|aseguradora|operadora|marca|organización|asociación|sindicato|partido|grupo|banco|club|equipo|red|ONG|plataforma|platform|colectivo|movimiento|movement|coordinadora)(?:\s+\p{Ll}{4,})?\s+$/iu;

/** Kin before a name: "her husband, Emeka Nwosu", "su hija Lucía". */
const KIN_BEFORE =
  /\b(?:husband|wife|son|daughter|brother|sister|mother|father|uncle|aunt|cousin|widow|widower|partner|esposo|esposa|marido|mujer|hijo|hija|hermano|hermana|madre|padre|tío|tía|primo|prima|viuda|viudo|pareja)(?:,\s*|\s+)$/iu;

/** Institutions named by one word after their article: "el Gobierno", "el Principado", "the Senate", the Catalan "el Govern", "el Consell". */
const INSTITUTION_WORDS =
  'Congreso|Senado|Parlamento|Congress|Senate|Parliament|Gobierno|Ejecutivo|Principado|Ayuntamiento|Consistorio|Cabildo|Generalitat|Xunta|Govern|Consell|Government|Cabinet';
const INSTITUTION = new RegExp(`^(?:${INSTITUTION_WORDS})$`, 'u');
/**
 * One capitalised word right after a noun for an organisation: "group CONAIE", "regulator,
 * Arconel,", "la ONG Provea"; or an institution named by its one word after the article:
 * "el Gobierno", "el Principado", "the Cabinet" (not "el Gobierno de Chile", a longer name).
 */
const ONE_WORD_ORGANISATION = new RegExp(
  String.raw`(?:\b(?:[Ll]a|[Ee]l|[Tt]he)\s+(?=\p{Lu}{2,6}\b|(?:${INSTITUTION_WORDS})\b)|\b(?:[Aa]l)\s+(?=(?:${INSTITUTION_WORDS})\b)|\b(?:group|organi[sz]ation|agency|regulator|company|firm|union|party|movement|alliance|coalition|network|NGO|charity|militia|grupo|organización|agencia|regulador|empresa|compañía|sindicato|partido|movimiento|alianza|coalición|ONG|confederación|federación|milicia|guerrilla)(?:,\s*|\s+))(\p{Lu}[\p{L}&-]{2,20})(?=[\s,.;:)]|$)(?!\s+(?:de|del|of|y|and)?\s*\p{Lu})(?!\s+(?:contra|against|por|sin|para|de|del|of|for|en|in)\s+(?:(?:la|el|los|las|the)\s+)?\p{Lu})`,
  'gu',
);

/** Head words of a name that stands for a cause, and what joins the cause: "Pacto por …", "Kamra tal-…". */
const HEAD_AND_CAUSE = new RegExp(
  String.raw`(?<![\p{L}])(?:Pacto|Pact|Plataforma|Platform|Movimiento|Movement|Coalición|Coalition|Alianza|Alliance|Frente|Front|Colectivo|Coordinadora|Mesa|Campaign|Campaña|Kamra|Kunsill|Awtorità|Għaqda|Assoċjazzjoni)\s+(?:(?:por|pro|for|contra|against)\s+(?:(?:el|la|los|las|the|a|an|un|una)\s+)?|ta['’]\s+|t[\p{Ll}]{1,2}-)${CAPITALISED}(?:\s+${PARTICLES}${CAPITALISED})*`,
  'gu',
);

/** A party's or group's initials after a member's role: "El diputado del BNG", "la senadora del PP", "an MP for the SNP". */
const MEMBER_OF_INITIALS = new RegExp(
  String.raw`\b(?:${[...ROLE_NOUNS].join('|')}|militante|miembro|member|MP|candidato|candidata|candidate)\s+(?:del|de la|de los|of the|for the|from the)\s+(\p{Lu}{2,6})(?![\p{L}\p{N}])`,
  'gu',
);

/** Initials that name no organisation: "el PIB", "the GDP", "el IVA". */
const NOT_ORGANISATION_INITIALS =
  /^(?:GDP|PIB|IVA|VAT|CPI|IPC|CEO|DNA|ADN|COVID|SIDA|AIDS|HIV|VIH|LGBT|LGBTI|LGTBI|GMT|UTC|USD|EUR|BRL|MXN|ARS|COP|PEN|CLP|IRS|SUV|TV|PDF|ISR|IRPF)$/u;

/** Words before a place's name: "in Santiago", "desde Puerto Príncipe", "the neighborhood of Centro Habana". */
const BEFORE_PLACE =
  /(?:\b(?:in|en|from|desde|near|cerca de|hacia|toward|towards)\s+|\b(?:neighbou?rhood|district|province|state|region|city|town|village|port|island|barrio|municipio|provincia|estado|región|ciudad|pueblo|puerto|isla|localidad|embalse|presa|represa|volcán|parroquia|cantón|departamento)\s+(?:of|de|del)\s+)$/iu;
/** Words that make the name after them a place whatever it looks like: "los vecinos de Villa María del Triunfo", "the mayor of San Isidro", "los maestros de San Félix". */
const PLACE_OF =
  /\b(?:autoridades|authorities|residents|inhabitants|people|vecinos|vecinas|habitantes|residentes|pobladores|maestros|maestras|docentes|agricultores|ganaderos|ganaderas|pescadores|farmers|teachers|fishermen|fishers|herders|mayor|alcalde|alcaldesa|governor|gobernador|gobernadora|municipio|municipality|distrito|district|town|city|ciudad|provincia|province|barrio|neighbou?rhood|comuna|parroquia|cantón|county|condado)\s+(?:of|de|del)\s+(?:(?:the|el|la)\s+)?$/iu;

/** A noun of geography right after a name: "the Paso Severino reservoir", "Clarendon parish". */
const AFTER_PLACE =
  /^\s+(?:reservoir|dam|river|volcano|lake|valley|desert|mountains?|island|bay|province|region|district|parish|county|neighbou?rhood)\b/u;
/** A name with one of these words names an organisation even after "in": "in Human Rights Watch's report". */
const ORGANISATION_WORD =
  /\b(?:Watch|International|Forces|Army|Guard|Guardia|Police|Policía|Navy|Armada|Movement|Party|Energy|Group|Company|Bank|Union|Council|Commission|Court|Ministry|Department|Agency|Office|Institute|Foundation|Association|Federation|Congress|Parliament|Network|Partido|Movimiento|Fuerzas|Ejército|Ministerio|Departamento|Comisión|Consejo|Tribunal|Congreso|Parlamento|Asociación|Federación|Fundación|Instituto|Observatorio|Banco|Sindicato|Unión|Justicia|Solidaridad|Administración|Administration|Pacto|Pact|Plataforma|Platform|Colectivo|Kamra|Kunsill|Consellería|Conselleria)\b/u;
/** Nouns after a name that say it is a person's: "Amaka Nwosu, a trader", "Marta Oliva, madre de …". */
const PERSON_APPOSITION =
  /^,\s+(?:(?:who|quien)\s|(?:que)\s+(?:encabeza|dirige|preside|lidera)\b|\d{1,3},|(?:a|an|another|un|una|otro|otra)\s+(?:\S+\s+){0,2}(?:leader|líder|dirigente|official|member|owner|fisherman|pescador|pescadora|dueño|dueña|miembro|trader|farmer|teacher|resident|mother|father|student|worker|lawyer|activist|nurse|doctor|vendor|driver|retired|retiree|fisherman|shopkeeper|pensioner|mechanic|engineer|journalist|priest|deckhand|sailor|seaman|passenger|survivor|fisher|miner|operator|labou?rer|porter|cook|cleaner|tailor|weaver|seamstress|marinero|marinera|tripulante|pasajero|pasajera|superviviente|minero|minera|jornalero|jornalera|costurera|obrero|obrera|comerciante|agricultor|agricultora|maestro|maestra|vecino|vecina|estudiante|trabajador|trabajadora|abogado|abogada|activista|enfermera|enfermero|médico|médica|vendedor|vendedora|conductor|jubilado|jubilada|pescador|sacerdote)\b|(?:madre|padre|hijo|hija|esposa|esposo|hermano|hermana|viuda|coordinador|coordinadora|directora|director|portavoz|presidenta|presidente)\s+(?:de|del)\b)/iu;

/** Words of time alone, which compromise may take for a name: "Ayer", "Hoy", "Tuesday", "August" ("from July to August"). */
const DAY_WORD =
  /^(?:Ayer|Hoy|Mañana|Anoche|Anteayer|Today|Yesterday|Tomorrow|Tonight|Lunes|Martes|Miércoles|Jueves|Viernes|Sábado|Domingo|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Setiembre|Octubre|Noviembre|Diciembre)$/u;

/**
 * An owner before a name ("Guatemala's National Seismology Institute"), not the words of
 * people a name starts with ("People's National Congress", "Workers' Party").
 */
const PEOPLE_WORDS = String.raw`(?:People|Workers|Women|Children|Farmers|Citizens|Veterans|Teachers|Miners|Students|Men)['’´]s?`;
const OWNER = new RegExp(String.raw`^(?!${PEOPLE_WORDS}\s)\S+['’´]s\s+(?=\S+\s+\S)`, 'u');
/** Those words just before a name compromise found without them. */
const PEOPLE_OWNER = new RegExp(String.raw`(?<![\p{L}])${PEOPLE_WORDS}\s+$`, 'u');

/** Pronouns compromise may take for a name, opening a sentence: "Ella es la que …". */
const PRONOUN_WORD = /^(?:Ella|Él|Ellos|Ellas|Usted|Nosotros|Nosotras|She|He|They|We)$/u;

/** A news agency before a name, as its recipient: "told Reuters Andrés Quintero". */
const AGENCY_LEAD = /^(?:Reuters|EFE|AFP|AP|Europa Press|Xinhua|ANSA|DPA|Bloomberg)\s+(?=\p{Lu})/u;

/** Initials in brackets right after an organisation's name: " (ELN)", " (WFP)". */
const INITIALS = /^\s*\((\p{Lu}[\p{Lu}\p{N}&-]{1,7}|\p{Lu}\p{Ll}[\p{L}\p{N}-]{1,8})\)/u;

/** Runs that end in a title or role are not names: "Venezuelan President", "Labour Minister". */
const TRAILING_ROLE =
  /\s(?:President|Minister|Secretary|Senator|Governor|Mayor|General|Judge|Chancellor|Ambassador|Commissioner|Director|Spokesman|Spokeswoman|Spokesperson|Leader|Chief|Adm|Admiral|Colonel|Col|Captain|Capt|Major|Lieutenant|Lt|Sergeant|Sgt|Commander|Cmdr|Brigadier|Brig)\.?$/u;

/** Feasts and seasons named like names: "New Year", "Semana Santa", "Año Nuevo". */
const HOLIDAY =
  /^(?:New Year|New Year's Eve|Christmas Eve|Christmas Day|Easter Sunday|Good Friday|Holy Week|Semana Santa|Año Nuevo|Día de Muertos|Día de los Muertos|Día de Reyes|Viernes Santo|Jueves Santo|Lunar New Year|Chinese New Year)$/u;

/**
 * People and organisations compromise finds that no registry name or alias covers,
 * merged by shared words; then other runs of capitalised words that are not places.
 */
export function unregisteredNames(
  paragraphs: readonly Paragraph[],
  registry: Iterable<Actor>,
): NameCandidate[] {
  const known: string[] = [];
  for (const actor of registry)
    for (const term of [actor.name, ...actor.aliases]) known.push(foldText(term));
  const names: NameCandidate[] = [];
  // True when a registry actor or a name drafted already holds these folded words.
  const namedAlready = (folded: string): boolean =>
    known.some((term) => containsWords(term, folded)) ||
    names.some((n) => [n.name, ...n.aliases].some((t) => containsWords(foldText(t), folded)));
  const allText = paragraphs.map((p) => p.text).join('\n\n');
  // The dateline's place ("ADA FOAH, Ghana (AP) —"), named again in the body ("into Ada Foah").
  const dateline =
    /^(\p{Lu}[\p{Lu}\p{M}'’.-]*(?:\s+\p{Lu}[\p{Lu}\p{M}'’.-]*)*)\s*,[^.;:]{0,60}?(?:\(|—|–|\s-\s)/u.exec(
      paragraphs[0]?.text ?? '',
    )?.[1];
  const datelinePlace = dateline ? foldText(dateline) : undefined;
  // One compromise pass per paragraph: its people, organisations and places.
  const docs = paragraphs.map((paragraph) => nlp(paragraph.text));
  for (const [i, paragraph] of paragraphs.entries()) {
    const doc = docs[i] ?? nlp(paragraph.text);
    const found = [
      ...(doc.people().out('array') as string[]).map((name) => ({ name, kind: 'person' as const })),
      ...(doc.organizations().out('array') as string[]).map((name) => ({
        name,
        kind: 'organization' as const,
      })),
    ];
    for (const found1 of found) {
      const { name } = found1;
      let { kind } = found1;
      let clean = name
        .replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '')
        .replace(/['’´]s$/u, '')
        .replace(/\.$/u, '');
      // compromise joins words across punctuation ("as early as January." Osorio): a name
      // is only one printed as such; and it may have cut one short at a particle.
      if (/[“”"«»,;:!?()]|\p{L}{3}\.\s/u.test(clean)) continue;

      const at = paragraph.text.indexOf(clean);
      if (at === -1) continue;
      const more = (kind === 'person' ? PERSON_CONTINUATION : CONTINUATION).exec(
        paragraph.text.slice(at + clean.length),
      );
      if (more) clean += more[0];
      clean += organisationAnd(clean, paragraph.text.slice(at + clean.length));
      // "People's National Congress Reform": the people a name starts with are part of it.
      const people =
        PEOPLE_OWNER.exec(paragraph.text.slice(0, at))?.[0] ??
        /(?<![\p{L}.])(?:\p{Lu}\.){2,3}\s+$/u.exec(paragraph.text.slice(0, at))?.[0];
      if (people && kind === 'organization') clean = people + clean;
      const earlier = PRECEDING.exec(paragraph.text.slice(0, at - (people?.length ?? 0)))?.[0];
      // "Lucia" in "St Lucia's minister": the end of a place's name.
      if (
        earlier &&
        isPlaceName(`${earlier}${clean}`.replace(/^.*?(?=St\.?\s|San\s|Santa\s|Saint\s)/u, ''))
      )
        continue;
      if (POST.test(withoutLeadingWords(`${earlier ?? ''}${clean}`))) continue;
      if (earlier) {
        let lead = earlier;
        while (LEADING_WORD.test(lead)) lead = lead.replace(LEADING_WORD, '');
        // "Según la Coordinadora Nacional para la …": the article after the leading word too.
        lead = lead.replace(/^(?:\p{Ll}+\s+)+/u, '');
        if (lead && ORGANISATION_HEAD.test(lead)) clean = lead + clean;
      }
      // "Fuentes del Ayuntamiento de Sevilla" ("sources at the city council") is not a person.
      while (LEADING_WORD.test(clean)) clean = clean.replace(LEADING_WORD, '');
      // "dijo a Reuters Andrés Quintero": the agency it was said to is not part of the name.
      clean = clean.replace(AGENCY_LEAD, '');
      // "Guatemala's National Seismology Institute" is the National Seismology Institute.
      clean = clean.replace(OWNER, '');
      // "Arequipa y Puno": two names, never one person.
      if (kind === 'person' && /\s(?:y|e|and)\s/u.test(clean)) continue;
      // "Pilar Echeverría y Montse Vidal": two people, read by their shape below, never one name.
      if (PEOPLE_PAIR.test(clean)) continue;
      clean = clean.replace(/^(?:\p{Ll}+\s+)+/u, '');
      if (ORGANISATION_HEAD.test(clean) && /\s/u.test(clean)) kind = 'organization';
      else if (
        kind === 'organization' &&
        !ORGANISATION_WORD.test(clean) &&
        givenNamed(clean.split(/\s+/u), paragraph.text.slice(Math.max(0, at - 40), at))
      )
        kind = 'person';
      // "Sierra Club", "Costa Cruises": an organisation's word at the end is no person's name.
      if (ORGANISATION_TAIL.test(clean) || BUSINESS_TAIL.test(clean)) kind = 'organization';
      clean = clean.replace(/['’´]s$/u, '');
      if (kind === 'person') clean = clean.replace(TITLES, '');
      // compromise takes "Ministerio" in "Ministerio para la Transición Ecológica" for a person.
      if (!/\s/u.test(clean) && ORGANISATION_HEAD.test(clean)) continue;
      const folded = foldText(clean);
      if (
        !folded ||
        !/^\p{Lu}/u.test(clean) ||
        isPlace(clean, paragraphs) ||
        folded === datelinePlace
      )
        continue;
      // "Ayer, el ministro …", "Hoy": a word of time opening a sentence is no name.
      if (
        DAY_WORD.test(clean) ||
        PRONOUN_WORD.test(clean) ||
        NOT_ORGANISATION_INITIALS.test(clean.split(/\s+/u)[0] ?? '')
      )
        continue;
      if (placeOf(allText, clean)) continue;
      // The dateline's place opening the first paragraph, in capitals.
      if (paragraph === paragraphs[0] && at === 0 && clean === clean.toUpperCase()) continue;
      if (coveredByKnown(clean, folded, known)) continue;
      // Two people with different first names are two people, whatever surname they share.
      const sameTerm = (n: NameCandidate, t: string) =>
        !(kind === 'person' && /\s/u.test(clean) && /\s/u.test(n.name) && !/\s/u.test(t)) &&
        (containsWords(foldText(t), folded) || containsWords(folded, foldText(t)));
      const same = names.find(
        (n) => n.kind === kind && [n.name, ...n.aliases].some((t) => sameTerm(n, t)),
      );
      if (same) {
        if (foldText(same.name).length < folded.length) {
          same.aliases = [...new Set([same.name, ...same.aliases])].filter(
            (a) => foldText(a) !== folded,
          );
          same.name = clean;
          same.id = actorId(clean);
        } else if (
          folded !== foldText(same.name) &&
          !same.aliases.some((a) => foldText(a) === folded)
        )
          same.aliases.push(clean);
        if (!same.paragraphs.includes(paragraph.n)) same.paragraphs.push(paragraph.n);
        continue;
      }
      names.push({ id: actorId(clean), name: clean, kind, aliases: [], paragraphs: [paragraph.n] });
    }
  }
  for (const [i, paragraph] of paragraphs.entries()) {
    const places = ((docs[i] ?? nlp(paragraph.text)).places().out('array') as string[]).map((p) =>
      foldText(p.replace(/[^\p{L}]+$/u, '')),
    );
    for (const m of paragraph.text.matchAll(PROPER_SEQUENCE)) {
      // The dateline's place opening the first paragraph ("SANTIAGO DE CHILE, 3 Abr. …").
      if (paragraph === paragraphs[0] && m.index === 0 && m[0] === m[0].toUpperCase()) continue;
      // "el Parlamento Europeo y los Estados miembros": two names, not one.
      let name = m[0].replace(/\s+(?:y|e|and)\s+(?:los|las|el|la|the)\s.*$/u, '');
      // "dijo a Reuters Andrés Quintero": the agency it was said to is not part of the name.
      name = name.replace(AGENCY_LEAD, '');
      name = name.replace(/['’´]s$/u, '');
      name += organisationAnd(name, paragraph.text.slice(m.index + m[0].length));
      // "the Food and Agriculture Organization": a word and "and" before an organisation's name.
      const andBefore = /(?:^|[\s(])(\p{Lu}\p{Ll}+\s+and\s+)$/u.exec(
        paragraph.text.slice(0, m.index),
      );
      if (andBefore?.[1] && ORGANISATION_TAIL.test(` ${name}`)) name = andBefore[1] + name;
      // "Los macheteros Yosvany Pérez y Osmel Castro": two people, each drafted.
      // "Sor Amparo Lledó y Monseñor Ignacio Ferrán": two people, each after their title.
      const titled = withoutLeadingWords(name).split(/\s+/u);
      const bothTitled =
        TITLE_WORD.test(titled[0] ?? '') &&
        titled.some(
          (w, i) => i > 0 && /^(?:y|e|and)$/u.test(titled[i - 1] ?? '') && TITLE_WORD.test(w),
        );
      const pair = PEOPLE_PAIR.exec(
        bothTitled
          ? titled.filter((w) => !TITLE_WORD.test(w)).join(' ')
          : withoutLeadingWords(name),
      );
      const lead = paragraph.text.slice(Math.max(0, m.index - 140), m.index);
      if (
        pair?.[1] &&
        pair[2] &&
        (bothTitled || PEOPLE_BEFORE.test(lead) || BEFORE_PERSON.test(lead))
      ) {
        for (const person of [pair[1], pair[2]]) {
          const folded = foldText(person);
          if (
            isPlace(person, paragraphs) ||
            known.some((term) => containsWords(term, folded) || containsWords(folded, term)) ||
            names.some((n) => [n.name, ...n.aliases].some((t) => foldText(t) === folded))
          )
            continue;
          // "Sanz", drafted alone where "contó Sanz", is this person.
          const surname = foldText(person.split(/\s+/u).pop() ?? '');
          const alone = names.find(
            (n) => n.kind === 'person' && !/\s/u.test(n.name) && foldText(n.name) === surname,
          );
          if (alone) {
            alone.aliases = [...new Set([alone.name, ...alone.aliases])];
            alone.name = person;
            alone.id = actorId(person);
            if (!alone.paragraphs.includes(paragraph.n)) alone.paragraphs.push(paragraph.n);
            continue;
          }
          names.push({
            id: actorId(person),
            name: person,
            kind: 'person',
            aliases: [],
            paragraphs: [paragraph.n],
          });
        }
        continue;
      }
      // "las regiones de Arequipa y Puno": two names joined, not one.
      if (/^\p{Lu}\S*\s+(?:y|e|and)\s+\p{Lu}\S*$/u.test(withoutLeadingWords(name))) continue;
      // "entre San Javier y Los Alcázares": two names of several words, neither an
      // organisation's, joined by "y" are two places or people, never one organisation.
      const halves = /^(.+?)\s+(?:y|e)\s+(.+)$/u.exec(withoutLeadingWords(name));
      if (
        halves?.[1] &&
        halves[2] &&
        !ORGANISATION_HEAD.test(withoutLeadingWords(name)) &&
        ![halves[1], halves[2]].some((h) => ORGANISATION_WORD.test(h) || ORGANISATION_HEAD.test(h))
      )
        continue;
      // "Yesterday I …", "Now I …": a word opening a sentence and the pronoun "I".
      name = name.replace(/\s+I$/u, '');
      if (!/\s/u.test(name) || HOLIDAY.test(withoutLeadingWords(name))) continue;
      while (LEADING_WORD.test(name)) name = name.replace(LEADING_WORD, '');
      name = name.replace(/^(?:\p{Ll}+\s+)+/u, '');
      // "El diputado del PNV Iñaki Sarasola": the party's initials are no part of the name.
      const initials = /^\p{Lu}{2,6}\s+(?=\p{Lu}\p{Ll})/u.exec(name)?.[0];
      if (initials && isCommonGivenName(name.slice(initials.length).split(/\s+/u)[0] ?? ''))
        name = name.slice(initials.length);
      // "Kenya's National Assembly" is the National Assembly.
      name = name.replace(OWNER, '');
      if (POST.test(name)) continue;
      let kind: NameCandidate['kind'] = 'organization';
      // "Petitbois Mayor Lise Comeau": the person after the title.
      const words = name.split(/\s+/u);
      const title = words.findIndex((w) => TITLE_WORD.test(w));
      // The person's words after the title, up to a particle ("Senator Ruth Galloway of Ohio").
      const particle = words.findIndex((w, i) => i > title && /^\p{Ll}/u.test(w));
      const personWords = words.slice(title + 1, particle === -1 ? undefined : particle);
      if (title !== -1 && personWords.length >= 2 && /^\p{Lu}/u.test(words[title + 1] ?? '')) {
        name = personWords.join(' ');
        kind = 'person';
      } else if (
        looksLikePerson(
          name,
          paragraph.text.slice(0, m.index + m[0].indexOf(name)),
          paragraphs,
          paragraph.text.slice(m.index + m[0].indexOf(name) + name.length),
          names.filter((n) => n.kind === 'person').map((n) => n.name.split(/\s+/u).pop() ?? ''),
        )
      )
        kind = 'person';
      // A place: a country or capital, or a name after "in"/"desde" that is neither a
      // person's nor an organisation's.
      const at = m.index + m[0].indexOf(name);
      if (
        isPlace(name, paragraphs) ||
        placeOf(allText, name) ||
        foldText(name) === datelinePlace ||
        (kind === 'organization' &&
          !ORGANISATION_HEAD.test(name) &&
          !ORGANISATION_WORD.test(name) &&
          (BEFORE_PLACE.test(paragraph.text.slice(Math.max(0, at - 40), at)) ||
            AFTER_PLACE.test(paragraph.text.slice(at + name.length))))
      )
        continue;
      // "People's National Congress Reform": the people a name starts with are part of it;
      // so are a country's initials ("U.S. State Department").
      const people =
        PEOPLE_OWNER.exec(paragraph.text.slice(0, at))?.[0] ??
        /(?<![\p{L}.])(?:\p{Lu}\.){2,3}\s+$/u.exec(paragraph.text.slice(0, at))?.[0];
      if (people && kind === 'organization') name = people + name;
      const folded = foldText(name);
      if (
        !/\s/u.test(name) ||
        TRAILING_ROLE.test(name) ||
        // compromise's places, unless an organisation's word says otherwise ("State Department").
        (!ORGANISATION_WORD.test(name) && places.some((p) => p && containsWords(p, folded)))
      )
        continue;
      if (coveredByKnown(name, folded, known)) continue;
      // "Ngozi Ansah" after "Kim Ansah" (alias "Ansah"): two people who share a surname.
      const overlapping = names.find((n) =>
        [n.name, ...n.aliases].some(
          (t) =>
            !(kind === 'person' && n.kind === 'person' && /\s/u.test(n.name) && !/\s/u.test(t)) &&
            (containsWords(folded, foldText(t)) || containsWords(foldText(t), folded)),
        ),
      );
      // An organisation's name found cut short ("Venezolana de Comercio") takes the whole
      // run ("Cámara Venezolana de Comercio"); a person's never takes the title before it.
      // A person's full name found after a short one ("Mr Saab", then "Tunde Saab") does too.
      if (
        overlapping !== undefined &&
        (overlapping.kind === 'organization' ||
          (kind === 'person' && overlapping.kind === 'person' && !/\s/u.test(overlapping.name))) &&
        folded.length > foldText(overlapping.name).length &&
        containsWords(folded, foldText(overlapping.name))
      ) {
        if (overlapping.kind === 'person' && !overlapping.aliases.includes(overlapping.name))
          overlapping.aliases.push(overlapping.name);
        overlapping.kind = kind;
        overlapping.name = name;
        overlapping.id = actorId(name);
        if (!overlapping.paragraphs.includes(paragraph.n)) overlapping.paragraphs.push(paragraph.n);
        continue;
      }
      if (overlapping) continue;
      names.push({ id: actorId(name), name, kind, aliases: [], paragraphs: [paragraph.n] });
    }
  }
  // "Indigenous group CONAIE", "the regulator, Arconel,", "la ONG Provea": an organisation
  // of one word, named right after a noun for one.
  for (const paragraph of paragraphs)
    for (const m of paragraph.text.matchAll(ONE_WORD_ORGANISATION)) {
      const name = m[1] ?? '';
      const folded = foldText(name);
      if (
        !name ||
        DAY_WORD.test(name) ||
        NOT_ORGANISATION_INITIALS.test(name) ||
        AGENCY_LEAD.test(`${name} X`) ||
        isPlaceName(name)
      )
        continue;
      // "el Gobierno" alone is an institution of its own, whatever longer name the
      // registry knows ("Gobierno de Venezuela"), and never a person.
      const institution = INSTITUTION.test(name);
      if (institution) {
        const same = names.find((n) => n.name === name);
        if (same) {
          same.kind = 'organization';
          continue;
        }
        // "el Ayuntamiento" after "el Ayuntamiento de Sevilla": its short name.
        if (names.some((n) => foldText(n.name).startsWith(`${folded} `))) continue;
      }
      if (
        institution
          ? known.some(
              (term) =>
                term === folded ||
                // "el Gobierno venezolano", the registry's alias, written out.
                (term.startsWith(`${folded} `) &&
                  foldText(
                    paragraph.text.slice((m.index ?? 0) + m[0].length - name.length),
                  ).startsWith(term)),
            )
          : namedAlready(folded)
      )
        continue;
      names.push(organisation(name, [paragraph.n]));
    }
  // "La bióloga de la Universidad de Murcia Lucía Marzo": an organisation's name run into
  // a person's, split into the two.
  // "Pacto por el Mar Menor", "Coalition for Clean Air", "Kamra tal-Periti": a head word of
  // an organisation's name joined to what it stands for by a word no other name takes.
  for (const paragraph of paragraphs)
    for (const m of paragraph.text.matchAll(HEAD_AND_CAUSE)) {
      const name = m[0];
      const folded = foldText(name);
      if (namedAlready(folded)) continue;
      // A shorter name found inside it ("Mar Menor") gives way to it.
      for (const [i, n] of [...names.entries()].reverse())
        if (containsWords(folded, foldText(n.name))) names.splice(i, 1);
      names.push(organisation(name, [paragraph.n]));
    }
  // "El diputado del BNG X", "an MP for the SNP": a party's initials after a member's role.
  for (const paragraph of paragraphs)
    for (const m of paragraph.text.matchAll(MEMBER_OF_INITIALS)) {
      const name = m[1] ?? '';
      const folded = foldText(name);
      if (
        !name ||
        NOT_ORGANISATION_INITIALS.test(name) ||
        AGENCY_LEAD.test(`${name} X`) ||
        isPlaceName(name) ||
        known.some((term) => term === folded) ||
        names.some((n) => [n.name, ...n.aliases].some((t) => foldText(t) === folded))
      )
        continue;
      names.push(organisation(name, [paragraph.n]));
    }
  for (const n of [...names]) {
    const split = n.kind === 'organization' ? organisationThenPerson(n.name) : undefined;
    if (!split) continue;
    const [organisation, person] = split;
    n.name = organisation;
    n.id = actorId(organisation);
    n.aliases = n.aliases.filter((a) => !containsWords(foldText(a), foldText(person)));
    const folded = foldText(person);
    if (!names.some((o) => [o.name, ...o.aliases].some((t) => foldText(t) === folded)))
      names.push({
        id: actorId(person),
        name: person,
        kind: 'person',
        aliases: [],
        paragraphs: [...n.paragraphs],
      });
  }
  // "el concejal de Montalegre Luís Gomes": the place of a post run into the person's name
  // after "de"/"of", when the next word is a common given name and the first is none.
  for (const n of names) {
    if (n.kind !== 'person') continue;
    const [first = '', second = '', ...rest] = n.name.split(/\s+/u);
    if (rest.length === 0 || isCommonGivenName(first) || !isCommonGivenName(second)) continue;
    const after = new RegExp(
      String.raw`(?<![\p{L}])(?:de|del|of|for)\s+${first}\s+${second}(?![\p{L}])`,
      'u',
    );
    if (!paragraphs.some((p) => after.test(p.text))) continue;
    n.name = [second, ...rest].join(' ');
    n.id = actorId(n.name);
  }
  for (const n of names) {
    // "el Ejército de Liberación Nacional (ELN)": the initials in brackets after the name.
    if (n.kind === 'organization')
      for (const p of paragraphs) {
        const at = p.text.indexOf(n.name);
        const initials = at === -1 ? null : INITIALS.exec(p.text.slice(at + n.name.length));
        // "(Conred)" too, written as a word; "(Honduras)" is where it is, not its name.
        if (!initials?.[1] || n.aliases.includes(initials[1]) || isPlaceName(initials[1])) continue;
        // "El Consejo Permanente de la Organización de los Estados Americanos (OEA)": the
        // initials name the organisation at the end, drafted too, with them.
        const inner = innerNamedBy(n.name, initials[1]);
        if (inner) {
          if (!names.some((o) => foldText(o.name) === foldText(inner)))
            names.push(organisation(inner, [...n.paragraphs], [initials[1]]));
        } else n.aliases.push(initials[1]);
      }
    // "World Food Programme" … "a WFP spokesperson": its initials, when the text uses them.
    if (n.kind === 'organization') {
      const initials = n.name
        .split(/\s+/u)
        .filter((w) => /^\p{Lu}/u.test(w))
        .map((w) => w.charAt(0))
        .join('');
      if (
        initials.length >= 3 &&
        !n.aliases.includes(initials) &&
        !NOT_ORGANISATION_INITIALS.test(initials) &&
        paragraphs.some((p) =>
          new RegExp(String.raw`(?<![\p{L}\p{N}])${initials}(?![\p{L}\p{N}])`, 'u').test(p.text),
        )
      )
        n.aliases.push(initials);
    }
    const parts = n.name.split(/\s+/);
    const surname = parts[parts.length - 1];
    if (n.kind === 'person' && parts.length > 1 && surname && !n.aliases.includes(surname))
      n.aliases.push(surname);
    // "Northvale Lithium Corp" is "Northvale" after its first mention.
    const short = n.kind === 'organization' ? n.name.replace(CORPORATE, '') : n.name;
    const first = short.split(/\s+/u)[0] ?? '';
    if (short !== n.name) {
      if (!n.aliases.includes(short)) n.aliases.push(short);
      // "Fiji Sugar Corporation" is never "Fiji": a first word that is a place is the place.
      if (
        first.length >= 4 &&
        first !== short &&
        !isPlaceName(first) &&
        !n.aliases.includes(first) &&
        paragraphs.some((p) => standsAlone(p.text, first, short))
      )
        n.aliases.push(first);
    }
    // "Guardia Costera de Estados Unidos" … "indicó la Guardia Costera": the name without the
    // place that ends it, when the text uses it so.
    const placed = /^(.+?)\s+(?:de|del|of)\s+(?:(?:la|el|los|las|the)\s+)?([^\s].*)$/u.exec(n.name);
    if (
      n.kind === 'organization' &&
      placed?.[1] &&
      placed[2] &&
      /\s/u.test(placed[1]) &&
      isPlaceName(placed[2]) &&
      !n.aliases.includes(placed[1]) &&
      paragraphs.some((p) => standsAlone(p.text, placed[1] ?? '', n.name))
    )
      n.aliases.push(placed[1]);
  }
  // "la Unión de Productores … (UPMMO)" … "La UPMMO sostuvo": initials drafted on their own
  // before they were known as an organisation's are that organisation, one actor.
  for (const [i, n] of [...names.entries()].reverse()) {
    if (n.kind !== 'organization' || /\s/u.test(n.name)) continue;
    const folded = foldText(n.name);
    const whole = names.find(
      (o) => o !== n && o.kind === 'organization' && o.aliases.some((a) => foldText(a) === folded),
    );
    if (!whole) continue;
    for (const p of n.paragraphs) if (!whole.paragraphs.includes(p)) whole.paragraphs.push(p);
    whole.paragraphs.sort((a, b) => a - b);
    names.splice(i, 1);
  }
  // A surname two people share ("María Fernanda Lozano", "Andrés Lozano") is neither's alias:
  // each keeps their own name, and "Lozano" alone is read where it stands.
  const surnames = names.filter((n) => n.kind === 'person').map((n) => n.name.split(/\s+/u).pop());
  for (const n of names)
    if (n.kind === 'person')
      n.aliases = n.aliases.filter(
        (a) => /\s/u.test(a) || surnames.filter((s) => s === a).length < 2,
      );
  return names.filter((n) => n.id);
}

/**
 * The organisation at the end of `name` that `initials` spell, when they do not spell the
 * whole: "Consejo Permanente de la Organización de los Estados Americanos" and "OEA" give
 * "Organización de los Estados Americanos".
 */
function innerNamedBy(name: string, initials: string): string | undefined {
  const words = name.split(/\s+/u);
  const letters = (ws: readonly string[]) =>
    ws
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w.charAt(0))
      .join('');
  if (letters(words) === initials.toUpperCase()) return undefined;
  for (let i = 1; i < words.length - 1; i++) {
    const tail = words.slice(i);
    if (ORGANISATION_HEAD.test(tail.join(' ')) && letters(tail) === initials.toUpperCase())
      return tail.join(' ');
  }
  return undefined;
}

/**
 * An organisation's name with a person's run into its end ("Universidad de Murcia Lucía
 * Marzo", "Instituto Nacional de Pesca Ana Ruiz Gil"): the organisation, headed by one of
 * its words, and the person, a common given name and one or two more capitalised words.
 */
function organisationThenPerson(name: string): [string, string] | undefined {
  if (!ORGANISATION_HEAD.test(name)) return undefined;
  const words = name.split(/\s+/u);
  for (let i = 2; i < words.length - 1; i++) {
    const rest = words.slice(i);
    if (
      rest.length <= 3 &&
      rest.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) &&
      /^\p{Lu}/u.test(words[i - 1] ?? '') &&
      isCommonGivenName(words[i] ?? '') &&
      !isCommonGivenName(rest[rest.length - 1] ?? '') &&
      !ORGANISATION_WORD.test(rest.join(' ')) &&
      !isPlaceName(rest.join(' '))
    )
      return [words.slice(0, i).join(' '), rest.join(' ')];
  }
  return undefined;
}

/**
 * True when a run of capitalised words found by its shape is a person's name: two or
 * three words, none of an organisation's, introduced by a role ("el senador opositor
 * Alirio Becerra", "el presidente del gremio, Hernán Zuluaga"), or whose last word later
 * speaks alone ("Zuluaga explicó").
 */
function looksLikePerson(
  name: string,
  before: string,
  paragraphs: readonly Paragraph[],
  after = '',
  surnames: readonly string[] = [],
): boolean {
  const words = name.split(/\s+/u);
  if (words.length < 2 || words.length > 3 || ORGANISATION_HEAD.test(name)) return false;
  if (words.some((w) => !/^\p{Lu}\p{Ll}/u.test(w))) return false;
  if (ORGANISATION_WORD.test(name) || BUSINESS_TAIL.test(name)) return false;
  if (BEFORE_PERSON.test(before) || PERSON_APPOSITION.test(after) || KIN_BEFORE.test(before))
    return true;
  // "machine operators Rubel Hossain and Jahangir Alam": a plural noun for people before
  // the first, and "and" after a person's name before the second.
  if (PEOPLE_BEFORE.test(before)) return true;
  const joined = /(\p{Lu}[\p{L}'’-]+)\s+(?:and|y|e)\s+$/u.exec(before)?.[1];
  if (joined && surnames.includes(joined)) return true;
  const surname = words[words.length - 1] ?? '';
  // "Mr Okonkwo … Chinedu Okonkwo", "Adaeze Nwosu and … Emeka Nwosu": a person's surname.
  if (surnames.includes(surname)) return true;
  if (givenNamed(words, before)) return true;
  const speaks = new RegExp(
    String.raw`(?<!\p{Lu}\p{L}*\s)(?<![\p{L}])${surname}\s+(?:(?:also|later|then|ya|también|luego)\s+)?(?:${SPEECH.source})`,
    'u',
  );
  return paragraphs.some((p) => speaks.test(p.text));
}

/**
 * "El veterinario Iñaki Sarasola", "Moussa Diop": a common given name, then a word that
 * is none, and no noun for an organisation before it ("shipping agency Delta Marítima").
 */
function givenNamed(words: readonly string[], before: string): boolean {
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) &&
    !ORGANISATION_NOUN_BEFORE.test(before) &&
    isCommonGivenName(words[0] ?? '') &&
    !isCommonGivenName(words[words.length - 1] ?? '')
  );
}

/**
 * True when a registry name or alias covers `name` or lies inside it ("Venezuelan
 * President Nicolás Maduro"), unless it is the place that ends an organisation's name
 * ("Departamento de Agricultura de Estados Unidos", "Central Bank of Venezuela") or opens
 * it before an organisation's word ("U.S. State Department").
 */
function coveredByKnown(name: string, folded: string, known: readonly string[]): boolean {
  const organisation = ORGANISATION_HEAD.test(name) || ORGANISATION_WORD.test(name);
  return known.some(
    (term) =>
      containsWords(term, folded) ||
      (containsWords(folded, term) &&
        !(
          organisation &&
          term !== folded &&
          (new RegExp(
            String.raw`\s(?:de|del|of)\s+(?:(?:the|el|la|los|las)\s+)?${escapeRegExp(term)}$`,
            'u',
          ).test(folded) ||
            // "U.S. State Department": a country's name or initials opening the name.
            (folded.startsWith(`${term} `) &&
              ORGANISATION_WORD.test(
                name.split(/\s+/u).slice(term.split(/\s+/u).length).join(' '),
              )))
        )),
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** True when every time `name` stands in `text` it is after "residents of", "el alcalde de" and the like, and it has no organisation's word. */
function placeOf(text: string, name: string): boolean {
  if (ORGANISATION_HEAD.test(name) || ORGANISATION_WORD.test(name)) return false;
  let seen = false;
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    const before = text.slice(Math.max(0, at - 40), at);
    const after = text.slice(at + name.length, at + name.length + 40);
    // "In Juan Dolio, …", "around Rosario", "the Rosario port hub", "la central
    // termoeléctrica Antonio Guiteras": where something is, every time the text names it.
    if (
      !PLACE_OF.test(before) &&
      !PLACE_PREPOSITION.test(before) &&
      !FACILITY_BEFORE.test(before) &&
      !AFTER_PLACE.test(after) &&
      !/^\s+(?:port|hub|harbou?r|beach|airport|station)\b/u.test(after)
    )
      return false;
    if (
      /^\s+(?:(?:also|later|then|ha|han|también)\s+)?(?:said|told|dijo|afirmó|says)\b/u.test(after)
    )
      return false;
    seen = true;
  }
  return seen;
}

/** Prepositions of place right before a name: "In Juan Dolio,", "around Rosario", "en San Ignacio de Velasco"; where someone is from: "Ana Paz, de Villa Alta,". */
const PLACE_PREPOSITION =
  /(?:(?:^|[\s,(])(?:[Ii]n|[Aa]t|[Nn]ear|[Aa]round|[Oo]utside|[Ee]n|[Cc]erca de|[Jj]unto a|beach at|playa de|[Dd]esde|[Hh]asta)|\p{L},\s+(?:de|from))\s+$/u;
/** A facility's or a feature's noun before its name: "la central termoeléctrica Antonio Guiteras", "la estación de València Nord", "el río Coco". */
const FACILITY_BEFORE =
  /\b(?:río|lago|volcán|cerro|golfo|river|lake|volcano|central(?:\s+\p{Ll}+)?|planta|estación|aeropuerto|puerto|mina|refinería|estadio|plant|station|airport|port|mine|refinery|stadium)\s+(?:(?:de|del|of)\s+)?$/iu;

/**
 * True when `name` is a place: one the gazetteer knows, or one with a word of geography
 * at its head or end ("Rio Minho", "Atacama Desert") unless the text uses it as an
 * organisation's: it speaks ("Rio Tinto said"), has a corporate ending or an
 * organisation's word, or a company's people ("Rio Tinto's chief executive").
 */
function isPlace(name: string, paragraphs: readonly Paragraph[]): boolean {
  if (!isPlaceName(name)) return false;
  if (!isNamedFeature(name)) return true;
  if (CORPORATE.test(name) || ORGANISATION_WORD.test(name) || BUSINESS_TAIL.test(name))
    return false;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const used = new RegExp(
    String.raw`(?<![\p{L}])${escaped}(?:\s+(?:(?:also|later|then|ha|han|también)\s+)?(?:${SPEECH.source})|['’´]s\s+(?:chief|executive|spokes\p{L}*|shares|board|ceo|chairman|director|statement|profits?|workers|employees))|(?:according to|según|company|firm|giant|miner|group|empresa|compañía|grupo)\s+${escaped}(?![\p{L}])`,
    'iu',
  );
  return !paragraphs.some((p) => used.test(p.text));
}

/** `name` without the words that start a sentence rather than a name: "The Ministry of …" → "Ministry of …". */
/**
 * The "and …" after a name that belongs to it ("Ministry of Agriculture and Livestock"), or
 * "": only when the name is an organisation's by its head, its "of", or the word after "and".
 */
function organisationAnd(name: string, after: string): string {
  const and = ORGANISATION_AND.exec(after);
  if (!and) return '';
  return ORGANISATION_HEAD.test(withoutLeadingWords(name)) ||
    ORGANISATION_TAIL.test(and[0]) ||
    ORGANISATION_OF.test(name)
    ? and[0]
    : '';
}

function withoutLeadingWords(name: string): string {
  let rest = name;
  while (LEADING_WORD.test(rest)) rest = rest.replace(LEADING_WORD, '');
  return rest;
}

/** True when `word` occurs in `text` as a name of its own, not as the start of `whole`. */
function standsAlone(text: string, word: string, whole: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (!atWordBoundaries(text, at, at + word.length)) continue;
    if (!text.startsWith(whole, at)) return true;
  }
  return false;
}

/** An organisation drafted under `name`, first named in `paragraphs`. */
function organisation(name: string, paragraphs: number[], aliases: string[] = []): NameCandidate {
  return { id: actorId(name), name, kind: 'organization', aliases, paragraphs };
}

/** The id an actor file for `name` gets: "Kenya's Alliance" → kenyas-alliance. */
function actorId(name: string): string {
  return slugify(name.replace(/['’´]/gu, ''));
}

/** True when folded `words` occur in folded `text` as whole words. */
function containsWords(text: string, words: string): boolean {
  if (!words) return false;
  for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + 1)) {
    if (atWordBoundaries(text, at, at + words.length)) return true;
  }
  return false;
}
