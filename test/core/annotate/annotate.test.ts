// Annotating from the live preview, core's part: the block written for each kind on the
// seed (and its further source), p= only when the words are ambiguous, the selection
// checked against the server's own text, and the resolver's check before anything is
// written. Expected blocks are written out by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  planAnnotation,
  guessesFor,
  PREVIEW_ANNOTATIONS_FILE,
  type AnnotateInput,
  type BriefingFilesInput,
  type Plan,
} from '../../../src/core/annotate/annotate.ts';
import { appendedText } from '../../../src/core/annotate/markdown.ts';
import { assembleSite } from '../../../src/core/assembly/site.ts';
import type { Briefing } from '../../../src/core/assembly/model.ts';
import {
  DIR,
  ROOT,
  seedFiles,
  seedRegistry,
  SOURCE,
  toContent,
  toRaw,
} from '../../helpers/seed-fixture.ts';

const WIRE = `${DIR}/sources/coastal-wire.md`;
const ANNOTATIONS = `${DIR}/${PREVIEW_ANNOTATIONS_FILE}`;

/** The seed with the two-sources fixture's further source, plus extra files. */
function setup(extra: Record<string, string> = {}): {
  briefing: Briefing;
  files: BriefingFilesInput;
} {
  const files = seedFiles();
  files.set(WIRE, readFileSync(`${ROOT}test/fixtures/two-sources/coastal-wire.md`, 'utf8'));
  for (const [path, text] of Object.entries(extra)) files.set(path, text);
  const { value: site } = assembleSite(toRaw(files));
  const briefing = site.briefings.find((b) => b.slug === 'maduro-police-cooperation');
  if (!briefing) throw new Error('the seed briefing did not assemble');
  const annotationFiles = toContent(files, `${DIR}/`).filter(
    (f) => f.path !== SOURCE && !f.path.startsWith(`${DIR}/sources/`),
  );
  return {
    briefing,
    files: {
      dir: DIR,
      source: { path: SOURCE, text: files.get(SOURCE) ?? '' },
      annotationFiles,
      furtherSources: toContent(files, `${DIR}/sources/`),
      registry: seedRegistry(),
      actorsDir: 'content/actors',
      actorFiles: new Map(
        toContent(files, 'content/actors/').map((f) => [
          f.path.slice('content/actors/'.length, -'.md'.length),
          f,
        ]),
      ),
    },
  };
}

/** A request for `words`, found in ¶`paragraph` of the source. */
function plan(
  words: string,
  paragraph: number,
  kind: AnnotateInput['request']['kind'],
  more: Partial<AnnotateInput['request']> = {},
  extra: Record<string, string> = {},
): Plan {
  const { briefing, files } = setup(extra);
  const source = more.source ?? '';
  const text =
    (source
      ? briefing.furtherSources.find((s) => s.id === source)?.paragraphs
      : briefing.paragraphs)?.[paragraph - 1]?.text ?? '';
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`fixture: "${words}" not in ¶${paragraph}`);
  return planAnnotation({
    briefing,
    files,
    request: { source, paragraph, start, end: start + words.length, words, kind, ...more },
  });
}

function written(p: Plan): string {
  if (!p.ok) throw new Error(`refused: ${p.message}`);
  return p.text;
}

describe('planAnnotation', () => {
  it('writes a quote with the chosen speaker, exactly the selected words, into annotations.md', () => {
    const p = plan('insisted on its readiness', 4, 'quote', { actor: 'venezuelan-government' });
    expect(p).toMatchObject({ ok: true, file: ANNOTATIONS, line: 1, create: false });
    expect(written(p)).toBe(
      ':::quote{by=venezuelan-government}\n[//]: # "Written from the preview (¶4). Speaker: Government of Venezuela."\n\n> insisted on its readiness\n:::\n',
    );
  });

  it("takes suggest's speaker guess, else the placeholder, and says so", () => {
    expect(written(plan('defeated, defeated and disappeared', 3, 'quote'))).toMatch(
      /^:::quote\{by=nicolas-maduro\}\n/,
    );
    const unknown = plan('insisted on its readiness', 4, 'quote');
    expect(written(unknown)).toMatch(/^:::quote\{by=fill-in-speaker\}\n/);
    expect(unknown.ok && unknown.advice).toEqual([
      "Replace by=fill-in-speaker with the speaker's actor id.",
    ]);
  });

  it("dates an event by its sentence's wording, else the placeholder", () => {
    expect(written(plan('proposed signing cooperation agreements', 1, 'event'))).toBe(
      ':::event{date="On Friday"}\n[//]: # "Written from the preview (¶1). Dated by “On Friday” in its sentence. A note below the words becomes the timeline label."\n\n> proposed signing cooperation agreements\n:::\n',
    );
    expect(written(plan('information exchange and joint operations', 4, 'event'))).toMatch(
      /^:::event\{date="fill-in-date"\}\n/,
    );
  });

  it('writes a claim with placeholders for its rating and statement', () => {
    expect(written(plan('defeated, defeated and disappeared', 3, 'claim'))).toMatch(
      /^::::claim\{by=nicolas-maduro rating=fill-in-rating statement="fill-in-statement"\}\n\[\/\/\]: # "[^"\n]+"\n\n> defeated, defeated and disappeared\n::::\n$/,
    );
  });

  it('writes a note on the words', () => {
    expect(written(plan('Tren del Llano', 3, 'note'))).toBe(
      ':::note\n> Tren del Llano\n\n[//]: # "Written from the preview (¶3). Write your note in place of this line."\n:::\n',
    );
  });

  it('adds p= only when the words are elsewhere too, and prefix= when p= is not enough', () => {
    // "Maduro" is in several paragraphs, once in ¶1.
    expect(written(plan('Maduro', 1, 'note'))).toMatch(/^:::note\{p=1\}\n> Maduro\n/);
    // "defeated" twice in ¶3: the second needs the words before it.
    const { files, briefing } = setup();
    const text = briefing.paragraphs[2]?.text ?? '';
    const second = text.indexOf('defeated', text.indexOf('defeated') + 1);
    const p = planAnnotation({
      briefing,
      files,
      request: {
        source: '',
        paragraph: 3,
        start: second,
        end: second + 8,
        words: 'defeated',
        kind: 'note',
      },
    });
    expect(written(p)).toMatch(/^:::note\{p=3 prefix="“defeated,"\}\n> defeated\n/);
  });

  it('names the further source the words are in', () => {
    expect(
      written(
        plan('telling an official event', 2, 'quote', {
          source: 'coastal-wire',
          actor: 'nicolas-maduro',
        }),
      ),
    ).toMatch(/^:::quote\{by=nicolas-maduro source=coastal-wire\}\n/);
  });

  it("appends after an existing annotations file's text, never changing it", () => {
    const existing = ':::note{p=2}\nAn earlier note, kept as it is.\n:::';
    const p = plan('Tren del Llano', 3, 'note', {}, { [ANNOTATIONS]: existing });
    expect(p).toMatchObject({ ok: true, line: 5 });
    expect(written(p).startsWith('\n\n:::note\n> Tren del Llano\n')).toBe(true);
    expect(appendedText('a\n', 'b\n')).toEqual({ text: '\nb\n', line: 3 });
    expect(appendedText('a\n\n', 'b\n')).toEqual({ text: 'b\n', line: 3 });
    expect(appendedText(undefined, 'b\n')).toEqual({ text: 'b\n', line: 1 });
  });

  it('mentions: the role block of the actor the words name, or a new actor file', () => {
    expect(written(plan('Tren del Llano', 3, 'mention'))).toBe(
      ':::actor{ref=tren-del-llano}\n[//]: # "Named as “Tren del Llano” in ¶3. Write Tren del Llano\'s role in this briefing here."\n:::\n',
    );
    const fresh = plan('Venezuelan television', 2, 'mention', { newActor: true });
    expect(fresh).toMatchObject({
      ok: true,
      file: 'content/actors/venezuelan-television.md',
      create: true,
      line: 1,
      advice: ['Check the new actor’s kind (other for now).'],
    });
    expect(written(fresh)).toMatch(
      /^---\nname: Venezuelan television\nkind: other\naliases: \[\]\n---\n\[\/\/\]: # "/,
    );
    // tren-de-aragua already has an :::actor block in briefing.md, and its name is linked: nothing to write.
    expect(plan('Tren de Aragua', 3, 'mention')).toEqual({
      ok: false,
      message:
        'Tren de Aragua already has its :::actor block in this briefing, and the page links these words to it: nothing to write.',
    });
    // Words that name no actor, and no actor chosen.
    expect(plan('police system', 3, 'mention')).toEqual({
      ok: false,
      message: 'Choose the actor these words name in the list, or New actor.',
    });
  });

  it("mentions: words the chosen actor's names miss become one of its aliases, one line of its file", () => {
    const GOVERNMENT = 'content/actors/venezuelan-government.md';
    const before = readFileSync(`${ROOT}${GOVERNMENT}`, 'utf8');
    const p = plan('officials in Caracas', 3, 'mention', {
      source: 'coastal-wire',
      actor: 'venezuelan-government',
    });
    expect(p).toMatchObject({
      ok: true,
      file: ANNOTATIONS,
      edit: {
        file: GOVERNMENT,
        before,
        text: before.replace(
          'aliases: [Venezuelan government, Gobierno venezolano, Gobierno de Venezuela]',
          'aliases: [Venezuelan government, Gobierno venezolano, Gobierno de Venezuela, officials in Caracas]',
        ),
      },
      advice: [
        "Added “officials in Caracas” to Government of Venezuela's aliases in content/actors/venezuelan-government.md.",
      ],
    });
    expect(written(p)).toBe(
      ':::actor{ref=venezuelan-government}\n[//]: # "Named as “officials in Caracas” in coastal-wire ¶3. Write Government of Venezuela\'s role in this briefing here."\n:::\n',
    );
    // Words the actor's names already find: no edit.
    const named = plan('Venezuelan government', 5, 'mention', { actor: 'venezuelan-government' });
    expect(named.ok && named.edit).toBeUndefined();
  });

  it('mentions: an actor with its :::actor block already gets the alias alone, no second block', () => {
    const MADURO = 'content/actors/nicolas-maduro.md';
    const before = readFileSync(`${ROOT}${MADURO}`, 'utf8');
    const p = plan('The president', 2, 'mention', { actor: 'nicolas-maduro' });
    const after = before.replace(
      'aliases: [Nicolas Maduro, Maduro]',
      'aliases: [Nicolas Maduro, Maduro, The president]',
    );
    expect(after).not.toBe(before);
    expect(p).toEqual({
      ok: true,
      file: MADURO,
      text: '',
      create: false,
      edit: { file: MADURO, before, text: after },
      line: 4,
      summary: 'alias of nicolas-maduro, “The president” (¶2)',
      advice: [
        "Added “The president” to Nicolás Maduro's aliases in content/actors/nicolas-maduro.md; its :::actor block in this briefing is unchanged.",
      ],
    });
    // The alias is refused as before when another actor goes by the words.
    const taken = plan('Tren de Aragua', 3, 'mention', { actor: 'nicolas-maduro' });
    expect(!taken.ok && taken.message).toMatch(/is already a name of Tren de Aragua/);
  });

  it('refuses an alias another actor already goes by (actor-alias-collision), and one the check would refuse', () => {
    const taken = plan('Maduro', 3, 'mention', { actor: 'venezuelan-government' });
    expect(taken.ok).toBe(false);
    expect(!taken.ok && taken.message).toMatch(
      /^“Maduro” is already a name of Nicolás Maduro \(nicolas-maduro\): .*actor-alias-collision/,
    );
    // Common words as an alias: the registry's own rule refuses them (actor-alias-ambiguous).
    const common = plan('which it', 5, 'mention', { actor: 'venezuelan-government' });
    expect(common.ok).toBe(false);
    expect(!common.ok && common.message).toMatch(/actor-alias-ambiguous/);
  });

  it("refuses a block that would take an existing annotation's id (its address on the page)", () => {
    // briefing.md quotes "comprehensive" with id=comprehensive; annotations.md is read first.
    const p = plan('comprehensive', 3, 'quote');
    expect(p.ok).toBe(false);
    expect(!p.ok && p.message).toMatch(
      /^The resolver refuses it: content\/briefings\/maduro-police-cooperation\/briefing\.md:\d+:\d+ {2}duplicate-id {2}The id "comprehensive" is used twice/,
    );
  });

  it('refuses words that are not the source text at those offsets, and offsets out of range', () => {
    const { briefing, files } = setup();
    const base = {
      source: '',
      paragraph: 4,
      start: 0,
      end: 9,
      words: 'Therefore',
      kind: 'note' as const,
    };
    expect(planAnnotation({ briefing, files, request: base }).ok).toBe(true);
    const refused = (request: Partial<typeof base> & Record<string, unknown>) =>
      planAnnotation({ briefing, files, request: { ...base, ...request } });
    expect(refused({ words: 'Wherefore' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not what ¶4 says/),
    });
    expect(refused({ start: 9000, end: 9009 })).toEqual({
      ok: false,
      message: 'The selection is outside ¶4.',
    });
    expect(refused({ start: 9, end: 0 })).toEqual({
      ok: false,
      message: 'The selection is outside ¶4.',
    });
    expect(refused({ paragraph: 60 })).toEqual({ ok: false, message: 'The source has no ¶60.' });
    expect(refused({ source: 'nowhere' })).toEqual({
      ok: false,
      message: 'This briefing has no source "nowhere".',
    });
    expect(refused({ kind: 'quote', actor: 'nobody' } as never)).toEqual({
      ok: false,
      message: 'There is no actor "nobody" in the registry.',
    });
    expect(refused({ start: 9, end: 10, words: ',' })).toEqual({
      ok: false,
      message: 'Select words: the selection has no letters or digits.',
    });
  });

  it("accepts words with the article's own ellipsis, which the resolver reads as a cut, when its anchor covers them", () => {
    // "drug trafficking… and continuing": the ellipsis is the article's, but the resolver
    // reads one in a quote as a cut; the anchor still covers the words, so it is accepted.
    expect(plan('drug trafficking… and continuing', 2, 'note').ok).toBe(true);
  });
});

describe('guessesFor', () => {
  it("offers suggest's guesses for a selection: speaker, named actor, date wording", () => {
    const { briefing, files } = setup();
    const text = briefing.paragraphs[0]?.text ?? '';
    const words = 'On Friday, Venezuelan President Nicolas Maduro proposed';
    expect(
      guessesFor(briefing, files, {
        source: '',
        paragraph: 1,
        start: text.indexOf(words),
        end: text.indexOf(words) + words.length,
        words,
      }),
    ).toEqual({
      ok: true,
      guesses: {
        named: { id: 'nicolas-maduro', name: 'Nicolás Maduro' },
        date: { attribute: 'On Friday', wording: 'On Friday' },
      },
    });
  });
});
