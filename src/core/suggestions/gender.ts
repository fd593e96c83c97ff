// The gender the text gives a person, for telling apart the people a title or a pronoun
// may stand for ("Mr Alphonse" when June and Peter Alphonse were both named; "she said"
// after a man spoke). From the text's own cues first: a title before a mention that can
// only be theirs ("Ms Ruiz", "la señora Quispe", "Sra. Ruiz"), or a Spanish article and
// noun right before their full name ("la agricultora Rosa Pérez"). Else from their given
// name in the lists of gender-detection-from-name (English, Spanish, French, Italian,
// German and Turkish given names; see `givenNameGender`). Unknown when nothing says, or when cues disagree; a
// name the lists give one gender for can still be anyone's, so callers use it only to
// choose among people the text has already made candidates, never to name a speaker alone.
// The package's lists are read directly (its `getGender` answers from the English list
// whenever the asked one lacks a name, so it cannot say which lists know it).
import de from 'gender-detection-from-name/names/de.js';
import en from 'gender-detection-from-name/names/en.js';
import es from 'gender-detection-from-name/names/es.js';
import fr from 'gender-detection-from-name/names/fr.js';
import it from 'gender-detection-from-name/names/it.js';
import type { Mention } from '../actors/actors.ts';
import type { Paragraph } from '../text/paragraphs.ts';
import { foldText } from '../text/normalize.ts';

export type Gender = 'female' | 'male';

const TITLES: Record<string, Gender> = {
  mr: 'male',
  mrs: 'female',
  ms: 'female',
  miss: 'female',
  sr: 'male',
  sra: 'female',
  srta: 'female',
  senor: 'male',
  senora: 'female',
  senorita: 'female',
  don: 'male',
  dona: 'female',
};

/** The title just before a name, as written: "Mr", "Sra.", "señora", "doña". */
export const TITLE_BEFORE =
  /(?:^|[\s§,(])(Mr|Mrs|Ms|Miss|Sr|Sra|Srta|señor|señora|señorita|don|doña)\.?\s+$/iu;

/** The gender a title ("Ms", "Sr.", "doña") says, if it is one. */
export function titleGender(title: string): Gender | undefined {
  return TITLES[foldText(title).replace(/\.$/u, '')];
}

/** The gender a personal pronoun says: he/él, she/ella. */
export const PRONOUN_GENDER: Readonly<Record<string, Gender>> = {
  he: 'male',
  él: 'male',
  she: 'female',
  ella: 'female',
};

/**
 * Nouns of kin and of a person's sex and their gender: "su hija, X", "her husband, X", "El
 * padre" (the father of one just named). Hand-written: no package installed here lists them.
 */
export const KIN_GENDER: Readonly<Record<string, Gender>> = {
  padre: 'male', madre: 'female', hijo: 'male', hija: 'female', hermano: 'male',
  hermana: 'female', esposo: 'male', esposa: 'female', marido: 'male', mujer: 'female',
  hombre: 'male', abuelo: 'male', abuela: 'female', tío: 'male', tía: 'female',
  viudo: 'male', viuda: 'female', father: 'male', mother: 'female', son: 'male',
  daughter: 'female', brother: 'male', sister: 'female', husband: 'male', wife: 'female',
  man: 'male', woman: 'female', grandfather: 'male', grandmother: 'female', uncle: 'male',
  aunt: 'female', widow: 'female', widower: 'male',
}; // prettier-ignore

/** A noun of kin right before a name, after a possessive or article: "su hija, ", "her husband ". */
const KIN_BEFORE = new RegExp(
  String.raw`(?:^|[\s,(])(?:su|sus|his|her|their|el|la|the)\s+(${Object.keys(KIN_GENDER).join('|')}),?\s+$`,
  'iu',
);

/** "la agricultora ", "una vecina ", "el productor ": a Spanish article and noun right before a name. */
const SPANISH_NOUN_BEFORE = /(?:^|[\s,(])(la|una|el|un)\s+\p{Ll}{3,}\s+$/u;

/**
 * Words the lists hold as given names that head places and firms far more often in news
 * copy: "San Ignacio", "Santa Cruz", "Rio Tinto", "Sierra Club", "Lake Chad", "General
 * Motors", "Costa Cruises".
 */
const NOT_GIVEN = new Set(
  'san santa santo sant saint st rio costa sierra monte mar isla bahia valle lake fort general don cruz mount port puerto villa paso punta playa cerro sol luz paz ocean lima florida georgia carolina virginia mercedes trinidad asuncion concepcion libertad esperanza providencia estrella aurora gloria'.split(
    ' ',
  ),
);

/** The lists a given name is in, as written, then without accents ("María" is listed as "maria"). */
function listed(given: string): { lists: number; genders: Set<Gender>; spanish?: Gender } {
  const folded = foldText(given);
  for (const form of [given.toLowerCase(), folded]) {
    const answers = [en, it, de, es, fr].map((list) => list.get(form));
    const lists = answers.filter(Boolean).length;
    if (lists === 0) continue;
    const genders = new Set(answers.slice(0, 3).filter((g): g is Gender => !!g));
    const spanish = answers[3];
    return { lists, genders, ...(spanish ? { spanish } : {}) };
  }
  return { lists: 0, genders: new Set() };
}

/**
 * A given name's gender in the package's lists; none when the English, Italian and German
 * lists disagree ("Andrea", "Marion", "Jean" are given to both). The Spanish list is asked
 * only when none of those has the name, and the French one never: both hold names under
 * the two genders with the last one kept, so that "Juan", "Paul" and "Martin" come out
 * female there.
 */
export function givenNameGender(given: string): Gender | undefined {
  if (given.length < 3 || NOT_GIVEN.has(foldText(given))) return undefined;
  const { genders, spanish } = listed(given);
  if (genders.size === 1) return [...genders][0];
  return genders.size === 0 ? spanish : undefined;
}

/**
 * True when `given` is a common given name: in the Spanish list (the 10,000 most frequent
 * in Spain) or in two of the lists at least. The English list alone holds every name ever
 * given in the US, "Horizon" and "Delta" among them, which head firms' names.
 */
export function isCommonGivenName(given: string): boolean {
  if (given.length < 3 || NOT_GIVEN.has(foldText(given))) return false;
  const { lists, spanish } = listed(given);
  return lists >= 2 || spanish !== undefined;
}

/**
 * The gender of each person in `people` (id → full name) that the text or their given name
 * says. A title before a one-word mention counts only when no other person of `people` has
 * that surname: "Mr Alphonse" says nothing of June and Peter Alphonse.
 */
export function gendersOf(
  paragraphs: readonly Paragraph[],
  mentions: readonly Mention[],
  people: ReadonlyMap<string, string>,
): Map<string, Gender> {
  const surnameOwners = new Map<string, number>();
  for (const name of people.values()) {
    const surname = foldText(name).split(/\s+/u).pop() ?? '';
    surnameOwners.set(surname, (surnameOwners.get(surname) ?? 0) + 1);
  }
  const fromText = new Map<string, Set<Gender>>();
  const say = (id: string, g: Gender) => {
    const set = fromText.get(id) ?? new Set<Gender>();
    set.add(g);
    fromText.set(id, set);
  };
  const text = new Map(paragraphs.map((p) => [p.n, p.text]));
  for (const m of mentions) {
    const name = people.get(m.actor);
    if (name === undefined) continue;
    const words = m.text.trim().split(/\s+/u);
    const shared = (surnameOwners.get(foldText(words[words.length - 1] ?? '')) ?? 0) > 1;
    const lead = (text.get(m.paragraph) ?? '').slice(Math.max(0, m.start - 40), m.start);
    // The title inside the mention ("Mr Saab") or just before it.
    const inner = /^(\p{L}+)\.?\s/u.exec(m.text)?.[1];
    const title = (inner && titleGender(inner)) || titleGender(TITLE_BEFORE.exec(lead)?.[1] ?? '');
    const names = words.filter((w) => !titleGender(w)).length;
    if (title && (names > 1 || !shared)) say(m.actor, title);
    const kin = KIN_BEFORE.exec(lead)?.[1]?.toLowerCase();
    if (kin && KIN_GENDER[kin] && names > 1) say(m.actor, KIN_GENDER[kin]);
    const article = SPANISH_NOUN_BEFORE.exec(lead)?.[1];
    if (article && names > 1)
      say(m.actor, article === 'la' || article === 'una' ? 'female' : 'male');
  }
  const genders = new Map<string, Gender>();
  for (const [id, name] of people) {
    const said = fromText.get(id);
    if (said) {
      if (said.size === 1) genders.set(id, [...said][0] as Gender);
      continue;
    }
    const words = name.trim().split(/\s+/u);
    const given = words.length > 1 ? words[0] : undefined;
    const g = given ? givenNameGender(given) : undefined;
    if (g) genders.set(id, g);
  }
  return genders;
}
