// Suggestions written out for the editor: annotation markdown (:::quote, :::event,
// ::::claim and :::actor blocks that `npm run check` accepts once every `fill-in-…`
// placeholder is replaced: speaker ids, a claim's statement and rating) and
// draft actor files. Explanations ride along as markdown comments (`[//]: # "…"`),
// which render to nothing. Main functions: `draftAnnotations` and `draftActorFile`.
import { stringify } from 'yaml';
import { formatDate } from '../dates/dates.ts';
import type { AnchorHints, ClaimCandidate, NameCandidate, Suggestions } from './suggest.ts';

/** The speaker id written when there is no guess; check reports it until the editor replaces it. */
export const SPEAKER_PLACEHOLDER = 'fill-in-speaker';
/** A drafted claim's rating and statement: the editor's verdict and words, never guessed. */
export const RATING_PLACEHOLDER = 'fill-in-rating';
export const STATEMENT_PLACEHOLDER = 'fill-in-statement';

export interface DraftOptions {
  /** Include candidates the briefing already annotates (default: leave them out). */
  all?: boolean;
}

/** The suggestions as annotation markdown, quotes, events, claims then actors, in source order. */
export function draftAnnotations(s: Suggestions, options: DraftOptions = {}): string {
  const keep = <T extends { annotated: boolean }>(list: readonly T[]) =>
    list.filter((c) => options.all || !c.annotated);
  const blocks: string[] = [];
  for (const q of keep(s.quotes)) {
    const by = q.speaker?.id ?? SPEAKER_PLACEHOLDER;
    const why = q.speaker
      ? `Speaker guess: ${q.speaker.name}, ${q.speaker.why}${q.speaker.registered ? '' : `; not in the registry yet: keep its draft actor file ${q.speaker.id}.md.txt`}. Check it.`
      : `No speaker guess: the text does not say who${q.candidates.length > 0 ? ` (candidates: ${q.candidates.map((c) => `${c.name} = ${c.id}`).join(', ')})` : ''}. Replace ${SPEAKER_PLACEHOLDER} with the speaker's actor id.`;
    blocks.push(block(`quote{by=${by}${hints(q.hints)}}`, `¶${q.paragraph}. ${why}`, q.words));
  }
  for (const d of keep(s.dates)) {
    const actors = d.actors.length > 0 ? ` actors="${d.actors.join(' ')}"` : '';
    const tensed =
      d.attribute === d.wording
        ? ''
        : ` The sentence speaks of the future or the past, which the wording alone does not say, so date= gives the value.`;
    const resolved = `“${d.wording}” = ${d.date.edtf} (${formatDate(d.date)}), counted from the source's published date ${s.source.published}.${tensed}`;
    blocks.push(
      block(
        `event{date=${quoteAttribute(d.attribute)}${actors}${hints(d.hints)}}`,
        `¶${d.paragraph}. ${resolved} Trim the evidence to the event; a note below it becomes the timeline label.`,
        d.evidence,
      ),
    );
  }
  for (const c of keep(s.claims)) blocks.push(claimBlock(c));
  for (const a of keep(s.actors)) {
    const where = a.mentions.map((m) => `¶${m.paragraph} “${m.text}”`).join(', ');
    blocks.push(
      `:::actor{ref=${a.id}}\n${comment(`Named ${a.mentions.length} time${a.mentions.length === 1 ? '' : 's'}: ${where}. Write its role in this briefing here, or delete this block.`)}\n:::`,
    );
  }
  return blocks.length > 0 ? `${blocks.join('\n\n')}\n` : '';
}

/** A draft content/actors/<id>.md for a name the registry lacks. */
export function draftActorFile(n: NameCandidate): string {
  const yaml = (value: unknown) =>
    stringify(value, { lineWidth: 0, collectionStyle: 'flow' }).trimEnd();
  const paragraphs = n.paragraphs.map((p) => `¶${p}`).join(', ');
  return [
    '---',
    `name: ${yaml(n.name)}`,
    `kind: ${n.kind}`,
    `aliases: ${yaml(n.aliases)}`,
    '---',
    comment(
      `Drafted by npm run suggest from ${paragraphs}. Check name and kind (person, government, country, organization, criminal-group, media, other), add aliases, replace this line with a one-sentence description, then save the file as ${n.id}.md.`,
    ),
    '',
  ].join('\n');
}

/** A ::::claim with its words and candidate :::evidence, rating and statement left to the editor. */
function claimBlock(c: ClaimCandidate): string {
  const where = (x: { source: string; paragraph: number }) =>
    `${x.source ? `sources/${x.source}.md ` : ''}¶${x.paragraph}`;
  const source = (id: string) => (id ? ` source=${id}` : '');
  const form = c.form === 'reported' ? 'Reported words, not in quotation marks,' : 'Words';
  const who = c.by
    ? `${form.replace(/,$/, '')} of ${c.speakerName ?? c.by} (a guess: check by=)`
    : `${form} whose speaker the text does not say${c.candidates.length > 0 ? ` (candidates: ${c.candidates.map((x) => `${x.name} = ${x.id}`).join(', ')})` : ''}: replace by=${SPEAKER_PLACEHOLDER}`;
  const note = `${where(c)}. ${who}; the evidence below may contradict them. Write statement= (what is claimed, in one sentence of yours) and rating= (your verdict on the site's scale), keep the evidence that bears on it with its stance, and write your reasoning in place of this line.`;
  const evidence = c.evidence.map(
    (e) =>
      `:::evidence{stance=contradicts${source(e.source)}${hints(e.hints)}}
${comment(`${where(e)}: ${e.why}.`)}

> ${escapeInline(e.words)}
:::`,
  );
  return [
    `::::claim{by=${c.by ?? SPEAKER_PLACEHOLDER} rating=${RATING_PLACEHOLDER} statement="${STATEMENT_PLACEHOLDER}"${source(c.source)}${hints(c.hints)}}`,
    comment(note),
    '',
    `> ${escapeInline(c.words)}`,
    '',
    ...evidence.flatMap((e) => [e, '']),
    '::::',
  ].join('\n');
}

function block(open: string, note: string, words: string): string {
  return `:::${open}\n${comment(note)}\n\n> ${escapeInline(words)}\n:::`;
}

/** ` p=4 prefix="…"`: the attributes that make words anchor where they were found. */
export function hints(h: AnchorHints): string {
  let out = '';
  if (h.p !== undefined) out += ` p=${h.p}`;
  if (h.prefix !== undefined) {
    const value = quoteAttribute(h.prefix);
    if (value) out += ` prefix=${value}`;
  }
  return out;
}

/** `"value"`, or `'value'` when it holds a double quote. */
export function quoteAttribute(value: string): string {
  return value.includes('"') ? `'${value.replace(/'/g, '’')}'` : `"${value}"`;
}

/** A markdown comment: a link definition nobody references, which renders to nothing. */
export function comment(text: string): string {
  return `[//]: # "${text.replace(/\s+/g, ' ').replace(/\\/g, '/').replace(/"/g, '”')}"`;
}

/** Source words as one markdown line whose text content is exactly the words. */
export function escapeInline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>~|]/g, '\\$&')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
    .replace(/:(?=[\p{L}{[])/gu, '\\:')
    .replace(/^([#+-])(?=\s|$)/u, '\\$1')
    .replace(/^(\d+)([.)])(?=\s|$)/u, '$1\\$2');
}
