// Claim proposals for an editor: an actor's assertion (a direct quote, or reported
// speech: "officials repeated that …") that another passage of any of the briefing's
// sources runs against. Two signs of a passage running against it, both plain wording
// cues, English and Spanish: a contrast word joining the two in one sentence ("…
// sanctions …, although the government defended that the group “no longer exists”"), or
// a passage on the same subject (an actor named in both, or the group a "the group"
// points back to) that speaks of it as active when the claim says it is gone, or
// disputes it. Main function: `proposeClaims(sources, registry)`.
import type { Actor, Mention } from '../actors/actors.ts';
import type { Range } from '../anchoring/anchoring.ts';
import { foldText } from '../text/normalize.ts';
import type { Paragraph } from '../text/paragraphs.ts';
import { sentenceRanges } from './sentences.ts';

/** One source as the proposals read it: '' is source.md. */
export interface ClaimSource {
  id: string;
  paragraphs: readonly Paragraph[];
  /** Registry (and draft) actors named in it. */
  mentions: readonly Mention[];
  /** Its direct quotes, with the speaker suggest guessed. */
  quotes: readonly { paragraph: number; start: number; end: number; speaker?: string }[];
}

/** A passage of a source: ¶ and offsets into its text. */
export interface Passage {
  source: string;
  paragraph: number;
  start: number;
  end: number;
  words: string;
}

export interface EvidenceProposal extends Passage {
  /** Why it runs against the claim, for the editor. */
  why: string;
}

export interface ClaimProposal extends Passage {
  /** The speaker's actor id when suggest guessed one. */
  by?: string;
  /** 'quote' (in quotation marks) or 'reported' ("repeated that …"). */
  form: 'quote' | 'reported';
  /** Passages that may contradict it, best first (one or two). */
  evidence: EvidenceProposal[];
}

/** Words that say something has ended or is gone. */
const ENDED =
  /(?<!\p{L})(?:no longer|not any more|anymore|defeated|disappeared|eliminated|eradicated|dismantled|wiped out|ya no|no existe|no opera|derrotad\p{L}*|desaparecid\p{L}*|eliminad\p{L}*|erradicad\p{L}*|desarticulad\p{L}*|desmantelad\p{L}*)(?!\p{L})/u;
/** Words that speak of someone as active. */
const ACTIVE =
  /(?<!\p{L})(?:sanction\p{L}*|designat\p{L}*|classif\p{L}*|accus\p{L}*|operat(?:es|ing|ions?)|attack\p{L}*|active|activit\p{L}*|still|continu\p{L}*|remains?|arrest\p{L}*|charged|sancion\p{L}*|designad\p{L}*|clasific\p{L}*|acus\p{L}*|opera|operan|operando|atac\p{L}*|activ[oa]s?|actividad\p{L}*|sigue|siguen|continua\p{L}*|todavia|detenid\p{L}*)(?!\p{L})/u;
/** Words that dispute what was said. */
const DISPUTES =
  /(?<!\p{L})(?:disput\p{L}*|denied|denies|deny|reject\p{L}*|contradict\p{L}*|refut\p{L}*|dismiss\p{L}*|criticiz\p{L}*|criticis\p{L}*|false|untrue|desminti\p{L}*|desmient\p{L}*|nego|niega\p{L}*|rechaz\p{L}*|critic\p{L}*|cuestion\p{L}*|contradic\p{L}*|falso|falsa)(?!\p{L})/u;
/** A word joining two opposed parts of one sentence. */
const CONTRAST =
  /(?<!\p{L})(?:although|though|but|however|yet|whereas|while|despite|aunque|pero|sin embargo|no obstante|pese a|a pesar de|mientras que)(?!\p{L})/giu;
/** Someone rejecting what was just said: "rejected the remarks". */
const REJECTS =
  /(?<!\p{L})(?:rejected|denied|dismissed|disputed|refuted|rechazo|nego|desmintio)\s+(?:the |that |this |those |these |his |her |their |la |esa |esta |el |ese |este |las |los |esas |esos |estas |estos |sus )?(?:remarks|claims?|accusations?|allegations?|statements?|comments|charges|account|version|declaraciones|acusaciones|afirmaciones|palabras|criticas|version|relato)(?!\p{L})/u;
/** A sentence that goes on with the same speaker's own account: "She said …", "Aseguró que …". */
const GOES_ON =
  /^(?:(?:he|she|they|it|el|ella|ellos|ellas)\s+)?(?:said|says|added|insisted|argued|explained|noted|dijo|aseguro|afirmo|explico|sostuvo|insistio|anadio|senalo|indico)\s/u;
/** "… repeated that …": reported speech, the claim after "that". */
const REPORTED =
  /(?<!\p{L})(?:said|says|repeated(?:ly)?|insisted|claimed|maintained|defended|argued|asserted|stated|boasted|dijo|afirmó|aseguró|insistió|sostuvo|defendió|declaró|repitió|mantuvo)(?:\s+(?:again|repeatedly|once more))?\s+(?:that|que)\s+/giu;
/** A passage that opens by saying whose account it is: "Según Carmona, …", "According to the union, …". */
const ACCOUNT = /^(?:segun|according to)\s+[^,]{2,60},/u;
/** A speech verb: the passage gives someone's words. */
const SPEAKS =
  /(?<!\p{L})(?:said|says|told|insisted|argued|maintained|replied|responded|dijo|aseguro|afirmo|sostuvo|respondio|replico|insistio|declaro|senalo|indico|explico|defendio)(?!\p{L})/u;
/** ", según la cámara.", ", according to the union.": a sentence that ends by saying whose account it is. */
const ACCOUNT_AFTER = /,\s+(?:según|segun|according to)\s+[^,.;]{2,60}[.!?]?$/iu;
/** Words of an account that sets itself against what was claimed: done without, or for another cause. */
const OPPOSING =
  /(?<!\p{L})(?:sin consultar|sin avisar|sin permiso|sin autorizacion|without consulting|without notice|without permission|se debe a|se debio a|is due to|was due to|because of|caused by|es culpa de|blamed)(?!\p{L})/u;

/** Words by which a sentence answers the one before: "Renfe, por su parte, ha defendido …", "The company, for its part, said …". */
const TURNS =
  /(?<!\p{L})(?:por su parte|por el contrario|en cambio|for (?:its|his|her|their) part|in contrast|by contrast|on the other hand)(?!\p{L})/u;

/** True when `words` (folded) hold the claim's speaker's name, as its sentence prints it. */
function claimSpeakerIn(claim: Assertion, words: string): boolean {
  return claim.speakerWords.some((w) => words.includes(w));
}

/** The cues of `OPPOSING` that give another cause. */
const CAUSAL =
  /^(?:se debe a|se debio a|is due to|was due to|because of|caused by|es culpa de|blamed)$/u;
/** Words by which a claim names a cause or blame: "una especulación que nadie controla", "greed". */
const NAMES_CAUSE =
  /(?<!\p{L})(?:especula\p{L}*|speculat\p{L}*|culpa\p{L}*|blam\p{L}*|responsib\p{L}*|responsab\p{L}*|because|porque|debido|due to|caus\p{L}*|provoc\p{L}*|greed\p{L}*|codicia|abus\p{L}*|negligen\p{L}*|mala gestion|mismanag\p{L}*|gouging|profiteer\p{L}*)(?!\p{L})/u;

/** Reported speech that judges what it is about: "dijo … que la reforma es inconstitucional", "said the law was illegal". */
const VERDICT =
  /(?<!\p{L})(?:said|says|told|argued|insisted|dijo|afirmo|aseguro|sostuvo|declaro|considera|considero|insistio)(?!\p{L})[^.;:]{0,80}?(?<!\p{L})(?:that|que)\s[^.;:]{0,80}?(?<!\p{L})(?:is|was|are|were|es|era|son|eran|fue|sería|seria)\s+(?:(?:un|una|a|an)\s+)?(unconstitutional|unlawful|illegal|illegitimate|inconstitucional\p{L}*|ilegal\p{L}*|ilegitim\p{L}*|false|falso|falsa|a lie|una mentira|fraud|un fraude|void|nula|nulo)(?!\p{L})/u;

/** Five-letter beginnings of a passage's longer words, for a loose tie on what it is about. */
function prefixes(text: string): Set<string> {
  return new Set(
    (foldText(text).match(/\p{L}{6,}/gu) ?? [])
      .filter((w) => !COMMON.has(w))
      .map((w) => w.slice(0, 5)),
  );
}

/** A group named by what it is rather than its name: it points back to one named before. */
const POINTS_BACK =
  /(?<!\p{L})(?:the group|the gang|the organi[sz]ation|el grupo|la banda|la organizacion)(?!\p{L})/u;

/** Kinds of actor a "the group" can point back to. */
const GROUP_KINDS = new Set(['criminal-group', 'organization']);

/** Proposals, in source order (source.md first): each with at least one piece of evidence. */
export function proposeClaims(
  sources: readonly ClaimSource[],
  registry: ReadonlyMap<string, Pick<Actor, 'kind'>>,
): ClaimProposal[] {
  const units = sources.flatMap((s) => passageUnits(s, registry));
  const proposals: ClaimProposal[] = [];
  for (const source of sources) {
    for (const claim of assertions(source)) {
      const subject = subjectOf(source, claim, registry);
      const ended = ENDED.test(foldText(claim.words));
      const evidence: (EvidenceProposal & { score: number })[] = [];
      for (const unit of units) {
        if (overlaps(unit, claim)) continue;
        const against = runsAgainst(claim, subject, ended, unit);
        if (!against) continue;
        if (evidence.some((e) => overlaps(e, unit))) continue;
        // "Mejía rejected that account. She said the ministry had started …": the rejection
        // and the account that follows it, as one passage.
        const next = units.find(
          (u) =>
            u.source === unit.source &&
            u.paragraph === unit.paragraph &&
            u.sentence.start >= unit.end &&
            u.sentence.start === u.start,
        );
        const paragraph = source.paragraphs.find((p) => p.n === unit.paragraph);
        const goesOn =
          against.why.startsWith('answers it') &&
          next !== undefined &&
          GOES_ON.test(next.folded) &&
          unit.source === source.id &&
          paragraph !== undefined;
        const passage = trimmed(unit);
        evidence.push(
          goesOn
            ? {
                ...passage,
                end: next.end,
                words: paragraph.text.slice(passage.start, next.end),
                why: `${against.why}, then its own account`,
                score: against.score,
              }
            : { ...passage, why: against.why, score: against.score },
        );
      }
      evidence.sort((a, b) => b.score - a.score);
      if (evidence.length === 0) continue;
      const { named: _named, sentence: _sentence, ...passage } = claim;
      proposals.push({
        ...passage,
        evidence: evidence.slice(0, 2).map(({ score: _score, ...e }) => e),
      });
    }
  }
  return proposals;
}

interface Assertion extends Passage {
  by?: string;
  form: 'quote' | 'reported';
  /** The sentence it is in, for a contrast word joining it to another part. */
  sentence: Range;
  /** True when its speaker is named between `at` and the claim (after a contrast word). */
  named: (at: number) => boolean;
  /** What its story is about: the words of its paragraph and of the source's first. */
  context: Set<string>;
  /** The words of its paragraph. */
  around: Set<string>;
  /** Its sentence, folded. */
  said: string;
  /** The folded words (five letters or more) of its speaker's names in the source. */
  speakerWords: string[];
  /** True for an account its sentence ends by giving to someone ("…, según la cámara"): only an answer right after it is read against it. */
  account?: boolean;
}

/** A source's quotes of two words or more, and its reported speech that no quote covers. */
function assertions(source: ClaimSource): Assertion[] {
  const found: Assertion[] = [];
  const lede = prefixes(source.paragraphs[0]?.text ?? '');
  const speakerWords = (by: string | undefined) => [
    ...new Set(
      source.mentions
        .filter((m) => m.actor === by)
        .flatMap((m) => foldText(m.text).match(/\p{L}{5,}/gu) ?? []),
    ),
  ];
  for (const p of source.paragraphs) {
    const around = prefixes(p.text);
    const context = new Set([...lede, ...around]);
    const sentences = sentenceRanges(p.text);
    const sentenceOf = (at: number) =>
      sentences.find((s) => s.start <= at && at < s.end) ?? { start: 0, end: p.text.length };
    const quotes = source.quotes.filter((q) => q.paragraph === p.n);
    const namer =
      (by: string | undefined, end: number) =>
      (at: number): boolean =>
        by !== undefined &&
        source.mentions.some(
          (m) => m.paragraph === p.n && m.actor === by && m.start >= at && m.end <= end,
        );
    // Reported speech from `start` to `end` in `sentence`, given to `by` or to no one named.
    const reported = (
      start: number,
      end: number,
      sentence: Range,
      by: string | undefined,
      words: string[],
    ): Assertion => ({
      source: source.id,
      paragraph: p.n,
      start,
      end,
      words: p.text.slice(start, end),
      form: 'reported',
      sentence,
      named: namer(by, start),
      context,
      around,
      said: foldText(p.text.slice(sentence.start, sentence.end)),
      speakerWords: words,
      ...(by ? { by } : {}),
    });
    for (const q of quotes) {
      const words = p.text.slice(q.start, q.end);
      if (words.split(/\s+/u).filter(Boolean).length < 2) continue;
      found.push({
        source: source.id,
        paragraph: p.n,
        start: q.start,
        end: q.end,
        words,
        form: 'quote',
        sentence: sentenceOf(q.start),
        named: namer(q.speaker, q.start),
        context,
        around,
        said: foldText(p.text.slice(sentenceOf(q.start).start, sentenceOf(q.start).end)),
        speakerWords: speakerWords(q.speaker),
        ...(q.speaker ? { by: q.speaker } : {}),
      });
    }
    for (const m of p.text.matchAll(REPORTED)) {
      const start = m.index + m[0].length;
      const sentence = sentenceOf(m.index);
      const rest = p.text.slice(start, sentence.end);
      const stop = /[,;:]\s|[.!?…]["”’»]*$|\s[–—]\s/u.exec(rest);
      let end = start + (stop ? stop.index : rest.length);
      while (end > start && /[\s.,;:]/u.test(p.text[end - 1] ?? '')) end--;
      if (end - start < 10) continue;
      const range = { start, end };
      // Already a quote's, or holding one: the quote is proposed instead.
      if (quotes.some((q) => q.start < range.end && range.start < q.end)) continue;
      const speaker = [...source.mentions]
        .filter((x) => x.paragraph === p.n && x.start >= sentence.start && x.end <= m.index)
        .pop();
      found.push(reported(start, end, sentence, speaker?.actor, speakerWords(speaker?.actor)));
    }
    // "La madera da empleo a unas 12.000 personas …, según la cámara.": an account its
    // sentence ends by giving to someone, that someone's reported words.
    for (const sentence of sentences) {
      const text = p.text.slice(sentence.start, sentence.end);
      const m = ACCOUNT_AFTER.exec(text);
      if (!m) continue;
      const start = sentence.start;
      const end = sentence.start + m.index;
      if (found.some((f) => f.paragraph === p.n && f.start < end && start < f.end)) continue;
      if (quotes.some((q) => q.start < end && start < q.end)) continue;
      const speaker = [...source.mentions]
        .filter((x) => x.paragraph === p.n && x.start >= end && x.end <= sentence.end)
        .pop();
      // "según la cámara": the one named by a noun alone is known by its words.
      const whose = foldText(m[0]).match(/\p{L}{5,}/gu) ?? [];
      const own = speaker ? speakerWords(speaker.actor) : whose.filter((w) => w !== 'segun');
      if (own.length === 0) continue;
      found.push({ ...reported(start, end, sentence, speaker?.actor, own), account: true });
    }
  }
  return found.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}

/** A passage that may bear on a claim: a sentence, or the part of one a contrast word sets apart. */
interface Unit extends Passage {
  sentence: Range;
  /** The contrast words of its sentence and where they are. */
  contrasts: { word: string; at: number }[];
  /** Actors it names, or that its "the group" points back to. */
  actors: Set<string>;
  stems: Set<string>;
  folded: string;
}

function passageUnits(
  source: ClaimSource,
  registry: ReadonlyMap<string, Pick<Actor, 'kind'>>,
): Unit[] {
  const units: Unit[] = [];
  for (const p of source.paragraphs) {
    for (const sentence of sentenceRanges(p.text)) {
      const text = p.text.slice(sentence.start, sentence.end);
      const cuts: { at: number; word: string }[] = [...text.matchAll(CONTRAST)].map((m) => ({
        at: sentence.start + m.index,
        word: m[0],
      }));
      const bounds = [sentence.start, ...cuts.map((c) => c.at), sentence.end];
      for (let i = 0; i + 1 < bounds.length; i++) {
        const start = bounds[i] ?? sentence.start;
        const end = bounds[i + 1] ?? sentence.end;
        const range = tidy(p.text, start, end);
        if (range.end - range.start < 12) continue;
        const words = p.text.slice(range.start, range.end);
        units.push({
          source: source.id,
          paragraph: p.n,
          ...range,
          words,
          sentence,
          contrasts: cuts,
          actors: actorsIn(source, p, range, registry),
          stems: stems(words),
          folded: foldText(words),
        });
      }
    }
  }
  return units;
}

/** The actors a passage names, or, when it names none but says "the group", the group named last before it. */
function actorsIn(
  source: ClaimSource,
  paragraph: Paragraph,
  range: Range,
  registry: ReadonlyMap<string, Pick<Actor, 'kind'>>,
): Set<string> {
  const named = source.mentions.filter(
    (m) => m.paragraph === paragraph.n && m.start >= range.start && m.end <= range.end,
  );
  const actors = new Set(named.map((m) => m.actor));
  const text = foldText(paragraph.text.slice(range.start, range.end));
  if (POINTS_BACK.test(text)) {
    const before = source.mentions.filter(
      (m) =>
        (m.paragraph < paragraph.n || (m.paragraph === paragraph.n && m.end <= range.start)) &&
        GROUP_KINDS.has(registry.get(m.actor)?.kind ?? ''),
    );
    const last = before.at(-1);
    if (last) actors.add(last.actor);
  }
  return actors;
}

/** What a claim is about: the actors of its clause (or its "the group"), its speaker aside; and its words' stems. */
function subjectOf(
  source: ClaimSource,
  claim: Assertion,
  registry: ReadonlyMap<string, Pick<Actor, 'kind'>>,
): { actors: Set<string>; stems: Set<string> } {
  const paragraph = source.paragraphs.find((p) => p.n === claim.paragraph);
  if (!paragraph) return { actors: new Set(), stems: new Set() };
  // The claim and the words leading up to it in its sentence since the last comma but one.
  const lead = paragraph.text.slice(claim.sentence.start, claim.start);
  const commas = [...lead.matchAll(/,\s/gu)].map((m) => claim.sentence.start + m.index + 2);
  const from = commas.at(-2) ?? claim.sentence.start;
  const actors = actorsIn(source, paragraph, { start: from, end: claim.end }, registry);
  const words = stems(paragraph.text.slice(from, claim.end));
  if (claim.by) {
    actors.delete(claim.by);
    // Nor the speaker's name: a passage naming the speaker is not on the claim's subject.
    for (const m of source.mentions)
      if (m.actor === claim.by) for (const w of stems(m.text)) words.delete(w);
  }
  return { actors, stems: words };
}

/** Why `unit` runs against the claim, with how strongly; undefined when it does not. */
function runsAgainst(
  claim: Assertion,
  subject: { actors: Set<string>; stems: Set<string> },
  ended: boolean,
  unit: Unit,
): { why: string; score: number } | undefined {
  // An account its sentence gives to someone is read only against an answer right after it.
  if (claim.account) return answersAfter(claim, unit);
  const sameSentence =
    unit.source === claim.source &&
    unit.paragraph === claim.paragraph &&
    unit.sentence.start === claim.sentence.start;
  // "X did this, although Y says …": a contrast word between the two, and each side its
  // own speaker ("she declined to comment but said …" sets nothing against her words).
  const speaker = claim.by;
  const contrast = sameSentence
    ? unit.contrasts.find(({ at }) =>
        unit.end <= at && at <= claim.start
          ? speaker !== undefined && !unit.actors.has(speaker) && claim.named(at)
          : claim.end <= at &&
            at <= unit.start &&
            !(speaker && unit.actors.has(speaker)) &&
            [...unit.actors].some((a) => a !== speaker),
      )
    : undefined;
  if (contrast)
    return { why: `“${contrast.word}” sets it against the claim in one sentence`, score: 3 };
  // "The government rejected the remarks.": another actor disputing what was just said.
  const answers =
    unit.source === claim.source &&
    (unit.paragraph === claim.paragraph + 1 ||
      (unit.paragraph === claim.paragraph && unit.start > claim.end));
  const rejects = REJECTS.exec(unit.folded)?.[0];
  if (
    answers &&
    rejects &&
    [...unit.actors].some((a) => a !== speaker) &&
    !(speaker && unit.actors.has(speaker))
  )
    return { why: `answers it: “${rejects}”`, score: 2.5 };
  // "Según Carmona, el consistorio concedió 150 licencias sin consultar al sector" against
  // the town hall's "total transparency": another speaker's account, near the claim, of the
  // same thing (a word of the claim), saying it was done without something or for another cause.
  const otherAccount = ACCOUNT.exec(unit.folded);
  const opposing = OPPOSING.exec(unit.folded)?.[0];
  const other =
    speaker !== undefined &&
    !unit.actors.has(speaker) &&
    unit.actors.size > 0 &&
    unit.source === claim.source;
  const unitWords = prefixes(unit.words);
  // Near the claim and on its words; or, when the claim names a cause and the account
  // another ("Según la patronal, la subida se debe a la mala cosecha" against the consumers'
  // "una especulación que nadie controla"), a few paragraphs on and on what the story is about.
  const distance = Math.abs(unit.paragraph - claim.paragraph);
  const onIt =
    (distance <= 2 && [...prefixes(claim.words)].some((w) => unitWords.has(w))) ||
    (distance <= 4 &&
      opposing !== undefined &&
      CAUSAL.test(opposing) &&
      NAMES_CAUSE.test(foldText(claim.words)) &&
      [...claim.context].some((w) => unitWords.has(w)));
  if (otherAccount && opposing && other && onIt)
    return {
      why: `another account of it (“${otherAccount[0].trim()}”, “${opposing}”)`,
      score: 1.5,
    };
  // "Renfe, por su parte, ha defendido que su plantilla “es la mayor de la última década”"
  // after "Según el sindicato, Renfe ha perdido 1.100 maquinistas": a claim that says it
  // answers what came before, against another's account of its speaker just before it, on
  // its words.
  const turn = TURNS.exec(claim.said)?.[0];
  const justBefore =
    unit.source === claim.source &&
    (unit.paragraph === claim.paragraph - 1 ||
      (unit.paragraph === claim.paragraph && unit.end <= claim.sentence.start));
  // Another's account of the speaker: "Según el sindicato, Renfe …", "According to the
  // union, the company …"; not one on someone else ("…, por su parte, aseguró" after
  // another party's words is only the next party speaking).
  const ofSpeaker =
    speaker !== undefined &&
    otherAccount !== null &&
    !claimSpeakerIn(claim, otherAccount[0]) &&
    unit.actors.has(speaker);
  if (
    turn &&
    justBefore &&
    ofSpeaker &&
    [...prefixes(claim.said)].some((w) => unitWords.has(w) && !claimSpeakerIn(claim, w))
  )
    return { why: `“${turn}” sets it against the account before it`, score: 2 };
  const answer = answersAfter(claim, unit);
  if (answer) return answer;
  // "Quispe dijo … que la reforma es inconstitucional" after the Congress president's "El
  // país no puede esperar": another speaker's verdict on what the claim's paragraph is
  // about, in the next paragraphs.
  const verdict = VERDICT.exec(unit.folded)?.[1];
  if (
    verdict &&
    other &&
    unit.paragraph > claim.paragraph &&
    unit.paragraph - claim.paragraph <= 2 &&
    [...claim.around].some((w) => unitWords.has(w))
  )
    return { why: `another speaker's verdict on it (“${verdict}”)`, score: 1.5 };
  // "No es un episodio localizado" against another's "El episodio está localizado"; "We have
  // not been paid" against the minister's "the allowances had been paid in full": the same
  // word said with and without a negation, by someone else, a few paragraphs apart, on
  // another word they share.
  const flipped =
    unit.source === claim.source &&
    distance <= 4 &&
    speaker !== undefined &&
    !unit.actors.has(speaker) &&
    !claimSpeakerIn(claim, unit.folded)
      ? polarityFlip(claim.words, unit.words)
      : undefined;
  if (flipped)
    return { why: `says “${flipped}” where the claim denies it, or the reverse`, score: 1.2 };
  const shared = [...subject.actors].filter((a) => unit.actors.has(a));
  const active = ACTIVE.exec(unit.folded)?.[0];
  const disputes = DISPUTES.exec(unit.folded)?.[0];
  // Words alone make a weaker tie than a shared actor: three of them, the cue word aside.
  const cue = new Set([...stems(active ?? ''), ...stems(disputes ?? '')]);
  const sharedStems = [...subject.stems].filter((s) => unit.stems.has(s) && !cue.has(s));
  if (shared.length === 0 && sharedStems.length < 3) return undefined;
  const about = shared.length > 0 ? shared.join(', ') : `“${sharedStems.join('”, “')}”`;
  // Closer ties first: a shared actor, then the claim's own source.
  const tie = (shared.length > 0 ? 0.5 : 0) + (unit.source === claim.source ? 0.1 : 0);
  if (ended && active && !ENDED.test(unit.folded))
    return { why: `speaks of ${about} as active (“${active}”)`, score: 2 + tie };
  if (!ended && disputes && shared.length > 0)
    return { why: `disputes what is said of ${about} (“${disputes}”)`, score: 1 + tie };
  return undefined;
}

/** Words that negate the words after them. */
const NEGATION =
  /^(?:no|not|never|nunca|jamas|ningun|ninguna|ninguno|nadie|nada|nobody|nothing|none|tampoco|ni)$|n't$/u;
/** Words a negation passes over to reach what it negates: auxiliaries, articles. */
const PASSED_OVER =
  /^(?:been|be|being|have|has|had|was|were|is|are|do|does|did|will|would|could|should|can|es|era|fue|son|ha|han|habia|habian|sido|esta|estan|estaba|the|a|an|un|una|el|la|los|las|se|lo|le|les|any|yet|ever|longer)$/u;

/**
 * The word two passages say with opposite polarity, when `a` says it under a negation ("no
 * es un episodio localizado", "have not been paid") and `b` plainly ("está localizado", "had
 * been paid"), and they share another word of five letters or more; undefined otherwise. A
 * negation in a condition ("si no llega") or after a comma ("política, no técnica") denies
 * nothing.
 */
export function polarityFlip(a: string, b: string): string | undefined {
  const read = (text: string) => {
    const words = [...foldText(text).matchAll(/[\p{L}']+|,/gu)].map((m) => m[0]);
    const negated = new Set<string>();
    const plain = new Set<string>();
    let reach = 0;
    // "sin comprador", "without aid": what "without" governs is neither stated nor denied
    // ("without a buyer" is no denial that anyone buys, nor "without aid" one of aid).
    let without = 0;
    for (const [i, word] of words.entries()) {
      if (word === ',') continue;
      if (/^(?:sin|without)$/u.test(word)) {
        without = 3;
        continue;
      }
      if (without > 0) {
        without = PASSED_OVER.test(word) ? without - 1 : 0;
        if (!PASSED_OVER.test(word)) continue;
      }
      if (NEGATION.test(word)) {
        // Not a denial: a condition ("si no llega", "if it does not rain") or a correction
        // after a comma ("una decisión política, no técnica").
        const lead = words.slice(Math.max(0, i - 4), i);
        const condition = lead.some((w) => /^(?:si|if|unless|cuando|when|whether)$/u.test(w));
        const correction =
          /^(?:no|not)$/u.test(word) &&
          words[i - 1] === ',' &&
          (words[i + 2] === undefined || words[i + 2] === ',');
        reach = condition || correction ? 0 : 3;
        continue;
      }
      const key = word.length >= 4 && !COMMON.has(word) ? word.slice(0, 5) : undefined;
      if (key && !PASSED_OVER.test(word)) (reach > 0 ? negated : plain).add(key);
      if (reach > 0 && !PASSED_OVER.test(word)) reach = 0;
      else if (reach > 0) reach--;
    }
    return { negated, plain };
  };
  const [x, y] = [read(a), read(b)];
  // The first passage denies, the second states: "we have not been paid" against "had
  // been paid" (a promise against another's denial is not read: it may be the answer to it).
  const flip = [...x.negated].find((w) => y.plain.has(w) && !y.negated.has(w) && !x.plain.has(w));
  if (!flip) return undefined;
  const all = (r: ReturnType<typeof read>) => new Set([...r.negated, ...r.plain]);
  const [ax, ay] = [all(x), all(y)];
  const others = [...ax].filter((w) => w !== flip && ay.has(w));
  return others.length > 0 ? flip : undefined;
}

/**
 * "La madera da empleo a 12.000 personas, según la cámara. El ministro aseguró, en cambio,
 * que el sector apenas emplea a 4.000": another speaker's words right after the claim,
 * saying they answer it ("en cambio", "for its part"), on a word of the claim.
 */
function answersAfter(claim: Assertion, unit: Unit): { why: string; score: number } | undefined {
  const turn = TURNS.exec(unit.folded)?.[0];
  const justAfter =
    unit.source === claim.source &&
    (unit.paragraph === claim.paragraph + 1 ||
      (unit.paragraph === claim.paragraph && unit.start >= claim.sentence.end));
  const unitWords = prefixes(unit.words);
  if (
    turn &&
    justAfter &&
    claim.speakerWords.length > 0 &&
    !(claim.by !== undefined && unit.actors.has(claim.by)) &&
    !claimSpeakerIn(claim, unit.folded) &&
    SPEAKS.test(unit.folded) &&
    [...prefixes(claim.words)].some((w) => unitWords.has(w))
  )
    return { why: `“${turn}”: another speaker answers it`, score: 2 };
  return undefined;
}

/** A unit as evidence: from its first clause that names an actor or a cue to its end. */
function trimmed(unit: Unit): Passage {
  const clauses = [...unit.words.matchAll(/,\s+/gu)].map((m) => m.index + m[0].length);
  for (const at of [0, ...clauses]) {
    const rest = foldText(unit.words.slice(at));
    const head = foldText(unit.words.slice(at, clauses.find((c) => c > at) ?? unit.words.length));
    if (ACTIVE.test(head) || DISPUTES.test(head) || rest.length < 40 || unit.actors.size === 0)
      return {
        source: unit.source,
        paragraph: unit.paragraph,
        start: unit.start + at,
        end: unit.end,
        words: unit.words.slice(at),
      };
  }
  return unit;
}

/** [start, end) without spaces, joining punctuation or a contrast word at its edges. */
function tidy(text: string, start: number, end: number): Range {
  let s = start;
  let e = end;
  const lead =
    /^(?:[\s,;:–—]+|(?:although|though|but|however|yet|whereas|while|despite|aunque|pero|sin embargo|no obstante|pese a|a pesar de|mientras que)(?!\p{L}))+/iu.exec(
      text.slice(s, e),
    );
  if (lead) s += lead[0].length;
  while (e > s && /[\s.,;:–—]/u.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

function overlaps(a: Passage, b: Passage): boolean {
  return a.source === b.source && a.paragraph === b.paragraph && a.start < b.end && b.start < a.end;
}

/** Words of four letters or more, cut to six: "sanctions" and "sanctioned" share "sancti". */
export function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of foldText(text).match(/\p{L}{4,}/gu) ?? []) {
    if (COMMON.has(word)) continue;
    out.add(word.slice(0, 6));
  }
  return out;
}

/** Long common words that make two passages look alike without sharing a subject. */
const COMMON = new Set([
  'that',
  'this',
  'with',
  'from',
  'have',
  'been',
  'were',
  'which',
  'their',
  'there',
  'they',
  'them',
  'would',
  'could',
  'about',
  'also',
  'said',
  'says',
  'than',
  'into',
  'after',
  'before',
  'other',
  'para',
  'como',
  'esta',
  'este',
  'pero',
  'sobre',
  'entre',
  'desde',
  'hasta',
  'tras',
  'dijo',
  'segun',
  'porque',
  'cuando',
]);
