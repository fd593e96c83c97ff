// The words news writing attributes quotes with, in English and Spanish: speech verbs
// ("said", "told", "dijo", "señaló", "ha lamentado"), "according to" / "según",
// pronouns, and the nouns that name a speaker by role ("the minister", "la presidenta")
// or as a group ("the association", "el cabildo", "el gremio"). Main exports: `SPEECH`,
// `INVERTING`, `ROLE_NOUNS`, `GENERIC_GROUPS`.

const EN_VERBS =
  'said|blamed|attributed|says|told|tells|added|adds|stated|states|announced|claimed|insisted|warned|declared|explained|noted|argued|replied|wrote|posted|asked|stressed|acknowledged|denied|called|calling|described|describing|urged|accused|continued|complained|recalled|conceded|admitted|rejected|responded|promised|predicted|suggested|cautioned|vowed|testified|spoke|boasted|defended|insisted|maintained|reiterated|disagreed|agreed|objected|countered|protested|demanded|questioned|dismissed|welcomed|praised|criticised|criticized|condemned|lamented|emphasised|emphasized|apologised|apologized|joked|observed|remarked|pleaded|shouted';
const ES_VERBS =
  'dijo|contó|atribuyó|relató|narró|culpó|dice|afirmó|afirma|señaló|señala|añadió|añade|agregó|agrega|aseguró|asegura|declaró|declara|explicó|explica|indicó|indica|subrayó|subraya|advirtió|advierte|sostuvo|sostiene|manifestó|expresó|insistió|apuntó|destacó|precisó|recalcó|denunció|reconoció|comentó|respondió|escribió|publicó|criticó|calificó|lamentó|continuó|anunció|defendió|alertó|remarcó|enfatizó|concluyó|valoró|pidió|reclamó|aseveró|detalló|rechazó|recordó|celebró|aclaró|planteó|consideró|opinó|confirmó|habló|presumió|reiteró|mantuvo|acusó|acusa|ironizó|zanjó|avisó|insiste|discrepó|coincidió|objetó|replicó|protestó|exigió|cuestionó|elogió|condenó|estimó|puntualizó|matizó|sentenció|deploró|admitió|negó|prometió|bromeó|informó|informa|comunicó|reportó|resumió|apostilló';
const ES_PARTICIPLES =
  'dicho|calificado|defendido|subrayado|advertido|señalado|afirmado|añadido|agregado|asegurado|declarado|explicado|indicado|subrayado|advertido|lamentado|recordado|criticado|denunciado|reconocido|comentado|apuntado|destacado|insistido|manifestado|expresado|defendido|anunciado|pedido|reclamado|precisado|rechazado|celebrado|aclarado|confirmado|acusado|avisado|ironizado|reiterado|sostenido|valorado|destacado|informado|comunicado|resumido|sentenciado|zanjado|apostillado|matizado|puntualizado|replicado|respondido|contado|relatado|narrado|culpado|recalcado|escrito|publicado|continuado|alertado|remarcado|enfatizado|concluido|aseverado|detallado|planteado|considerado|opinado|hablado|mantenido|discrepado|objetado|protestado|exigido|cuestionado|elogiado|condenado|estimado|deplorado|admitido|negado|prometido|reportado|lamentado';

/** Preterites whose plural is not the regular one: "dijo" → "dijeron", "sostuvo" → "sostuvieron". */
const ES_IRREGULAR_PLURALS: Record<string, string> = {
  dijo: 'dijeron',
  sostuvo: 'sostuvieron',
  mantuvo: 'mantuvieron',
  concluyó: 'concluyeron',
  atribuyó: 'atribuyeron',
};

/**
 * The third person plural of each verb of ES_VERBS, made by the regular endings ("afirmó" →
 * "afirmaron", "advirtió" → "advirtieron", "anunció" → "anunciaron", "afirma" →
 * "afirman", "dice" → "dicen"): "X y Y dijeron", "señalaron los vecinos".
 */
function spanishPlurals(verbs: string): string {
  const participles = new Set(ES_PARTICIPLES.split('|'));
  return verbs
    .split('|')
    .map((v) => {
      const irregular = ES_IRREGULAR_PLURALS[v];
      if (irregular) return irregular;
      // "anunció" (anunciado) → "anunciaron"; "advirtió", "pidió" → "advirtieron", "pidieron".
      if (v.endsWith('ió'))
        return participles.has(`${v.slice(0, -2)}iado`)
          ? `${v.slice(0, -2)}iaron`
          : `${v.slice(0, -2)}ieron`;
      if (v.endsWith('ó')) return `${v.slice(0, -1)}aron`;
      if (/[ae]$/u.test(v)) return `${v}n`;
      return undefined;
    })
    .filter((v): v is string => v !== undefined)
    .join('|');
}
const ES_PLURALS = spanishPlurals(ES_VERBS);
/** A Spanish speech verb in the plural: "dijeron", "han denunciado". */
export const PLURAL_SPEECH = new RegExp(String.raw`^(?:${ES_PLURALS}|(?:han|habían)\s+\S+)$`, 'iu');

/** A speech verb, or a preposition that attributes ("according to", "según"); `ha dicho` as one. */
export const SPEECH = new RegExp(
  String.raw`(?<![\p{L}])(?:${EN_VERBS}|${ES_VERBS}|${ES_PLURALS}|(?:ha|han|había|habían)\s+(?:${ES_PARTICIPLES})|according to|según|de acuerdo con)(?![\p{L}])`,
  'giu',
);
/** Verbs (and prepositions) whose subject may follow them: "said Galloway", "afirmó Lucía Epieyú", "según el cabildo". */
export const INVERTING = new RegExp(
  String.raw`^(?:said|says|added|asked|wrote|continued|explained|noted|insisted|warned|recalled|stated|replied|according to|${ES_VERBS}|${ES_PLURALS}|(?:ha|han|había|habían)\s+\S+|según|de acuerdo con)$`,
  'iu',
);
/** Prepositions that take the speaker after them only. */
export const ATTRIBUTING_PREPOSITION = /^(?:according to|según|de acuerdo con)$/iu;

/** Nouns that name a person by role: "the minister said", "continuó la presidenta". */
export const ROLE_NOUNS = new Set([
  'president',
  'presidente',
  'presidenta',
  'minister',
  'ministro',
  'ministra',
  'senator',
  'senador',
  'senadora',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'portavoz',
  'director',
  'directora',
  'manager',
  'gerente',
  'chief',
  'executive',
  'mayor',
  'alcalde',
  'alcaldesa',
  'secretary',
  'secretario',
  'secretaria',
  'governor',
  'gobernador',
  'gobernadora',
  'premier',
  'chancellor',
  'canciller',
  'leader',
  'líder',
  'dirigente',
  'lawyer',
  'abogado',
  'abogada',
  'officer',
  'chair',
  'chairman',
  'chairwoman',
  'ceo',
  'critic',
  'consejero',
  'consejera',
  'conseller',
  'consellera',
  'diputado',
  'diputada',
  'concejal',
  'concejala',
  'fiscal',
  'juez',
  'jueza',
  'judge',
  'delegado',
  'delegada',
  'viceministro',
  'viceministra',
  'vicepresidente',
  'vicepresidenta',
  'commissioner',
  'comisionado',
  'comisionada',
  'comisario',
  'comisaria',
  'eurodiputado',
  'eurodiputada',
  'cardenal',
  'arzobispo',
  'coordinador',
  'coordinadora',
  'negotiator',
  'negociador',
  'negociadora',
  'jefe',
  'jefa',
  'mandatario',
  'mandataria',
  'vocero',
  'vocera',
  'titular',
  'legislador',
  'legisladora',
  'congresista',
  'embajador',
  'embajadora',
  'ambassador',
  'envoy',
  'defensor',
  'defensora',
  'intendente',
  'prefecto',
  'prefecta',
  'procurador',
  'procuradora',
  'rector',
  'rectora',
  'lawmaker',
  'legislator',
  'congressman',
  'congresswoman',
  'prosecutor',
  'councillor',
  'councilor',
  'administrator',
  'administrador',
  'administradora',
  'commander',
  'comandante',
  'founder',
  'fundador',
  'fundadora',
  'portavoces',
  'spokespeople',
  'dirigentes',
  'líderes',
]);

/** Nouns that stand for whichever organisation was last named: "the institution", "el gremio". */
export const GENERIC_GROUPS = new Set([
  'institution',
  'institución',
  'organisation',
  'organization',
  'organización',
  'entidad',
  'body',
  'group',
  'grupo',
  'patronal',
  'company',
  'firm',
  'empresa',
  'compañía',
  'organismo',
]);

/**
 * Nouns that name a group of a particular sort ("the association", "el cabildo"): the
 * organisation of that name, never just the last one named; unsure when none has it.
 */
export const GROUP_NOUNS = new Set([
  'agency', 'agencia', 'department', 'ministry', 'ministerio', 'government', 'gobierno',
  'ejecutivo', 'consistorio', 'union', 'sindicato', 'federation', 'federación',
  'association', 'asociación', 'confederation', 'confederación', 'authority', 'autoridad', 'cooperative', 'co-operative',
  'co-op', 'cooperativa', 'cabildo', 'council', 'consejo', 'cámara', 'chamber',
  'committee', 'comité', 'party', 'partido', 'court', 'tribunal', 'police', 'policía',
  'army', 'ejército', 'ayuntamiento', 'office', 'oficina', 'administration',
  'administración', 'cartel', 'gang', 'banda', 'society', 'sociedad', 'federación', 'gremio',
  'guild', 'colegio', 'cartera',
]); // prettier-ignore

/**
 * Other words a name of the sort a group noun says may carry: "el gremio" is the "Colegio de
 * Profesores" or a "Sindicato …", "the union" a "Federation of …", "the ministry" a
 * "Department of …", "el Gobierno" the "Xunta". A noun not listed matches its own word.
 */
export const GROUP_SORTS: Readonly<Record<string, readonly string[]>> = {
  gremio: ['colegio', 'sindicato', 'asociación', 'federación', 'confederación', 'cámara', 'unión', 'gremio', 'central', 'coordinadora', 'sociedad', 'consejo'],
  guild: ['guild', 'union', 'association', 'federation', 'chamber', 'college', 'society'],
  sindicato: ['sindicato', 'unión', 'central', 'federación', 'confederación', 'comisiones'],
  union: ['union', 'federation', 'confederation', 'congress', 'unión', 'sindicato'],
  ministry: ['ministry', 'department', 'ministerio', 'secretariat'],
  ministerio: ['ministerio', 'departamento', 'secretaría', 'consejería', 'consellería', 'conselleria', 'ministry'],
  cartera: ['ministerio', 'departamento', 'secretaría', 'consejería', 'consellería', 'conselleria'],
  government: ['government', 'administration', 'cabinet', 'executive', 'gobierno'],
  gobierno: ['gobierno', 'ejecutivo', 'xunta', 'generalitat', 'junta', 'principado', 'government'],
}; // prettier-ignore

/** Pronouns (and their absence in Spanish) and the speakers they may stand for. */
export const PRONOUNS: Record<string, 'person' | 'group' | 'any'> = {
  he: 'person',
  she: 'person',
  él: 'person',
  ella: 'person',
  it: 'group',
  they: 'any',
  ellos: 'any',
  ellas: 'any',
};

/** Words between a subject and its verb that say nothing of who: "also", "later", "on Tuesday", "este viernes". */
export const BETWEEN_SUBJECT_AND_VERB =
  /(?:\s+(?:\p{Ll}+ly|also|later|then|has|had|have|once|again|previously|on \p{Lu}\p{Ll}+|this \p{Ll}+|last \p{Ll}+|earlier|también|además|luego|después|ya|hoy|ayer|este \p{Ll}+|esta \p{Ll}+|el \p{Ll}+ pasado|el pasado \p{Ll}+|por su parte|,\s*por su parte,?))+$/u;
