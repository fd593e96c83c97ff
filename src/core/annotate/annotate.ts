// What an annotation from the live preview writes, decided from the briefing's own
// files: the block for the kind (quote, event, claim, note, or an actor's role or a new
// actor file for a mention), `p=` and `prefix=` only when the words would otherwise be
// ambiguous, and a check by the project's own resolver (the briefing assembled again
// with the block added) that it is valid and anchors on exactly the selected words.
// Pure: the node adapter reads the files and writes the result. Main function:
// `planAnnotation(input)`.
import { haystack } from '../anchoring/anchoring.ts';
import { findMentions, ID_PATTERN, parseActor, slugify, type Actor } from '../actors/actors.ts';
import { assembleBriefing, type ContentFile } from '../assembly/briefing.ts';
import { paragraphLabel, type Briefing, type SourcedAnchor } from '../assembly/model.ts';
import { formatDiagnostic, type Diagnostic } from '../diagnostics.ts';
import { parseAnnotations } from '../markdown/annotations.ts';
import { splitFrontmatter } from '../markdown/frontmatter.ts';
import { anchorHints } from '../suggestions/anchor-hints.ts';
import { SPEAKER_PLACEHOLDER } from '../suggestions/draft-annotations.ts';
import { guessForSpan, type SpanGuesses } from '../suggestions/span-guesses.ts';
import { DEFAULT_RATING_SCALE, type RatingScale } from '../../schema/ratings.ts';
import type { AnnotationKind } from '../../schema/annotate.ts';
import {
  actorFileText,
  annotationBlock,
  appendedText,
  DATE_PLACEHOLDER,
  type BlockValues,
} from './markdown.ts';
import { locateSelection, type LocatedSelection, type SelectionRequest } from './selection.ts';
import { sameName, withAlias } from './actor-alias.ts';

/** The file of a briefing that annotations from the preview are appended to. */
export const PREVIEW_ANNOTATIONS_FILE = 'annotations.md';

/** A briefing's files, as its assembly reads them (paths relative to the project root). */
export interface BriefingFilesInput {
  /** content/briefings/<slug> */
  dir: string;
  source?: ContentFile | undefined;
  annotationFiles: ContentFile[];
  furtherSources: ContentFile[];
  registry: ReadonlyMap<string, Actor>;
  ratings?: RatingScale | undefined;
  /** content/actors */
  actorsDir: string;
  /** The files of the actors a mention may add an alias to (the chosen one), by id. */
  actorFiles?: ReadonlyMap<string, ContentFile> | undefined;
}

export interface AnnotateInput {
  /** The briefing as the assembled site has it: its sources' text is the truth. */
  briefing: Briefing;
  files: BriefingFilesInput;
  request: SelectionRequest & {
    kind: AnnotationKind;
    actor?: string | undefined;
    newActor?: true | undefined;
  };
}

/**
 * What to write: append `text` to `file` (or create it, for a new actor). An alias added
 * to an actor whose role block the briefing has already is the `edit` alone: `file` is
 * then the actor file and `text` is empty.
 */
export interface PlannedWrite {
  ok: true;
  /** Relative to the project root. */
  file: string;
  text: string;
  /** The file is new and must not exist yet (a new actor). */
  create: boolean;
  /**
   * Also an actor file edited (a mention's words added to its aliases): it must still
   * read `before`, and then reads `text`.
   */
  edit?: { file: string; before: string; text: string } | undefined;
  /** The line the annotation starts on. */
  line: number;
  /** For the menu and the terminal: what was written. */
  summary: string;
  /** Said beside the summary when something needs the editor (a placeholder, a name not linked). */
  advice: string[];
}

export type Plan = PlannedWrite | { ok: false; message: string };

/** What the menu offers before the editor chooses: the server's guesses for the selection. */
export function guessesFor(
  briefing: Briefing,
  files: BriefingFilesInput,
  request: SelectionRequest,
): { ok: true; guesses: SpanGuesses } | { ok: false; message: string } {
  const located = locateSelection(briefing, request);
  if (!located.ok) return located;
  return { ok: true, guesses: guesses(located.selection, files) };
}

function guesses(selection: LocatedSelection, files: BriefingFilesInput): SpanGuesses {
  return guessForSpan({
    paragraphs: selection.view.paragraphs,
    published: selection.view.meta.published,
    dateline: selection.view.meta.dateline,
    registry: files.registry,
    paragraph: selection.paragraph.n,
    start: selection.start,
    end: selection.end,
  });
}

export function planAnnotation(input: AnnotateInput): Plan {
  const { briefing, files, request } = input;
  const located = locateSelection(briefing, request);
  if (!located.ok) return located;
  const selection = located.selection;
  const guess = guesses(selection, files);
  if (request.actor !== undefined && request.actor !== SPEAKER_PLACEHOLDER)
    if (!files.registry.has(request.actor))
      return { ok: false, message: `There is no actor "${request.actor}" in the registry.` };
  if (request.kind === 'mention') return planMention(input, selection, guess);

  const hints = anchorHints(
    selection.words,
    haystack(selection.view.paragraphs),
    selection.paragraph,
    selection.start,
  );
  const speaker = request.actor ?? guess.speaker?.id ?? SPEAKER_PLACEHOLDER;
  const date = guess.date?.attribute ?? DATE_PLACEHOLDER;
  const where = `${selection.view.id ? `${selection.view.id} ` : ''}¶${selection.paragraph.n}`;
  const advice: string[] = [];
  let values: BlockValues;
  let explain: string;
  switch (request.kind) {
    case 'quote':
      values = { kind: 'quote', by: speaker };
      explain =
        speaker === SPEAKER_PLACEHOLDER
          ? `Written from the preview (${where}). The text does not say who: replace ${SPEAKER_PLACEHOLDER} with the speaker's actor id.`
          : `Written from the preview (${where}). Speaker: ${files.registry.get(speaker)?.name ?? speaker}${request.actor ? '' : ', a guess: check it'}.`;
      if (speaker === SPEAKER_PLACEHOLDER)
        advice.push(`Replace by=${SPEAKER_PLACEHOLDER} with the speaker's actor id.`);
      break;
    case 'event':
      values = { kind: 'event', date };
      explain =
        date === DATE_PLACEHOLDER
          ? `Written from the preview (${where}). Its sentence gives no date: replace ${DATE_PLACEHOLDER} with the date (EDTF, e.g. 2025-12-05, or the article's wording).`
          : `Written from the preview (${where}). Dated by “${guess.date?.wording ?? date}” in its sentence. A note below the words becomes the timeline label.`;
      if (date === DATE_PLACEHOLDER)
        advice.push(`Replace date=${DATE_PLACEHOLDER} with the event's date.`);
      break;
    case 'claim':
      values = { kind: 'claim', by: speaker };
      explain = `Written from the preview (${where}). Write statement= (what is claimed, in one sentence of yours) and rating= (your verdict on the site's scale), add :::evidence blocks, and your reasoning in place of this line.`;
      advice.push('Fill in the claim’s statement= and rating=.');
      if (speaker === SPEAKER_PLACEHOLDER)
        advice.push(`Replace by=${SPEAKER_PLACEHOLDER} with the actor id of who made the claim.`);
      break;
    case 'note':
      values = { kind: 'note' };
      explain = `Written from the preview (${where}). Write your note in place of this line.`;
      break;
  }
  const block = annotationBlock(values, {
    words: selection.words,
    source: selection.view.id,
    hints,
    explain,
  });
  const file = `${files.dir}/${PREVIEW_ANNOTATIONS_FILE}`;
  const existing = files.annotationFiles.find((f) => f.path === file)?.text;
  const appended = appendedText(existing, block);

  // The resolver's check, with stand-ins for the placeholders (a placeholder leaves the
  // block unresolved, so its words could not be checked).
  const standIns = standInValues(values, files, selection.view.meta.published);
  const checked = appendedText(
    existing,
    annotationBlock(standIns, {
      words: selection.words,
      source: selection.view.id,
      hints,
      explain,
    }),
  );
  const refusal = resolverRefusal(
    input,
    file,
    (existing ?? '') + checked.text,
    checked.line,
    selection,
  );
  if (refusal) return { ok: false, message: refusal };
  return {
    ok: true,
    file,
    text: appended.text,
    create: false,
    line: appended.line,
    summary: `${request.kind} on “${shortWords(selection.words)}” (${where})`,
    advice,
  };
}

/** The block's values with every placeholder replaced by a valid value of its kind. */
function standInValues(
  values: BlockValues,
  files: BriefingFilesInput,
  published: string,
): BlockValues {
  const someone = files.registry.keys().next().value;
  switch (values.kind) {
    case 'quote':
      return values.by === SPEAKER_PLACEHOLDER && someone ? { ...values, by: someone } : values;
    case 'claim':
      return {
        kind: 'claim',
        by: values.by === SPEAKER_PLACEHOLDER && someone ? someone : values.by,
        rating: (files.ratings ?? DEFAULT_RATING_SCALE).ratings[0]?.id ?? 'accurate',
        statement: 'Stand-in statement.',
      };
    case 'event':
      return values.date === DATE_PLACEHOLDER ? { ...values, date: published } : values;
    default:
      return values;
  }
}

/**
 * Assembles the briefing again with `text` as the annotations file. Refused: any problem
 * the resolver did not report before (but the placeholders of the new block), an
 * existing annotation whose id (its address on the page) would change, and an anchor
 * anywhere but the selected words.
 */
function resolverRefusal(
  input: AnnotateInput,
  file: string,
  text: string,
  line: number,
  selection: LocatedSelection,
  registryBefore: ReadonlyMap<string, Actor> = input.files.registry,
): string | undefined {
  const { briefing, files } = input;
  const assemble = (annotationFiles: ContentFile[], registry = files.registry) =>
    assembleBriefing({
      slug: briefing.slug,
      dir: files.dir,
      ...(files.source ? { source: files.source } : {}),
      annotationFiles,
      furtherSources: files.furtherSources,
      registry,
      ...(files.ratings ? { ratings: files.ratings } : {}),
      actorsDir: files.actorsDir,
    });
  // Before: the files as they are (and the registry before an alias is added).
  const before = assemble(files.annotationFiles, registryBefore);
  const after = assemble(
    [...files.annotationFiles.filter((f) => f.path !== file), { path: file, text }].sort((a, b) =>
      a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
    ),
  );
  const key = (d: Diagnostic) => `${d.file}:${d.line}:${d.column}:${d.rule}:${d.message}`;
  const known = new Set(before.diagnostics.map(key));
  const problem = after.diagnostics.find(
    (d) =>
      (d.severity === 'error' || d.draft === true) &&
      !known.has(key(d)) &&
      !(d.rule === 'placeholder-unfilled' && d.file === file && d.line >= line),
  );
  if (problem) return `The resolver refuses it: ${formatDiagnostic(problem)}`;
  const value = after.value;
  if (!value) return undefined;
  const ids = (b: Briefing | undefined) =>
    new Map(
      [...(b?.quotes ?? []), ...(b?.events ?? []), ...(b?.claims ?? []), ...(b?.notes ?? [])].map(
        (a) => [`${a.file}:${a.line}`, a.id],
      ),
    );
  const now = ids(value);
  for (const [at, id] of ids(before.value))
    if (now.get(at) !== id)
      return `It would change the address #${id} of the annotation at ${at}: give one of the two an id= of its own in the file.`;
  const at = (x: { file: string; line: number }) => x.file === file && x.line === line;
  const anchor: SourcedAnchor | undefined =
    value.quotes.find(at)?.anchor ??
    value.events.find(at)?.anchor ??
    value.claims.find(at)?.anchor ??
    value.notes.find(at)?.anchor;
  if (!anchor) return undefined;
  if (!coversSelection(anchor, selection))
    return `The resolver places these words at ${paragraphLabel(anchor)}, not where they were selected: select more words around them.`;
  return undefined;
}

/** The anchor is on the selection: the same ¶ of the same source, from its first word to its last. */
function coversSelection(anchor: SourcedAnchor, selection: LocatedSelection): boolean {
  const first = anchor.parts[0] ?? anchor;
  const last = anchor.parts[anchor.parts.length - 1] ?? anchor;
  if ((anchor.source ?? '') !== selection.view.id) return false;
  if (anchor.paragraph !== selection.paragraph.n) return false;
  if (first.start < selection.start || last.end > selection.end) return false;
  // Only what the anchoring leaves off a quote's edges (quotation marks, spaces, punctuation).
  const text = selection.paragraph.text;
  const outside = text.slice(selection.start, first.start) + text.slice(last.end, selection.end);
  return !/[\p{L}\p{N}]/u.test(outside);
}

/** Mention: the chosen actor's role block, or a new actor file named by the words. */
function planMention(input: AnnotateInput, selection: LocatedSelection, guess: SpanGuesses): Plan {
  const { briefing, files, request } = input;
  const where = `${selection.view.id ? `${selection.view.id} ` : ''}¶${selection.paragraph.n}`;
  if (request.newActor) {
    const id = slugify(selection.words);
    if (!ID_PATTERN.test(id))
      return {
        ok: false,
        message:
          'These words make no actor id (letters a–z or digits): write the actor file by hand.',
      };
    if (files.registry.has(id))
      return {
        ok: false,
        message: `The registry already has the actor "${id}": choose it in the list.`,
      };
    const file = `${files.actorsDir}/${id}.md`;
    const text = actorFileText(
      selection.words,
      `Drafted from the live preview: “${shortWords(selection.words)}” in ${where} of ${briefing.slug}. Check name and kind (person, government, country, organization, criminal-group, media, other), add aliases, and replace this line with a one-sentence description.`,
    );
    const parsed = parseActor(file, id, text);
    const problem = parsed.diagnostics.find((d) => d.severity === 'error');
    if (problem || !parsed.value)
      return {
        ok: false,
        message: `The resolver refuses it: ${problem ? formatDiagnostic(problem) : 'no actor'}`,
      };
    const advice = linked(parsed.value, selection)
      ? ['Check the new actor’s kind (other for now).']
      : [
          `The page does not link “${shortWords(selection.words)}” to the new actor yet: check its name.`,
        ];
    return {
      ok: true,
      file,
      text,
      create: true,
      line: 1,
      summary: `new actor ${id} for “${shortWords(selection.words)}” (${where})`,
      advice,
    };
  }
  const ref = request.actor ?? guess.named?.id;
  if (!ref || ref === SPEAKER_PLACEHOLDER)
    return {
      ok: false,
      message: 'Choose the actor these words name in the list, or New actor.',
    };
  const actor = files.registry.get(ref);
  if (!actor) return { ok: false, message: `There is no actor "${ref}" in the registry.` };
  // Words the actor's names do not find become one of its aliases, so the page links them.
  const alias = linked(actor, selection) ? undefined : aliasFor(input, actor, selection);
  if (alias && !alias.ok) return alias;
  const checked = alias ? { ...input, files: { ...files, registry: alias.registry } } : input;
  // The actor has its role block in this briefing already (a second would be a
  // duplicate-id): the alias alone links the words, or there is nothing to write.
  if (hasRole(files, ref)) {
    if (!alias)
      return {
        ok: false,
        message: linked(actor, selection)
          ? `${actor.name} already has its :::actor block in this briefing, and the page links these words to it: nothing to write.`
          : `${actor.name} already has its :::actor block in this briefing, and these words cannot be added to its aliases from here: add them to aliases in ${actor.file}.`,
      };
    const [first] = files.annotationFiles;
    const refusal = first
      ? resolverRefusal(
          checked,
          first.path,
          first.text,
          Number.MAX_SAFE_INTEGER,
          selection,
          files.registry,
        )
      : undefined;
    if (refusal) return { ok: false, message: refusal };
    return {
      ok: true,
      file: alias.edit.file,
      text: '',
      create: false,
      edit: alias.edit,
      line: firstChangedLine(alias.edit.before, alias.edit.text),
      summary: `alias of ${ref}, “${shortWords(selection.words)}” (${where})`,
      advice: [
        `Added “${shortWords(selection.words)}” to ${actor.name}'s aliases in ${alias.edit.file}; its :::actor block in this briefing is unchanged.`,
      ],
    };
  }
  const block = annotationBlock(
    { kind: 'actor', ref },
    {
      words: '',
      source: '',
      hints: {},
      explain: `Named as “${shortWords(selection.words)}” in ${where}. Write ${actor.name}'s role in this briefing here.`,
    },
  );
  const file = `${files.dir}/${PREVIEW_ANNOTATIONS_FILE}`;
  const existing = files.annotationFiles.find((f) => f.path === file)?.text;
  const appended = appendedText(existing, block);
  const refusal = resolverRefusal(
    checked,
    file,
    (existing ?? '') + appended.text,
    appended.line,
    selection,
    files.registry,
  );
  if (refusal) return { ok: false, message: refusal };
  const advice = alias
    ? [`Added “${shortWords(selection.words)}” to ${actor.name}'s aliases in ${alias.edit.file}.`]
    : linked(actor, selection)
      ? []
      : [
          `“${shortWords(selection.words)}” is not one of ${actor.name}'s names, so the page does not link it: add it to aliases in ${actor.file}.`,
        ];
  return {
    ok: true,
    file,
    text: appended.text,
    create: false,
    ...(alias ? { edit: alias.edit } : {}),
    line: appended.line,
    summary: `role of ${ref}, named as “${shortWords(selection.words)}” (${where})`,
    advice,
  };
}

/**
 * The selected words added to `actor`'s aliases: the edit of its file and the registry
 * with it; refused when another actor already has those words as a name or alias (two
 * actors claiming one name, actor-alias-collision), or the file would not be valid.
 * Undefined when the actor's file was not given or is laid out so that one line cannot
 * add it (the menu then says to add it by hand).
 */
function aliasFor(
  input: AnnotateInput,
  actor: Actor,
  selection: LocatedSelection,
):
  | { ok: true; edit: NonNullable<PlannedWrite['edit']>; registry: Map<string, Actor> }
  | { ok: false; message: string }
  | undefined {
  const { files } = input;
  const words = selection.words.replace(/\s+/gu, ' ').trim();
  const other = [...files.registry.values()].find(
    (a) => a.id !== actor.id && [a.name, ...a.aliases].some((name) => sameName(name, words)),
  );
  if (other)
    return {
      ok: false,
      message: `“${shortWords(words)}” is already a name of ${other.name} (${other.id}): as an alias of ${actor.name} too, the pages could not tell which of the two it names (actor-alias-collision). Choose ${other.name} in the list, or edit the actor files by hand.`,
    };
  const current = files.actorFiles?.get(actor.id);
  if (!current) return undefined;
  const text = withAlias(current.text, words);
  if (text === undefined) return undefined;
  const parsed = parseActor(current.path, actor.id, text);
  const problem = parsed.diagnostics.find((d) => d.severity === 'error');
  if (problem || !parsed.value)
    return {
      ok: false,
      message: `“${shortWords(words)}” cannot be an alias of ${actor.name}: ${problem ? formatDiagnostic(problem) : 'the actor file would not read'}`,
    };
  const updated: Actor = { ...parsed.value, file: actor.file };
  if (!linked(updated, selection))
    return {
      ok: false,
      message: `Even as an alias of ${actor.name}, “${shortWords(words)}” would not be linked there: select the name itself.`,
    };
  const registry = new Map(files.registry);
  registry.set(actor.id, updated);
  return {
    ok: true,
    edit: { file: current.path, before: current.text, text },
    registry,
  };
}

/** Some annotation file of the briefing has an `:::actor{ref=<ref>}` block. */
function hasRole(files: BriefingFilesInput, ref: string): boolean {
  return files.annotationFiles.some((file) => {
    const split = splitFrontmatter(file.text);
    return parseAnnotations(file.path, split.body, split.bodyLine).value.annotations.some(
      (a) => a.directive === 'actor' && a.attributes.ref === ref,
    );
  });
}

/** The 1-based line where `after` first differs from `before`. */
function firstChangedLine(before: string, after: string): number {
  const a = before.split('\n');
  const b = after.split('\n');
  let line = 0;
  while (line < a.length && a[line] === b[line]) line++;
  return line + 1;
}

/** The actor's names find a mention of it overlapping the selected words. */
function linked(actor: Actor, selection: LocatedSelection): boolean {
  return findMentions(haystack([selection.paragraph]), [actor]).some(
    (m) => m.start < selection.end && m.end > selection.start,
  );
}

function shortWords(words: string): string {
  const flat = words.replace(/\s+/g, ' ');
  return flat.length <= 60 ? flat : `${flat.slice(0, 57).replace(/\s+\S*$/u, '')}…`;
}
