// Who said each direct quote, read the way news writing attributes quotes, in English
// and Spanish: `“…,” X said`, `X said: “…”`, `said X, the …`, `according to X`,
// `X, the minister, told`, pronouns and Spanish verbs without a subject (the last
// speaker of that kind), a group or role named by a noun ("the association", "el
// cabildo", "la presidenta") linked to the organisation or person it stands for, and a
// quote with no attribution continuing the previous one. The person a quote describes
// is never its speaker: only a speech verb's subject is. When none of this says who, the
// quote gets no speaker and the candidates instead. Main function: `attributeQuotes`.
import type { Range } from '../anchoring/anchoring.ts';
import type { Mention } from '../actors/actors.ts';
import { foldText } from '../text/normalize.ts';
import type { Paragraph } from '../text/paragraphs.ts';
import type { ActorMeta } from '../../schema/actor.ts';
import {
  ATTRIBUTING_PREPOSITION,
  BETWEEN_SUBJECT_AND_VERB,
  GENERIC_GROUPS,
  GROUP_NOUNS,
  GROUP_SORTS,
  INVERTING,
  PLURAL_SPEECH,
  PRONOUNS,
  ROLE_NOUNS,
  SPEECH,
} from './attribution.ts';
import { sentenceAround } from './sentences.ts';
import { gendersOf, KIN_GENDER, PRONOUN_GENDER, titleGender, type Gender } from './gender.ts';

export interface KnownActor {
  name: string;
  kind: ActorMeta['kind'];
  registered: boolean;
}

export interface QuoteSpan {
  paragraph: number;
  /** The quoted words, quotation marks included. */
  start: number;
  end: number;
}

export interface Attribution {
  /** The speaker's actor id, when the text says who. */
  speaker?: { id: string; why: string };
  /** Who it might be, when it does not: actor ids, most likely first. */
  candidates: string[];
}

interface Speaking {
  actor: string;
  paragraph: number;
  at: number;
  /** Set when the text left it between these people ("Mr Alphonse" with two Alphonses named): `actor` is the first. */
  among?: string[];
}

/** A speaker; 'unsure' when nobody named fits; `unsure` with the people who could, when two do. */
type Found = { actor: string; why: string } | 'unsure' | { unsure: string[] } | undefined;

const sure = (f: Found): f is { actor: string; why: string } =>
  typeof f === 'object' && 'actor' in f;

/** The attribution of every quote, in the order given (source order). */
export function attributeQuotes(
  paragraphs: readonly Paragraph[],
  quotes: readonly QuoteSpan[],
  allMentions: readonly Mention[],
  known: ReadonlyMap<string, KnownActor>,
): Attribution[] {
  const isPerson = (id: string) => known.get(id)?.kind === 'person';
  const people = new Map(
    [...known].filter(([, a]) => a.kind === 'person').map(([id, a]) => [id, a.name]),
  );
  const genders = gendersOf(paragraphs, allMentions, people);
  const masked = new Map<number, string>();
  for (const p of paragraphs) {
    let text = p.text;
    for (const q of quotes.filter((q) => q.paragraph === p.n))
      text = text.slice(0, q.start) + '§'.repeat(q.end - q.start) + text.slice(q.end);
    masked.set(p.n, text);
  }
  // A name inside a quote is never who speaks, nor the group a noun after it stands for.
  const mentions = allMentions.filter(
    (m) => !(masked.get(m.paragraph) ?? '').slice(m.start, m.end).includes('§'),
  );
  // Who speaks where: every speech verb's subject, for pronouns and verbs without one.
  const speaking: Speaking[] = [];
  for (const p of paragraphs) {
    const text = masked.get(p.n) ?? p.text;
    for (const verb of text.matchAll(SPEECH)) {
      const sentence = sentenceAround(text, verb.index, verb.index + verb[0].length);
      const subject = subjectOf(
        paragraphs,
        p,
        text,
        verb,
        sentence,
        mentions,
        known,
        speaking,
        true,
        genders,
      );
      if (sure(subject)) speaking.push({ actor: subject.actor, paragraph: p.n, at: verb.index });
      else if (typeof subject === 'object' && 'unsure' in subject && subject.unsure[0])
        speaking.push({
          actor: subject.unsure[0],
          paragraph: p.n,
          at: verb.index,
          among: subject.unsure,
        });
    }
  }

  const results: Attribution[] = [];
  let previous: { quote: QuoteSpan; speaker?: string } | undefined;
  for (const quote of quotes) {
    const paragraph = paragraphs.find((p) => p.n === quote.paragraph);
    if (!paragraph) {
      results.push({ candidates: [] });
      continue;
    }
    const text = masked.get(paragraph.n) ?? paragraph.text;
    const sentence = sentenceAround(text, quote.start, quote.end);
    const before = (s: Speaking) =>
      s.paragraph < quote.paragraph || (s.paragraph === quote.paragraph && s.at < quote.start);
    const earlier = speaking.filter(before);
    // The speech verbs of the quote's sentence, nearest first.
    const verbs = [...text.slice(sentence.start, sentence.end).matchAll(SPEECH)]
      .map((m) => Object.assign(m, { index: m.index + sentence.start }))
      .sort((a, b) => distance(a, quote) - distance(b, quote));
    let found: Found;
    for (const verb of verbs) {
      found = subjectOf(
        paragraphs,
        paragraph,
        text,
        verb,
        sentence,
        mentions,
        known,
        earlier,
        false,
        genders,
      );
      if (found) break;
    }
    if (!found && verbs.length > 0) found = sentenceSubject(paragraph, text, sentence, mentions);
    // "“…”, aseguró tras el encuentro", "Advirtió que no tolerará “…”", "“…”, declaró a la
    // AFP": a verb with no subject before it and none found after it continues the last
    // person who fits.
    const nearest = verbs[0];
    if (
      !found &&
      nearest &&
      !/\p{L}/u.test(text.slice(sentence.start, nearest.index).replace(/§/gu, ''))
    )
      found = lastSpeaker(
        earlier,
        'any',
        known,
        mentions.filter((m) => m.paragraph === paragraph.n),
        nearest.index,
        'the last speaker before this quote',
        text,
        genders,
      );
    if (!found && previous?.speaker && continues(previous.quote, quote, paragraphs, masked))
      found = { actor: previous.speaker, why: 'continues the quote before it' };
    // "X explicó que …. «…»": a quote with no speech verb of its own, in the paragraph
    // where X has just spoken, is X's.
    if (!found && verbs.length === 0) {
      const spoke = earlier.filter((s) => s.paragraph === quote.paragraph).pop();
      if (spoke?.among) found = { unsure: spoke.among };
      else if (spoke)
        found = { actor: spoke.actor, why: 'the one who has just spoken in this paragraph' };
    }
    const speaker = sure(found) ? found : undefined;
    // "X y Y se reunieron …. “…”, aseguró": both of them first among the candidates.
    const could = typeof found === 'object' && 'unsure' in found ? found.unsure : [];
    const candidates = speaker
      ? []
      : [
          ...new Set([...could, ...candidatesFor(quote, sentence, mentions, earlier, isPerson)]),
        ].slice(0, 4);
    results.push({
      ...(speaker
        ? { speaker: { id: speaker.actor, why: `${speaker.why} (¶${quote.paragraph})` } }
        : {}),
      candidates,
    });
    previous = { quote, ...(speaker ? { speaker: speaker.actor } : {}) };
  }
  return results;
}

function distance(verb: RegExpMatchArray & { index: number }, quote: QuoteSpan): number {
  const end = verb.index + verb[0].length;
  return end <= quote.start ? quote.start - end : Math.max(0, verb.index - quote.end) + 0.5;
}

/**
 * The subject of the speech verb `verb`: a name just before it (after an apposition:
 * "Okafor, president of the union, told"), just after it when news writing puts it there
 * ("said Galloway", "afirmó el presidente del cabildo, Julián Afonso"), a pronoun, or a
 * role or group noun. 'unsure' when the subject is a noun that stands for nobody named.
 */
function subjectOf(
  paragraphs: readonly Paragraph[],
  paragraph: Paragraph,
  text: string,
  verb: RegExpMatchArray & { index: number },
  sentence: Range,
  mentions: readonly Mention[],
  known: ReadonlyMap<string, KnownActor>,
  earlier: readonly Speaking[],
  mentionsOnly: boolean,
  genders: ReadonlyMap<string, Gender>,
): Found {
  const here = mentions.filter((m) => m.paragraph === paragraph.n);
  const verbEnd = verb.index + verb[0].length;
  const word = verb[0].toLowerCase();
  const preposition = ATTRIBUTING_PREPOSITION.test(word);
  // The person a noun of kin as the subject stands for ("El padre", "Su esposo").
  const kinSpeaker = (kin: string, gender: Gender) =>
    byKin(kin, gender, paragraphs, paragraph, mentions, known, earlier, genders, verb.index);

  // Before the verb: "… X said", "X, the minister, said", "X also told".
  if (!preposition) {
    let left = text
      .slice(sentence.start, verb.index)
      .trimEnd()
      .replace(BETWEEN_SUBJECT_AND_VERB, '')
      .trimEnd();
    const apposition = /,\s*([^,§]{2,90}),$/u.exec(left);
    if (apposition) {
      const innerStart =
        sentence.start +
        left.length -
        apposition[0].length +
        apposition[0].indexOf(apposition[1] ?? '');
      // "…, Dr. Ishara Perera, said": the name after its title.
      const title = TITLE_PREFIX.exec(apposition[1] ?? '')?.[0].length ?? 0;
      const inner = here.find((m) => m.start === innerStart + title);
      const outer = left.slice(0, left.length - apposition[0].length);
      const outerEnd = here.find((m) => m.end === sentence.start + outer.length);
      // "The co-operative's general manager, Aaron MacIsaac, said", "The operator, Pacific
      // Gateway Terminals, said": the name in the apposition, when none stands before it.
      // "El presidente del Sindicato Central de Regantes, Vicente Amorós, ha asegurado":
      // the person, when what stands before names their role.
      const innerPerson = inner && known.get(inner.actor)?.kind === 'person';
      // "Two traders at the market, X and Y, said": the two of them, left to the editor.
      const innerEnd = sentence.start + left.length - 1;
      const innerPair =
        inner && innerPerson
          ? here.find(
              (m) =>
                m.start > inner.end &&
                m.end === innerEnd &&
                known.get(m.actor)?.kind === 'person' &&
                JOINING.test(text.slice(inner.end, m.start)),
            )
          : undefined;
      if (inner && innerPair) return { unsure: [inner.actor, innerPair.actor] };
      // "X, and the council's deputy mayor, Y, said": the two of them too.
      const joinedBefore =
        inner && innerPerson
          ? here.find(
              (m) =>
                m.end <= inner.start &&
                m.start >= sentence.start &&
                m.actor !== inner.actor &&
                known.get(m.actor)?.kind === 'person' &&
                JOINING.test(text.slice(m.end, inner.start)),
            )
          : undefined;
      if (inner && joinedBefore) return { unsure: [joinedBefore.actor, inner.actor] };
      if (
        inner &&
        (!outerEnd ||
          (innerPerson && (isRolePhrase(outer.slice(-90)) || DESCRIBED_POST.test(outer)))) &&
        (innerPerson || /(?:^|[\s§,])(?:the|el|la|los|las|su|its)\s+[^,]{2,60}$/iu.test(outer))
      )
        return { actor: inner.actor, why: 'named as the one who speaks' };
      left = outer;
    }
    const end = sentence.start + left.length;
    const atEnd = here.find((m) => m.end === end);
    // "Rubel Hossain and Jahangir Alam said", "El agricultor X y su hija, Y, dijeron", "X, y
    // el transportista Y dijeron": two people, left to the editor.
    const pairedWith =
      atEnd && known.get(atEnd.actor)?.kind === 'person'
        ? here.find(
            (m) =>
              m.actor !== atEnd.actor &&
              m.end <= atEnd.start &&
              m.start >= sentence.start &&
              known.get(m.actor)?.kind === 'person' &&
              JOINING.test(text.slice(m.end, atEnd.start)),
          )
        : undefined;
    if (atEnd && pairedWith) return { unsure: [pairedWith.actor, atEnd.actor] };
    if (atEnd) return { actor: atEnd.actor, why: 'named as the one who speaks' };
    // "Lozano said" where two people named Lozano were named in full: the last one named.
    const surname = /(?:^|[\s§,])(\p{Lu}[\p{L}'’-]+)$/u.exec(left)?.[1];
    if (surname) {
      const title =
        /(?:^|[\s§,])(Mr|Mrs|Ms|Miss|Sr|Sra|Srta|señor|señora|señorita|don|doña)\.?\s+\S+$/iu.exec(
          left,
        )?.[1];
      const by = bySurname(surname, title, paragraph.n, end, mentions, known, genders);
      if (by) return by;
    }
    // "El padre, de 71 años, recordó", "Her husband told": a noun of kin as the subject.
    const kin = /(?:^|§,?\s*|,\s+)(?:the|el|la|su|his|her|their)\s+(\p{L}+)$/iu
      .exec(left)?.[1]
      ?.toLowerCase();
    const kinGender = kin ? KIN_GENDER[kin] : undefined;
    if (kin && kinGender) {
      const by = kinSpeaker(kin, kinGender);
      return by ?? (mentionsOnly ? undefined : 'unsure');
    }
    // "Dana Ruiz, who said", "Marta Giner, quien ha acusado": the name the clause hangs on.
    // "la empresa X, que atribuyó …", "the operator X, which said": an organisation too.
    const relative = /,\s*(?:who|quien|que|which|la cual|el cual)$/iu.exec(left);
    if (relative) {
      const named = here.find((m) => m.end === sentence.start + relative.index);
      const kind = named ? known.get(named.actor)?.kind : undefined;
      if (
        named &&
        kind !== undefined &&
        kind !== 'country' &&
        (kind === 'person' || !/who|quien/iu.test(relative[0]))
      )
        return { actor: named.actor, why: 'named as the one who speaks' };
    }
    const pronoun = /(?:^|[\s§,])(\p{L}+)$/u.exec(left)?.[1]?.toLowerCase();
    if (pronoun && PRONOUNS[pronoun]) {
      if (mentionsOnly) return undefined;
      return lastSpeaker(
        earlier,
        PRONOUNS[pronoun],
        known,
        here,
        verb.index,
        'the last speaker before the pronoun',
        text,
        genders,
        PRONOUN_GENDER[pronoun],
      );
    }
    const phrase =
      /(?:^|[\s§,])((?:the|a|an|el|la|los|las|su|sus|its|his|her|their)\s+[^,.;:§]{2,80})$/iu.exec(
        left,
      )?.[1];
    // "The company, which is owned by a state group, said": the noun stands for a name
    // before it, never for one in its own relative clause or apposition.
    if (phrase) {
      const end = sentence.start + left.length;
      const spokes = spokespersonOf(
        text.slice(end - phrase.length, end),
        end - phrase.length,
        here,
        known,
      );
      if (spokes) return spokes;
    }
    if (phrase && !mentionsOnly) {
      const by = byNoun(
        phrase,
        paragraphs,
        paragraph,
        mentions,
        known,
        sentence.start + left.length,
      );
      // "“…,” the couple said": a subject that names nobody the text named is nobody's to
      // continue.
      if (by === undefined && DEFINITE_SUBJECT.test(left.replace(/^[§\s,]+/u, '')))
        return (
          introducedAs(
            phrase,
            paragraphs,
            paragraph,
            mentions,
            known,
            sentence.start + left.length,
          ) ?? 'unsure'
        );
      return by;
    }
    if (
      !/[\p{L}]/u.test(left.replace(/§/gu, '')) &&
      !/^\s+\p{L}/u.test(text.slice(verbEnd)) &&
      !mentionsOnly
    ) {
      // "La madre lloraba. “…”, explicó": the person the noun of kin opening the sentence
      // before stands for, or nobody named.
      const kin = kinOpening(text, sentence.start);
      const kinGender = kin ? KIN_GENDER[kin] : undefined;
      if (kin && kinGender) return kinSpeaker(kin, kinGender) ?? 'unsure';
      // "“…”, advirtieron.": a plural verb continues two people who spoke together or a
      // group, never one person.
      if (PLURAL_SPEECH.test(verb[0].replace(/\s+/gu, ' '))) {
        const group = (id: string) =>
          !['person', 'country', undefined].includes(known.get(id)?.kind);
        // "La Asociación … convocó otra protesta. “…”, anunciaron": the group opening the
        // sentence before, in this paragraph.
        const opening = lastSubject(text, here, verb.index, group, known);
        if (opening && group(opening.mention.actor))
          return { actor: opening.mention.actor, why: 'the group the sentence before opens with' };
        const last = earlier[earlier.length - 1];
        if (last?.among && last.paragraph >= paragraph.n - 1) return { unsure: last.among };
        if (last && group(last.actor) && last.paragraph >= paragraph.n - 1)
          return { actor: last.actor, why: 'the group that spoke last, for a verb in the plural' };
        return 'unsure';
      }
      // "“…”, añadió.": a verb with no subject at all is its last speaker's.
      return lastSpeaker(
        earlier,
        'any',
        known,
        here,
        verb.index,
        'the last speaker before this quote',
        text,
        genders,
      );
    }
  }

  // After the verb: "said Galloway, a member of…", "señaló el Gobierno venezolano", "según el cabildo".
  if (!INVERTING.test(word.replace(/\s+/gu, ' '))) return undefined;
  // Only a verb with no subject before it has one after it: not "who said the company had".
  if (!preposition && !invertible(text.slice(sentence.start, verb.index))) return undefined;
  let right = text.slice(verbEnd, sentence.end);
  // "declaró a EFE el presidente…", "dijo a los periodistas la ministra…": whom it was said to.
  const recipient =
    /^\s+a\s+(?:\p{Lu}[\p{L}.]*|(?:la|los|las)\s+\p{L}+|periodistas|medios)(?=\s+(?:el|la|los|las|su|sus|un|una)\s)/u.exec(
      right,
    ) ??
    // "dijo a periodistas Marta Oliva", "dijo a Reuters Andrés Quintero": to whom, then who.
    /^\s+a\s+(?:(?:los\s+)?periodistas|(?:los\s+)?medios|(?:los\s+)?reporteros|la prensa|Reuters|EFE|AFP|(?:la\s+)?AP)(?=\s+\p{Lu})/u.exec(
      right,
    );
  let rightStart = verbEnd + (recipient?.[0].length ?? 0);
  if (recipient) right = right.slice(recipient[0].length);
  // "dijo ese día el administrador …", "said on Tuesday Senator …": when, before who.
  const when = AFTER_VERB_WHEN.exec(right);
  if (when) {
    rightStart += when[0].length;
    right = right.slice(when[0].length);
  }
  // "afirmó en un mensaje leído en la televisión oficial la portavoz …", "said in a
  // statement on Tuesday the ministry's …": where it was said, before who said it.
  const where =
    /^\s+(?:en|in)\s+(?:un|una|a|an)\s+(?:comunicado|mensaje|entrevista|declaraci\p{L}+|rueda de prensa|conferencia de prensa|nota|video|vídeo|statement|interview|message|news conference|post)\b[^,.;:§]{0,60}?(?=\s+(?:el|la|los|las|su|sus|the)\s)/iu.exec(
      right,
    );
  if (where) {
    rightStart += where[0].length;
    right = right.slice(where[0].length);
  }
  // "calificó a Maduro", "acusó a la ministra": the object, not the subject ("said a resident" is English).
  if (/^\s+a\s+(?:\p{Lu}|(?:el|la|los|las|su|sus|un|una)\s)/u.test(right)) return undefined;
  // "according to Northvale spokesperson Dana Ruiz", "said union president Carla Mendes".
  for (let words = 1; words <= 4; words++) {
    const titled = new RegExp(String.raw`^\s*((?:[\p{L}'’-]+\s+){${words}})`, 'u').exec(right);
    if (!titled?.[1] || !isRolePhrase(titled[1])) continue;
    const person = here.find(
      (m) => m.start === rightStart + titled[0].length && known.get(m.actor)?.kind === 'person',
    );
    if (person) return { actor: person.actor, why: 'named as the one who speaks' };
  }
  const lead = /^\s*(?:(?:Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Prof)\.\s+)?/u.exec(right)?.[0] ?? '';
  const first = here.find((m) => m.start === rightStart + lead.length);
  if (first) return { actor: first.actor, why: 'named as the one who speaks' };
  // "said Ms Delacroix", "dijo la señora Goikoetxea": the one of that surname the title fits.
  const titled =
    /^\s*(?:(?:el|la)\s+)?(Mr|Mrs|Ms|Miss|Sr|Sra|Srta|señor|señora|señorita|don|doña)\.?\s+(\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-]|\s+\p{Lu})/u.exec(
      right,
    );
  if (titled?.[2]) {
    const at = rightStart + titled[0].length;
    const named = here.find((m) => m.end === at && known.get(m.actor)?.kind === 'person');
    const by = bySurname(titled[2], titled[1], paragraph.n, at, mentions, known, genders);
    if (by && typeof by === 'object' && 'unsure' in by) return by;
    if (named) return { actor: named.actor, why: 'named as the one who speaks' };
    if (by) return by;
  }
  // "“…”, dijo ella", "said he": the last person who fits.
  const pronounAfter = /^\s+(he|she|él|ella)(?![\p{L}])/iu.exec(right)?.[1]?.toLowerCase();
  if (pronounAfter) {
    if (mentionsOnly) return undefined;
    return lastSpeaker(
      earlier,
      'person',
      known,
      here,
      verb.index,
      'the last speaker before the pronoun',
      text,
      genders,
      PRONOUN_GENDER[pronounAfter],
    );
  }
  const phrase =
    /^\s*((?:the|el|la|los|las|su|sus|a|an|un|una)\s+[^,.;:§]{2,80}?)(?=\s+(?:in|at|on|en|durante|tras|a través|,|$)|[,.;:]|$)/iu.exec(
      right,
    );
  const phraseText = phrase?.[1];
  if (!phraseText) return undefined;
  // "dijo una vecina, Carmen Quispe", "said a resident, Jane Doe": the person named after it;
  // an indefinite noun with no name stands for nobody named before.
  const indefinite = /^(?:a|an|un|una)\s/iu.test(phraseText);
  const phraseStart = rightStart + right.indexOf(phraseText);
  const phraseEnd = phraseStart + phraseText.length;
  const spokes = spokespersonOf(phraseText, phraseStart, here, known);
  if (spokes) return spokes;
  // "afirmó el presidente del cabildo, Julián Afonso": the person in the apposition.
  const after = text.slice(phraseEnd);
  const named = /^,\s*/u.exec(after);
  const person = named
    ? here.find(
        (m) =>
          m.start === phraseEnd + named[0].length &&
          (known.get(m.actor)?.kind === 'person' || isRolePhrase(phraseText)),
      )
    : undefined;
  if (person) return { actor: person.actor, why: 'named as the one who speaks' };
  if (indefinite) return 'unsure';
  const inside = here.find((m) => m.start >= phraseStart && m.end <= phraseEnd);
  // "señaló el Gobierno …", "ha denunciado la plataforma Pacto por …", "said the charity Oxfam".
  if (
    inside &&
    known.get(inside.actor)?.kind !== 'person' &&
    /^\s*(?:[Tt]he|[Ee]l|[Ll]a|[Ll]os|[Ll]as)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?$/u.test(
      text.slice(phraseStart, inside.start),
    )
  )
    return { actor: inside.actor, why: 'named as the one who speaks' };
  if (mentionsOnly) return undefined;
  const by = byNoun(phraseText, paragraphs, paragraph, mentions, known, verb.index);
  // "“…”, agregó la funcionaria.": a subject after the verb that ends the sentence and names
  // nobody the text named is nobody's to continue.
  if (
    by === undefined &&
    DEFINITE_SUBJECT.test(phraseText) &&
    /^\s*(?:[.;]|$)/u.test(text.slice(phraseEnd))
  )
    return introducedAs(phraseText, paragraphs, paragraph, mentions, known, verb.index) ?? 'unsure';
  return by;
}

/** A title before a name in an apposition: "Dr. ", "Mgr ", "Sra. ". */
const TITLE_PREFIX =
  /^(?:Dr|Dra|Mr|Mrs|Ms|Prof|Mgr|Msgr|Mons|Fr|Rev|Revd|Sr|Sra|Srta|Capt|Col|Lt|Sgt|Cllr|Gen|Sen|Rep|Gov)\.?\s+(?=\p{Lu})/u;

/** A definite noun phrase of one to three words: "the couple", "la funcionaria", "el vecino más joven". */
const DEFINITE_SUBJECT =
  /^(?:[Tt]he|[Ee]l|[Ll]a|[Ll]os|[Ll]as)\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}$/u;

/** Words of time right after a speech verb, before its subject: "ese día", "el lunes", "this week". */
const AFTER_VERB_WHEN =
  /^(?:\s+(?:ese(?: mismo)? día|aquel día|ese \p{Ll}+|este \p{Ll}+|esta \p{Ll}+|el pasado \p{Ll}+|el (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)(?: pasado)?|hoy|ayer|anoche|luego|después|más tarde|también|además|la semana pasada|el (?:año|mes) pasado|on \p{Lu}\p{Ll}+|that day|this \p{Ll}+|last \p{Ll}+|later|also|then|today|yesterday)(?=[\s,]))+(?:\s*,(?=\s))?/iu;

/** Nouns for one who speaks for an organisation: "a WFP spokesperson", "un portavoz del ministerio". */
const FOR_AN_ORGANISATION = String.raw`(?:spokes(?:person|man|woman)|official|representative|portavoz|vocero|vocera|representante|funcionari[oa])`;

/**
 * The organisation an unnamed spokesperson speaks for: "a WFP spokesperson", "an official
 * of the World Food Programme", "un portavoz del Servicio de Rentas Internas". The
 * statement is the organisation's, as the text gives no person.
 */
function spokespersonOf(
  phrase: string,
  phraseStart: number,
  here: readonly Mention[],
  known: ReadonlyMap<string, KnownActor>,
): Found {
  const inside = here.filter(
    (m) =>
      m.start >= phraseStart &&
      m.end <= phraseStart + phrase.length &&
      known.get(m.actor)?.kind !== 'person' &&
      known.get(m.actor)?.kind !== 'country',
  );
  if (inside.length !== 1 || !inside[0]) return undefined;
  const m = inside[0];
  const shape = `${phrase.slice(0, m.start - phraseStart)}ORG${phrase.slice(m.end - phraseStart)}`;
  const pattern = new RegExp(
    String.raw`^(?:a|an|un|una)\s+(?:ORG\s+${FOR_AN_ORGANISATION}|${FOR_AN_ORGANISATION}\s+(?:for|of|from|at|de|del|de la)\s+(?:the\s+)?ORG)$`,
    'iu',
  );
  return pattern.test(shape.trim())
    ? { actor: m.actor, why: 'its spokesperson, whom the text does not name' }
    : undefined;
}

/**
 * The person a surname stands for ("Lozano said", "Ms Ruiz added"): the last person of that
 * surname named up to `end` of ¶`paragraph`; with a title and two or more people of that
 * surname, the one the title fits by the gender the text or their given names say, else
 * all of them left to the editor, those it may fit first.
 */
function bySurname(
  surname: string,
  title: string | undefined,
  paragraph: number,
  end: number,
  mentions: readonly Mention[],
  known: ReadonlyMap<string, KnownActor>,
  genders: ReadonlyMap<string, Gender>,
): Found {
  const folded = foldText(surname);
  const same = mentions.filter(
    (m) =>
      (m.paragraph < paragraph || (m.paragraph === paragraph && m.end <= end)) &&
      known.get(m.actor)?.kind === 'person' &&
      foldText(known.get(m.actor)?.name ?? '')
        .split(/\s+/u)
        .pop() === folded,
  );
  const last = same[same.length - 1];
  if (!last) return undefined;
  const people = [...new Set(same.map((m) => m.actor))].reverse();
  if (people.length > 1 && title) {
    const g = titleGender(title);
    const fit = people.filter((id) => !genders.has(id) || genders.get(id) === g);
    if (fit.length === 1 && fit[0])
      return { actor: fit[0], why: 'the one of that surname the title fits' };
    return { unsure: [...fit, ...people.filter((id) => !fit.includes(id))] };
  }
  return { actor: last.actor, why: 'the last person of that surname named' };
}

/**
 * True when a speech verb may take its subject after it, given the sentence's text before
 * it: nothing, a quote, a clause ended by a comma ("“…,” said X", "…, dijo el ministro"), or
 * "según"/"como" after one ("“…”, según explicó la ministra");
 * not a subject of its own ("who said the company had…", "X called Y “…” and said").
 */
function invertible(before: string): boolean {
  const rest = before.replace(/§+/gu, '§').trim();
  // "“…”, según explicó la ministra …", "como dijo el alcalde": the verb after "según"/"como".
  return rest === '' || /[§,:]$/u.test(rest) || /[§,]\s*(?:según|como|tal como)$/iu.test(rest);
}

const ROLES = new Set([...ROLE_NOUNS].map(foldText));
const GROUPS = new Set([...GENERIC_GROUPS].map(foldText));
const NAMED_GROUPS = new Set([...GROUP_NOUNS].map(foldText));
const SORTS = new Map(
  Object.entries(GROUP_SORTS).map(([noun, words]) => [
    foldText(noun),
    new Set(words.map(foldText)),
  ]),
);

/** True when the phrase names a role: "su director general", "the province's chief medical officer". */
function isRolePhrase(phrase: string): boolean {
  return foldText(phrase)
    .split(/[^\p{L}-]+/u)
    .some((w) => ROLES.has(w));
}

/** A subject named by a noun: the organisation or person it stands for, or 'unsure'. */
function byNoun(
  phrase: string,
  paragraphs: readonly Paragraph[],
  paragraph: Paragraph,
  mentions: readonly Mention[],
  known: ReadonlyMap<string, KnownActor>,
  at: number,
): Found {
  const words = foldText(phrase)
    .split(/[^\p{L}-]+/u)
    .filter((w) => w.length > 2 && !/^(?:the|los|las|del|sus|its|his|her|their|of)$/u.test(w));
  const before = mentions.filter(
    (m) => m.paragraph < paragraph.n || (m.paragraph === paragraph.n && m.end <= at),
  );
  // A country is never "the company" or "the department" (nor a place of any kind).
  const group = (m: Mention) => {
    const kind = known.get(m.actor)?.kind;
    return kind !== 'person' && kind !== 'country';
  };
  // "the association" → the last organisation named with "Association" in its name.
  // The nouns that can name the group: role and group nouns, and the phrase's head (last
  // word in English, "the shipping association"; first in Spanish, "la cámara de comercio").
  const heads = words.filter(
    (w, i) =>
      ROLES.has(w) || GROUPS.has(w) || NAMED_GROUPS.has(w) || i === 0 || i === words.length - 1,
  );
  for (const w of heads) {
    // A noun for a group or role may stand anywhere in the name ("the union": "Canadian
    // Union of …"); any other head only where the name has its head: "la central obrera"
    // is no "Banco Central" (first word for first, last for last).
    const anywhere = ROLES.has(w) || GROUPS.has(w) || NAMED_GROUPS.has(w);
    const position = words.indexOf(w) === 0 ? 'first' : 'last';
    const named = [...before].reverse().find((m) => {
      if (!group(m)) return false;
      const parts = foldText(known.get(m.actor)?.name ?? '')
        .split(/[^\p{L}-]+/u)
        .filter((n) => n && !/^(?:de|del|la|las|los|el|of|the|and|y|for|para)$/u.test(n));
      const fits = (n: string) => n === w || (n.startsWith(`${w}`) && w.length >= 5);
      // "el gremio": a name of its sort ("Colegio de …", "Sindicato …"), not of another.
      const sorts = SORTS.get(w);
      if (sorts) return parts.some((n) => sorts.has(n));
      if (anywhere) return parts.some(fits);
      const first = parts[0];
      const last = parts[parts.length - 1];
      if (words.length === 1) return [first, last].some((n) => n !== undefined && fits(n));
      const at = position === 'first' ? first : last;
      return at !== undefined && fits(at);
    });
    if (named)
      return {
        actor: named.actor,
        why: `“${phrase.trim()}”: the ${known.get(named.actor)?.name ?? ''}`,
      };
  }
  // "la guerrilla del Ejército de Liberación Nacional (ELN) … señaló la guerrilla", "the
  // rebel group M23 … the group said": the organisation the text introduced with that noun.
  // "the Clarendon Alumina Partners refinery … the refinery said": the name before the noun too.
  // "la asociación de vecinos Barroso Vivo", "la plataforma vecinal X": with what kind it is.
  for (const w of words) {
    const introduced = new RegExp(
      String.raw`(?<![\p{L}])${w}(?:\s+(?:de|del|of)\s+\p{Ll}{4,}|\s+\p{Ll}{4,})?,?\s+(?:(?:de|del|de la|de los|of|of the)\s+)?(?:(?:the|el|la|los|las)\s+)?$`,
      'iu',
    );
    const followed = new RegExp(String.raw`^\s*${w}(?![\p{L}])`, 'iu');
    const named = [...before].reverse().find((m) => {
      const text = paragraphs.find((p) => p.n === m.paragraph)?.text ?? '';
      return (
        group(m) &&
        (introduced.test(`${foldText(text.slice(Math.max(0, m.start - 40), m.start))} `) ||
          followed.test(foldText(text.slice(m.end, m.end + 40))))
      );
    });
    if (named)
      return {
        actor: named.actor,
        why: `“${phrase.trim()}”: the ${known.get(named.actor)?.name ?? ''}, introduced as such`,
      };
  }
  const head = words.find((w) => ROLES.has(w) || GROUPS.has(w) || NAMED_GROUPS.has(w));
  // A noun phrase that names no role or group ("the lawsuit but") is not the subject.
  if (!head) return undefined;
  if (ROLES.has(head)) {
    // "the minister", "la presidenta": the person introduced with that role.
    // "la mandataria" for the person introduced as "la presidenta", "el vocero" as "el portavoz".
    const person = [head, ...(ROLE_SYNONYMS[head] ?? [])]
      .map((role) => personWithRole(role, paragraphs, paragraph, mentions, known, at))
      .find((id) => id !== undefined);
    return person
      ? { actor: person, why: `“${phrase.trim()}”, as the article introduces them` }
      : 'unsure';
  }
  if (!GROUPS.has(head)) {
    // "Horizon Coastal Health said …. “…,” the authority said": the organisation that has
    // just spoken in this paragraph, when its name says no other sort ("… Association" is
    // never "the union") and the noun stands for nothing else in the paragraph.
    const spoke = mentions.filter((m) => m.paragraph === paragraph.n && m.end <= at).pop();
    const sorts = foldText(spoke ? (known.get(spoke.actor)?.name ?? '') : '')
      .split(/[^\p{L}-]+/u)
      .filter((w) => NAMED_GROUPS.has(w) || GROUPS.has(w));
    const uses = foldText(paragraph.text)
      .split(/[^\p{L}-]+/u)
      .filter((w) => w === head).length;
    if (
      spoke &&
      group(spoke) &&
      sorts.length === 0 &&
      uses === 1 &&
      SPOKE.test(paragraph.text.slice(spoke.end))
    )
      return {
        actor: spoke.actor,
        why: `“${phrase.trim()}”: the ${known.get(spoke.actor)?.name ?? ''}, which has just spoken`,
      };
    // "el cabildo" with no cabildo named: who it is, the text does not say.
    return 'unsure';
  }
  // "the company", "la empresa": never an organisation whose name says another sort ("…
  // Agency", "Ministerio de …", "… Union").
  const business = COMPANY_NOUNS.has(head);
  const fits = (m: Mention) =>
    group(m) &&
    !(
      business &&
      foldText(known.get(m.actor)?.name ?? '')
        .split(/[^\p{L}-]+/u)
        .some((n) => NOT_BUSINESS.has(n))
    );
  const last = [...before].reverse().find(fits);
  // "El sindicato, que agrupa…. “…”, ha advertido la organización": a group named by its
  // noun in this paragraph since the last name is the one meant.
  const since = last?.paragraph === paragraph.n ? last.end : 0;
  const referred = [...paragraph.text.slice(since, at).matchAll(GROUP_REFERENCE)]
    .reverse()
    .map((m) => foldText(m[1] ?? ''))
    .filter((w) => NAMED_GROUPS.has(w))
    .map((w) =>
      [...before].reverse().find(
        (m) =>
          fits(m) &&
          foldText(known.get(m.actor)?.name ?? '')
            .split(/[^\p{L}-]+/u)
            .includes(w),
      ),
    )
    .find((m) => m !== undefined);
  if (referred)
    return {
      actor: referred.actor,
      why: `“${phrase.trim()}”: the ${known.get(referred.actor)?.name ?? ''}, named before it by its noun`,
    };
  return last
    ? { actor: last.actor, why: `“${phrase.trim()}”: the organisation last named` }
    : 'unsure';
}

/**
 * The person a noun of kin stands for: the one the text introduced with it ("su esposo,
 * Ramón Castillo" → "el esposo"), else the one of the last two joint speakers (in this
 * paragraph or the two before) its gender fits ("X y su hija, Y, dijeron …. El padre
 * recordó"); none when neither says.
 */
function byKin(
  kin: string,
  gender: Gender,
  paragraphs: readonly Paragraph[],
  paragraph: Paragraph,
  mentions: readonly Mention[],
  known: ReadonlyMap<string, KnownActor>,
  earlier: readonly Speaking[],
  genders: ReadonlyMap<string, Gender>,
  at: number,
): { actor: string; why: string } | undefined {
  const introduced = personWithRole(kin, paragraphs, paragraph, mentions, known, at);
  if (introduced && genders.get(introduced) !== (gender === 'male' ? 'female' : 'male'))
    return { actor: introduced, why: `“${kin}”, as the article introduces them` };
  const joint = [...earlier].reverse().find((s) => s.among);
  if (!joint?.among || joint.paragraph < paragraph.n - 2) return undefined;
  const fit = joint.among.filter((id) => genders.get(id) === gender);
  return fit.length === 1 && fit[0]
    ? { actor: fit[0], why: `“${kin}”: the one of the two named before it that it fits` }
    : undefined;
}

/** The noun of kin opening the sentence before `start` in `text`: "La madre, que …" → "madre". */
function kinOpening(text: string, start: number): string | undefined {
  const before = text.slice(0, start).trimEnd();
  if (!/[.!?]$/u.test(before)) return undefined;
  const previous = sentenceAround(text, before.length - 1, before.length);
  const kin = /^\s*(?:the|el|la|su|his|her|their)\s+(\p{L}+)(?![\p{L}])/iu
    .exec(text.slice(previous.start, previous.end))?.[1]
    ?.toLowerCase();
  return kin && KIN_GENDER[kin] ? kin : undefined;
}

/**
 * The person the text introduced with a noun of `phrase` ("the farmer" after "X, a farmer
 * in Kitale", "el pescador" after "El pescador Andrés Sáez y el hostelero Pedro Conesa"),
 * the last before `at`, when the phrase's nouns point to one person.
 */
function introducedAs(
  phrase: string,
  paragraphs: readonly Paragraph[],
  paragraph: Paragraph,
  mentions: readonly Mention[],
  known: ReadonlyMap<string, KnownActor>,
  at: number,
): { actor: string; why: string } | undefined {
  const nouns = foldText(phrase)
    .split(/\s+/u)
    .slice(1)
    .filter((w) => w.length > 3);
  const found = new Set(
    nouns
      .map((n) => personWithRole(n, paragraphs, paragraph, mentions, known, at))
      .filter((id): id is string => id !== undefined),
  );
  const [only] = [...found];
  return found.size === 1 && only
    ? { actor: only, why: `“${phrase.trim()}”, as the article introduces them` }
    : undefined;
}

/** Role nouns news writing uses for a role it introduced by another noun. */
const HEADS = ['presidente', 'presidenta', 'president', 'gobernador', 'gobernadora', 'premier'];
const SPOKES = ['portavoz', 'spokesman', 'spokeswoman', 'spokesperson', 'vocero', 'vocera'];
const HEADS_OF_OFFICE = [
  'ministro',
  'ministra',
  'minister',
  'director',
  'directora',
  'secretario',
  'secretaria',
];
const MEMBERS = [
  'senator',
  'senador',
  'senadora',
  'diputado',
  'diputada',
  'congresista',
  'legislador',
  'legisladora',
  'lawmaker',
  'legislator',
  'congressman',
  'congresswoman',
];
const ROLE_SYNONYMS: Record<string, string[]> = {
  mandatario: HEADS,
  mandataria: HEADS,
  vocero: SPOKES,
  vocera: SPOKES,
  portavoz: SPOKES,
  spokesman: SPOKES,
  spokeswoman: SPOKES,
  spokesperson: SPOKES,
  titular: HEADS_OF_OFFICE,
  lawmaker: MEMBERS,
  legislator: MEMBERS,
  legislador: MEMBERS,
  legisladora: MEMBERS,
  congresista: MEMBERS,
  envoy: ['ambassador', 'embajador', 'embajadora'],
}; // prettier-ignore

/** Nouns for a business: "the company" is never an agency, a ministry or a union. */
const COMPANY_NOUNS = new Set(['company', 'firm', 'empresa', 'compania']);
/** Words of a name that say it is no business ("Unión Eléctrica" may be one: "union" is not here). */
const NOT_BUSINESS = new Set(
  [
    'agency', 'agencia', 'ministry', 'ministerio', 'department', 'departamento', 'government',
    'gobierno', 'council', 'consejo', 'court', 'tribunal', 'police', 'policía', 'army',
    'ejército', 'party', 'partido', 'sindicato', 'association', 'asociación', 'federation',
    'federación', 'authority', 'autoridad', 'committee', 'comité', 'institute', 'instituto',
    'commission', 'comisión', 'ayuntamiento', 'cabildo', 'parliament', 'parlamento', 'congress',
    'congreso', 'regulator', 'regulador', 'university', 'universidad',
  ].map(foldText),
); // prettier-ignore

/** A speech verb right after a name: "Horizon Coastal Health said". */
const SPOKE = new RegExp(
  String.raw`^\s+(?:(?:also|later|then|ha|han|también)\s+)?(?:${SPEECH.source})`,
  'iu',
);

/** "the union", "el sindicato": a group named by its noun. */
const GROUP_REFERENCE = /(?:^|[\s,;:§])(?:the|el|la|los|las)\s+(\p{L}[\p{L}-]*)/giu;

/** The person whose name stands next to `role` in the text ("Senator Ruth Galloway", "Inés Garrido, la presidenta"): the last before `at`, else the first after it in the next paragraph. */
function personWithRole(
  role: string,
  paragraphs: readonly Paragraph[],
  paragraph: Paragraph,
  mentions: readonly Mention[],
  known: ReadonlyMap<string, KnownActor>,
  at: number,
): string | undefined {
  const people = mentions.filter((m) => known.get(m.actor)?.kind === 'person');
  // The words next to a name: a title before it, an apposition after it.
  const roleOf = (m: Mention) => {
    const source = paragraphs.find((p) => p.n === m.paragraph)?.text ?? '';
    // Back to the name before it at most: "El ministro …, Óscar Domínguez, y la diputada
    // Marcela Villatoro" gives the minister's role to him alone.
    const previous = mentions
      .filter((o) => o.paragraph === m.paragraph && o.end <= m.start)
      .reduce((end, o) => Math.max(end, o.end), 0);
    const before =
      source
        .slice(Math.max(0, previous, m.start - 60), m.start)
        .split(/[.;:“”"«»]/u)
        .pop() ?? '';
    const after = /^,[^.;:“”"«»]{0,80}/u.exec(source.slice(m.end))?.[0] ?? '';
    return foldText(`${before} ${after}`).split(/[^\p{L}-]+/u);
  };
  const withRole = people.filter((m) => roleOf(m).includes(role));
  const before = withRole.filter(
    (m) => m.paragraph < paragraph.n || (m.paragraph === paragraph.n && m.start < at),
  );
  const last = before[before.length - 1];
  if (last) return last.actor;
  return withRole.find((m) => m.paragraph <= paragraph.n + 1)?.actor;
}

/** The subject opening the sentence ("El Gobierno venezolano rechazó … y las calificó de “…”"): a name preceded only by capitalised words. */
function sentenceSubject(
  paragraph: Paragraph,
  text: string,
  sentence: Range,
  mentions: readonly Mention[],
): Found {
  const first = mentions.find(
    (m) => m.paragraph === paragraph.n && m.start >= sentence.start && m.end <= sentence.end,
  );
  if (!first) return undefined;
  const lead = text.slice(sentence.start, first.start);
  if (!/^(?:(?:\p{Lu}[\p{L}.'’-]*|el|la|los|las|the|de|del|of)\s+)*$/u.test(lead)) return undefined;
  return { actor: first.actor, why: 'the subject of the sentence' };
}

/**
 * Who a pronoun or a Spanish verb without a subject continues: the last speaker of `kind`
 * before the quote, or the subject of a later sentence of the paragraph when one came
 * since ("Okello, 41, walked out …. “…,” he told them"; "Féliz se reunió con …. “…”,
 * aseguró"); 'unsure' when that subject is two people ("El alcalde …, Marcos Ek, y el jefe
 * …, Tomás Chi, recorrieron …"). For "it", the organisation last named when none spoke yet.
 */
function lastSpeaker(
  earlier: readonly Speaking[],
  kind: 'person' | 'group' | 'any',
  known: ReadonlyMap<string, KnownActor>,
  here: readonly Mention[],
  at: number,
  why: string,
  text: string,
  genders: ReadonlyMap<string, Gender>,
  gender?: Gender,
): Found {
  // "she said": never a person the text or their given name says is a man, nor the reverse.
  const matches = (id: string) => {
    const k = known.get(id)?.kind;
    if (k === 'country') return false;
    if (gender && k === 'person' && genders.has(id) && genders.get(id) !== gender) return false;
    return kind === 'any' || (kind === 'person' ? k === 'person' : k !== 'person');
  };
  const fits = (s: Speaking) => (s.among ? s.among.some(matches) : matches(s.actor));
  const last = [...earlier].reverse().find(fits);
  const lastGroupHere = [...here].reverse().find((m) => m.end <= at && matches(m.actor));
  if (kind === 'group' && lastGroupHere && (!last || last.paragraph < lastGroupHere.paragraph))
    return { actor: lastGroupHere.actor, why: 'the organisation the pronoun stands for' };
  const subject = kind === 'group' ? undefined : lastSubject(text, here, at, matches, known);
  const paragraph = here[0]?.paragraph;
  if (subject && (!last || last.paragraph !== paragraph || last.at < subject.mention.start)) {
    if (subject.pair) {
      const both = [subject.pair, subject.mention.actor].filter(matches);
      if (both.length === 1 && both[0])
        return { actor: both[0], why: 'the one of the sentence before the pronoun fits' };
      return { unsure: [subject.pair, subject.mention.actor] };
    }
    return { actor: subject.mention.actor, why: 'the subject of the sentence before' };
  }
  // "Two survivors, fish vendor X and Y, …, were treated …. “…,” he said": people who fit
  // are named in this paragraph, and the last speaker, from an earlier one, is not: the
  // pronoun may be any of them.
  const others =
    kind !== 'group' && last && !last.among && last.paragraph !== paragraph
      ? [
          ...new Set(
            here
              .filter(
                (m) => m.end <= at && matches(m.actor) && known.get(m.actor)?.kind === 'person',
              )
              .map((m) => m.actor),
          ),
        ]
      : [];
  if (last && others.length > 0 && !others.includes(last.actor))
    return { unsure: [...others, last.actor] };
  // "La jubilada … junto a su marido, X. “…”, añadió él": no one who spoke fits the
  // pronoun, and one person named in its paragraph is known to.
  if (!last && gender) {
    const fit = [
      ...new Set(
        here
          .filter(
            (m) =>
              m.end <= at &&
              known.get(m.actor)?.kind === 'person' &&
              genders.get(m.actor) === gender,
          )
          .map((m) => m.actor),
      ),
    ];
    if (fit.length === 1 && fit[0])
      return { actor: fit[0], why: 'the one person named before the pronoun it fits' };
  }
  if (last?.among) {
    // The last who spoke was left between two people ("Mr Alphonse"): so is this.
    const among = last.among.filter(matches);
    if (among.length === 1 && among[0]) return { actor: among[0], why };
    return { unsure: among };
  }
  return last ? { actor: last.actor, why } : 'unsure';
}

/** What may stand before a sentence's subject: articles, capitalised words, a possessive, a role and its apposition comma. */
const SUBJECT_LEAD = /^(?:(?:\p{Lu}[\p{L}.'’-]*|el|la|los|las|the|de|del|of)\s+)*$/u;

/** The subject of the last sentence before `at` that opens with a name, and a second person sharing it. */
function lastSubject(
  text: string,
  here: readonly Mention[],
  at: number,
  matches: (id: string) => boolean,
  known: ReadonlyMap<string, KnownActor>,
): { mention: Mention; pair?: string } | undefined {
  const before = here.filter((m) => m.end <= at);
  for (const m of [...before].reverse()) {
    const sentence = sentenceAround(text, m.start, m.end);
    // "En el puerto de Agadir, el armador X …": a place opening the sentence says nothing of who.
    const lead = text
      .slice(sentence.start, m.start)
      .replace(/^\s*(?:En|In|At|Desde|From)\s+(?:el|la|los|las|the)\s[^,§]{2,50},\s*/u, '');
    if (
      !SUBJECT_LEAD.test(lead) &&
      !DESCRIBED_LEAD.test(lead) &&
      !(isRolePhrase(lead) && /,\s*$/u.test(lead))
    )
      continue;
    if (/[§]/u.test(lead)) continue;
    // "Féliz se reunió con el jefe del Ejército, Manuel Reyes": the object, not the subject.
    // "El diputado del BNG Domingo Iglesias": the party right before the name is no object.
    if (
      before.some(
        (o) =>
          o.start >= sentence.start &&
          o.end <= m.start &&
          !(known.get(o.actor)?.kind !== 'person' && /^\s+$/u.test(text.slice(o.end, m.start))),
      )
    )
      continue;
    const person = (o: Mention) => known.get(o.actor)?.kind === 'person';
    const pair = before.find(
      (o) =>
        o.actor !== m.actor &&
        person(o) &&
        person(m) &&
        o.start >= sentence.start &&
        o.end <= sentence.end &&
        COORDINATED.test(
          o.start < m.start ? text.slice(o.end, m.start) : text.slice(m.end, o.start),
        ),
    );
    // "El armador X y su mujer, Y, …. “…”, contó ella": the one of the pair the pronoun fits.
    if (!matches(m.actor) && !(pair && matches(pair.actor))) return undefined;
    return { mention: m, ...(pair ? { pair: pair.actor } : {}) };
  }
  return undefined;
}

/** A post described by a noun and its organisation, opening the sentence: "El administrador de la ACP", "The head of the agency". */
const DESCRIBED_POST =
  /^\s*(?:[Tt]he|[Ee]l|[Ll]a|[Ss]u|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?\s+(?:of|de|del|at)\s[^,§]{2,80}$/u;

/** A person described before their name: "El productor Santos Aguilar", "the farmer Rubén Giménez", "Los macheteros X y Y", "El diputado del BNG X", "Su esposo, X". */
const DESCRIBED_LEAD =
  /^(?:el|la|los|las|the|su|sus|his|her|their)\s+\p{Ll}+(?:\s+\p{Ll}+)?(?:\s+(?:del|de la|de los|de|of the|of)\s+\p{Lu}[\p{L}.-]*)?,?\s+$/iu;

/**
 * What joins two people named as one subject, with nothing but lower-case words between
 * (and the first one's apposition): " and ", " y su hija, ", ", y el transportista ", ", a
 * resident, and the council's deputy mayor, ", ", y el concejal de Montalegre ".
 */
const JOINING =
  /^(?:,\s+[^,.;:§]{1,40})?,?\s+(?:and|y|e)\s+(?:\p{Ll}[\p{Ll}\s'’-]{0,50}?(?:\s+(?:de|del|of)\s+\p{Lu}[\p{L}-]+)?,?\s+)?$/u;

/** What joins two people into one subject: " and ", ", y el jefe de Protección Civil, ". */
const COORDINATED = /^(?:,\s*)?\s*(?:y|and|e)\s[^.;:§]{0,60}$/u;

/** True when `quote` carries on `before` with no attribution of its own: the next sentence, or a paragraph that opens with it. */
function continues(
  before: QuoteSpan,
  quote: QuoteSpan,
  paragraphs: readonly Paragraph[],
  masked: ReadonlyMap<number, string>,
): boolean {
  if (before.paragraph === quote.paragraph) return true;
  if (before.paragraph !== quote.paragraph - 1) return false;
  const text = masked.get(quote.paragraph) ?? '';
  void paragraphs;
  return text.slice(0, quote.start).trim() === '';
}

/** The people and organisations a quote might be from: the sentence's, then the last speakers. */
function candidatesFor(
  quote: QuoteSpan,
  sentence: Range,
  mentions: readonly Mention[],
  earlier: readonly Speaking[],
  isPerson: (id: string) => boolean,
): string[] {
  const inSentence = mentions
    .filter(
      (m) => m.paragraph === quote.paragraph && m.start >= sentence.start && m.end <= sentence.end,
    )
    .map((m) => m.actor);
  const recent = [...earlier].reverse().map((s) => s.actor);
  const all = [...new Set([...inSentence, ...recent])];
  return [...all.filter(isPerson), ...all.filter((id) => !isPerson(id))].slice(0, 4);
}
