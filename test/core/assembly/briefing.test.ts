import { describe, expect, it } from 'vitest';
import { assembleBriefing } from '../../../src/core/assembly/briefing.ts';
import { assembleSite } from '../../../src/core/assembly/site.ts';
import { sortDiagnostics, type Diagnostic } from '../../../src/core/diagnostics.ts';
import type { Briefing } from '../../../src/core/assembly/model.ts';
import {
  BRIEFING,
  DIR,
  EVENTS,
  SLUG,
  SOURCE,
  columnOf,
  lineOf,
  replaceOnce,
  seedFiles,
  seedRegistry,
  toContent,
  toRaw,
} from '../../helpers/seed-fixture.ts';

/** The seed briefing assembled directly, as the site does it. */
function assembleSeed(files = seedFiles()) {
  const content = toContent(files, `${DIR}/`);
  const source = content.find((f) => f.path === SOURCE);
  return assembleBriefing({
    slug: SLUG,
    dir: DIR,
    ...(source ? { source } : {}),
    annotationFiles: content.filter((f) => f !== source),
    registry: seedRegistry(),
  });
}

/** The whole site from a modified copy of the seed content, as in-memory UTF-8 files. */
function withEdits(edit: (files: Map<string, string>) => void) {
  const files = seedFiles();
  edit(files);
  const result = assembleSite(toRaw(files));
  const text = (path: string) => files.get(path) ?? '';
  return { files, result, text, errors: result.diagnostics.filter((d) => d.severity === 'error') };
}

function edit(files: Map<string, string>, path: string, from: string, to: string): void {
  files.set(path, replaceOnce(files.get(path) ?? '', from, to));
}

function append(files: Map<string, string>, path: string, text: string): void {
  files.set(path, `${files.get(path) ?? ''}\n${text}`);
}

function onlyError(errors: Diagnostic[]): Diagnostic {
  expect(errors.map((d) => d.rule)).toHaveLength(1);
  const [d] = errors;
  if (!d) throw new Error('no error');
  return d;
}

describe('assembleBriefing: the seed', () => {
  const { value, diagnostics } = assembleSeed();
  const briefing = value as Briefing;

  it('assembles with no errors and every direct quote of the source covered', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(diagnostics.filter((d) => d.rule === 'quote-uncovered')).toEqual([]);
    expect(value).toBeDefined();
  });

  it('carries the source and briefing metadata', () => {
    expect(briefing.slug).toBe(SLUG);
    expect(briefing.meta).toEqual({
      title: 'Maduro offers police cooperation to neighbours',
      summary: expect.stringMatching(/^Venezuela's president proposes citizen-security agreements/),
      tags: ['venezuela', 'organized-crime', 'security'],
      status: 'published',
      published: '2026-11-27',
      author: 'Dossier editors',
    });
    // No git history in core: briefing.md's date alone (src/node/git-history.ts adds the rest).
    expect(briefing.dates).toEqual({ published: '2026-11-27' });
    expect(briefing.source).toMatchObject({
      outlet: 'Europa Press',
      published: '2025-12-06',
      file: SOURCE,
    });
    expect(briefing.paragraphs.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    expect(briefing.introHtml.startsWith('<p>Europa Press reports a speech')).toBe(true);
  });

  it('links the five quotes to ¶2, ¶3, ¶3, ¶3 and ¶5', () => {
    expect(briefing.quotes.map((q) => [q.id, q.by, q.anchor.paragraph])).toEqual([
      ['q-success-at-the-service', 'nicolas-maduro', 2],
      ['q-comprehensive', 'nicolas-maduro', 3],
      ['q-scientific', 'nicolas-maduro', 3],
      ['q-defeated-and-disappeared', 'nicolas-maduro', 3],
      ['q-no-longer-exists', 'venezuelan-government', 5],
    ]);
  });

  it('gives each quote the source’s own words, elisions shown as " … ", and spans that slice them out', () => {
    expect(briefing.quotes.map((q) => q.words)).toEqual([
      'It is a success that we place at the service of combating criminal gangs, international crime and drug trafficking … and continuing the victory through the path of law, justice and peace.',
      'comprehensive',
      'scientific',
      'defeated, defeated and disappeared.',
      'no longer exists',
    ]);
    for (const q of briefing.quotes) {
      const text = briefing.paragraphs[q.anchor.paragraph - 1]?.text ?? '';
      expect(q.anchor.parts.map((p) => text.slice(p.start, p.end)).join(' … ')).toBe(q.words);
    }
  });

  it('remembers where each quote was written', () => {
    const [first] = briefing.quotes;
    expect(first?.file).toBe(BRIEFING);
    expect(first?.line).toBe(
      lineOf(
        seedFiles().get(BRIEFING) ?? '',
        ':::quote{by=nicolas-maduro id=success-at-the-service}',
      ),
    );
    expect(first?.noteHtml).toBe('<p>Maduro pitches the police model as something to export.</p>');
  });

  it('dates "On Friday" 2025-12-05 and "last month" 2025-11, in chronological then source order', () => {
    expect(
      briefing.events.map((e) => [
        e.id,
        e.date.wording,
        e.date.start?.datetime ?? null,
        e.date.end?.datetime ?? null,
        e.anchor?.paragraph,
      ]),
    ).toEqual([
      ['e-us-sanctions', 'last month', '2025-11', null, 5],
      ['e-terrorist-classification', 'last month', '2025-11', null, 5],
      ['e-police-cooperation-offer', 'On Friday', '2025-12-05', null, 1],
      ['e-boat-strikes', '../2025-12-06', null, '2025-12-06', 6],
      ['e-threat-inside-venezuela', '../2025-12-06', null, '2025-12-06', 6],
    ]);
    const offer = briefing.events.find((e) => e.id === 'e-police-cooperation-offer');
    expect(offer?.date).toMatchObject({
      edtf: '2025-12-05',
      start: { precision: 'day' },
      relative: true,
    });
    expect(briefing.events.find((e) => e.id === 'e-us-sanctions')?.date).toMatchObject({
      edtf: '2025-11',
      start: { precision: 'month' },
    });
  });

  it('marks events from the source with their evidence and actors', () => {
    const offer = briefing.events.find((e) => e.id === 'e-police-cooperation-offer');
    expect(offer).toMatchObject({
      origin: 'source',
      actors: ['nicolas-maduro'],
      evidence:
        'proposed signing cooperation agreements on citizen security with his neighboring countries',
      label:
        "Maduro proposes citizen-security agreements to neighbouring countries and offers Venezuela's police system to the region.",
      file: EVENTS,
      line: 1,
    });
    expect(offer?.cite).toBeUndefined();
  });

  it('lists the actors that appear, by name, with mentions, quotes, events and roles', () => {
    expect(briefing.actors.map((a) => a.id)).toEqual([
      'europa-press',
      'venezuelan-government',
      'nicolas-maduro',
      'tren-de-aragua',
      'tren-del-llano',
      'united-states',
      'venezuela',
    ]);
    const maduro = briefing.actors.find((a) => a.id === 'nicolas-maduro');
    expect(maduro?.mentions.map((m) => [m.id, m.paragraph, m.text])).toEqual([
      ['m-nicolas-maduro-1', 1, 'Nicolas Maduro'],
      ['m-nicolas-maduro-2', 3, 'Maduro'],
      ['m-nicolas-maduro-3', 6, 'Maduro'],
    ]);
    expect(maduro?.quotes).toEqual([
      'q-success-at-the-service',
      'q-comprehensive',
      'q-scientific',
      'q-defeated-and-disappeared',
    ]);
    expect(maduro?.events).toEqual(['e-police-cooperation-offer']);
    expect(maduro?.roleHtml).toBe(
      '<p>Makes the offer, in statements at an official event broadcast on Venezuelan television.</p>',
    );
    const gang = briefing.actors.find((a) => a.id === 'tren-de-aragua');
    expect(gang?.mentions.map((m) => m.text)).toEqual(['Tren de Aragua', 'Aragua Train']);
    expect(gang?.events).toEqual(['e-us-sanctions', 'e-terrorist-classification']);
    expect(briefing.actors.find((a) => a.id === 'europa-press')?.mentions).toEqual([]);
  });

  it('links every quote and event back from its paragraph, in source order', () => {
    expect(
      Object.fromEntries(
        Object.entries(briefing.backlinks).map(([n, links]) => [n, links.map((l) => l.id)]),
      ),
    ).toEqual({
      1: ['e-police-cooperation-offer'],
      2: ['q-success-at-the-service'],
      3: ['q-comprehensive', 'q-scientific', 'q-defeated-and-disappeared', 'c-gangs-defeated'],
      5: [
        'e-us-sanctions',
        'c-no-longer-exists-v1',
        'e-terrorist-classification',
        'c-gangs-defeated-v1',
        'q-no-longer-exists',
        'c-no-longer-exists',
      ],
      6: ['e-boat-strikes', 'e-threat-inside-venezuela'],
    });
    for (const q of briefing.quotes)
      expect(
        briefing.backlinks[q.anchor.paragraph]?.some((l) => l.kind === 'quote' && l.id === q.id),
      ).toBe(true);
    for (const e of briefing.events)
      if (e.anchor)
        expect(
          briefing.backlinks[e.anchor.paragraph]?.some((l) => l.kind === 'event' && l.id === e.id),
        ).toBe(true);
  });
});

describe('assembleBriefing: annotations beyond the seed', () => {
  it('keeps an outside-context event with its citation, and a note on a whole paragraph', () => {
    const { result } = withEdits((files) =>
      append(
        files,
        EVENTS,
        ':::event{date=2025-02-20 cite="https://example.com/report"}\nContext from outside.\n:::\n\n:::note{p=3}\nA paragraph note.\n:::\n',
      ),
    );
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const briefing = result.value.briefings[0];
    expect(briefing?.events[0]).toMatchObject({
      id: 'e-context-from-outside',
      origin: 'context',
      cite: 'https://example.com/report',
      label: 'Context from outside.',
      date: { edtf: '2025-02-20' },
    });
    expect(briefing?.events[0]?.anchor).toBeUndefined();
    expect(briefing?.notes).toEqual([
      {
        id: 'n-a-paragraph-note',
        anchor: { paragraph: 3, start: 0, end: 0, parts: [] },
        noteHtml: '<p>A paragraph note.</p>',
        label: 'A paragraph note.',
        file: EVENTS,
        line: expect.any(Number),
      },
    ]);
    expect(briefing?.backlinks[3]?.[0]).toEqual({
      kind: 'note',
      id: 'n-a-paragraph-note',
      label: 'A paragraph note.',
    });
  });

  it('disambiguates a repeated phrase with p=, prefix= or suffix=', () => {
    const { result, errors } = withEdits((files) =>
      append(
        files,
        BRIEFING,
        [
          ':::quote{by=nicolas-maduro id=president-5 p=5}',
          '> Venezuelan President',
          ':::',
          '',
          ':::quote{by=nicolas-maduro id=president-1 prefix="On Friday,"}',
          '> Venezuelan President',
          ':::',
          '',
          ':::quote{by=nicolas-maduro id=second-defeated prefix="defeated,"}',
          '> defeated',
          ':::',
          '',
        ].join('\n'),
      ),
    );
    expect(errors).toEqual([]);
    const quotes = result.value.briefings[0]?.quotes ?? [];
    expect(quotes.slice(-3).map((q) => [q.id, q.anchor.paragraph, q.anchor.start])).toEqual([
      ['q-president-5', 5, 23],
      ['q-president-1', 1, 11],
      ['q-second-defeated', 3, 239],
    ]);
  });

  it('derives ids from the words when none is given, numbering collisions', () => {
    const { result, errors } = withEdits((files) =>
      append(
        files,
        BRIEFING,
        ':::quote{by=nicolas-maduro p=1}\n> Venezuelan President\n:::\n\n:::quote{by=nicolas-maduro p=5}\n> Venezuelan President\n:::\n',
      ),
    );
    expect(errors).toEqual([]);
    expect(result.value.briefings[0]?.quotes.slice(-2).map((q) => q.id)).toEqual([
      'q-venezuelan-president',
      'q-venezuelan-president-2',
    ]);
  });
});

describe('assembleBriefing: mistakes, each with its rule, position and exact wording', () => {
  it('quote-not-found: a misquote names briefing.md, the blockquote’s line and the closest passage in ¶2', () => {
    const { errors, text } = withEdits((files) =>
      edit(files, BRIEFING, '> It is a success that we place', '> It is a triumph that we place'),
    );
    expect(onlyError(errors)).toEqual({
      file: BRIEFING,
      line: lineOf(text(BRIEFING), '> It is a triumph'),
      column: 1,
      rule: 'quote-not-found',
      severity: 'error',
      message:
        'Quote not found in the source: “It is a triumph that we place at the service of combating criminal gangs, inter…”.',
      hint: 'Closest passage: ¶2 (94% similar): “It is a success that we place at the service of combating criminal gangs, inter…”. Copy the words exactly as the source prints them; mark cuts with "…".',
    });
  });

  it('quote-not-found: a misquoted one-word quote points at ¶3, and p= is named in the message', () => {
    const { errors } = withEdits((files) =>
      edit(
        files,
        BRIEFING,
        ':::quote{by=nicolas-maduro id=scientific}\n> “scientific”',
        ':::quote{by=nicolas-maduro id=scientific p=3}\n> “scientifical”',
      ),
    );
    expect(onlyError(errors)).toMatchObject({
      rule: 'quote-not-found',
      message: 'Quote not found in the source ¶3: “scientifical”.',
      hint: 'Closest passage: ¶3 (83% similar): “scientific”. Copy the words exactly as the source prints them; mark cuts with "…".',
    });
  });

  it('quote-ambiguous: lists the ¶s and suggests p=', () => {
    const { errors, text } = withEdits((files) =>
      append(files, BRIEFING, ':::quote{by=nicolas-maduro}\n> Venezuelan President\n:::\n'),
    );
    expect(onlyError(errors)).toEqual({
      file: BRIEFING,
      line: lineOf(text(BRIEFING), '> Venezuelan President'),
      column: 1,
      rule: 'quote-ambiguous',
      severity: 'error',
      message: 'Quote “Venezuelan President” occurs 2 times in the source: ¶1, ¶5.',
      hint: 'Add p=1 (or prefix="…"/suffix="…") to say which one you mean.',
    });
  });

  it('quote-ambiguous: within one paragraph, suggests prefix= or suffix=', () => {
    const { errors } = withEdits((files) =>
      append(files, BRIEFING, ':::quote{by=nicolas-maduro}\n> defeated\n:::\n'),
    );
    expect(onlyError(errors)).toMatchObject({
      message: 'Quote “defeated” occurs 2 times in the source: ¶3 (2 times).',
      hint: 'Add prefix="…" or suffix="…" with the words right before or after the one you mean.',
    });
  });

  it('evidence-not-found and evidence-ambiguous for an event’s blockquote', () => {
    const { errors } = withEdits((files) =>
      append(
        files,
        EVENTS,
        ':::event{date=2025-11 p=5}\n> sanctions imposed by Canada\n:::\n\n:::event{date=2025-11}\n> xyzzy plugh\n:::\n\n:::event{date=2025-12-05}\n> neighboring countries\n:::\n',
      ),
    );
    expect(errors.map((d) => [d.rule, d.message, d.hint])).toEqual([
      [
        'evidence-not-found',
        'Evidence not found in the source ¶5: “sanctions imposed by Canada”.',
        'Closest passage: ¶5 (78% similar): “sanctions imposed by”. Copy the words exactly as the source prints them; mark cuts with "…".',
      ],
      [
        'evidence-not-found',
        'Evidence not found in the source: “xyzzy plugh”.',
        'No similar passage in the source. Check that the words come from this article; for outside context use an :::event with cite="https://…" instead.',
      ],
      [
        'evidence-ambiguous',
        'Evidence “neighboring countries” occurs 2 times in the source: ¶1, ¶4.',
        'Add p=1 (or prefix="…"/suffix="…") to say which one you mean.',
      ],
    ]);
  });

  it('paragraph-out-of-range: p= beyond the source, for a quote and for a note', () => {
    const { errors } = withEdits((files) =>
      append(
        files,
        BRIEFING,
        ':::quote{by=nicolas-maduro p=9}\n> comprehensive\n:::\n\n:::note{p=8}\nA note.\n:::\n',
      ),
    );
    expect(errors.map((d) => [d.rule, d.message, d.hint])).toEqual([
      [
        'paragraph-out-of-range',
        'p=9 but the source has 6 paragraphs.',
        'Use a ¶ number from 1 to 6.',
      ],
      [
        'paragraph-out-of-range',
        'p=8 but the source has 6 paragraphs.',
        'Use a ¶ number from 1 to 6.',
      ],
    ]);
  });

  it('quote-empty, quote-no-words and note-no-anchor', () => {
    const { errors } = withEdits((files) =>
      append(
        files,
        BRIEFING,
        ':::quote{by=nicolas-maduro}\n>\n:::\n\n:::quote{by=nicolas-maduro}\nNo words.\n:::\n\n:::note\nNothing.\n:::\n',
      ),
    );
    expect(errors.map((d) => [d.rule, d.message, d.hint])).toEqual([
      ['quote-empty', 'Quote is empty.', 'Copy the words from the source after "> ".'],
      [
        'quote-no-words',
        'This :::quote has no quoted words.',
        'Add the words as a blockquote line starting with "> ", copied from the source.',
      ],
      [
        'note-no-anchor',
        'This :::note is attached to nothing.',
        'Quote the words it is about as a "> " blockquote, or give the paragraph: :::note{p=3}.',
      ],
    ]);
  });

  it('directive-unknown: a misspelt :::quote, at its line, with did-you-mean', () => {
    const { errors, text } = withEdits((files) =>
      edit(
        files,
        BRIEFING,
        ':::quote{by=nicolas-maduro id=scientific}',
        ':::quot{by=nicolas-maduro id=scientific}',
      ),
    );
    expect(onlyError(errors)).toEqual({
      file: BRIEFING,
      line: lineOf(text(BRIEFING), ':::quot{'),
      column: 1,
      rule: 'directive-unknown',
      severity: 'error',
      message: 'Unknown directive ":::quot".',
      hint: 'Did you mean ":::quote"? Known: :::quote, :::event, :::claim, :::actor, :::note.',
    });
  });

  it('attribute-unknown: a misspelt attribute, with did-you-mean', () => {
    const { errors, text } = withEdits((files) =>
      edit(
        files,
        EVENTS,
        'date="On Friday" actors="nicolas-maduro"',
        'date="On Friday" actor="nicolas-maduro"',
      ),
    );
    expect(onlyError(errors)).toEqual({
      file: EVENTS,
      line: lineOf(text(EVENTS), 'actor="nicolas-maduro"'),
      column: columnOf(text(EVENTS), 'actor="nicolas-maduro"'),
      rule: 'attribute-unknown',
      severity: 'error',
      message: 'Unknown attribute "actor" on :::event.',
      hint: 'Did you mean "actors"? :::event takes date, actors, id, cite, source, p, prefix, suffix.',
    });
  });

  it('actor-unknown: in a quote’s by= and in an event’s actors=, with did-you-mean', () => {
    const { errors, text } = withEdits((files) => {
      edit(
        files,
        BRIEFING,
        ':::quote{by=nicolas-maduro id=comprehensive}',
        ':::quote{by=nicolas-madur id=comprehensive}',
      );
      edit(
        files,
        EVENTS,
        'actors="united-states tren-de-aragua" id=us-sanctions',
        'actors="united-states aragua-train" id=us-sanctions',
      );
    });
    expect(errors).toEqual([
      {
        file: BRIEFING,
        line: lineOf(text(BRIEFING), 'by=nicolas-madur '),
        column: columnOf(text(BRIEFING), 'by=nicolas-madur '),
        rule: 'actor-unknown',
        severity: 'error',
        message: 'Unknown actor "nicolas-madur": there is no content/actors/nicolas-madur.md.',
        hint: 'Did you mean "nicolas-maduro"? Or create content/actors/nicolas-madur.md.',
      },
      {
        file: EVENTS,
        line: lineOf(text(EVENTS), 'aragua-train'),
        column: columnOf(text(EVENTS), 'actors="united-states aragua-train"'),
        rule: 'actor-unknown',
        severity: 'error',
        message: 'Unknown actor "aragua-train": there is no content/actors/aragua-train.md.',
        hint: 'Did you mean "tren-de-aragua"? Or create content/actors/aragua-train.md.',
      },
    ]);
  });

  it('actor-unknown: an :::actor note for an actor not in the registry', () => {
    const { errors } = withEdits((files) =>
      append(files, BRIEFING, ':::actor{ref=venezuelan-goverment}\nRole.\n:::\n'),
    );
    expect(onlyError(errors)).toMatchObject({
      rule: 'actor-unknown',
      hint: 'Did you mean "venezuelan-government"? Or create content/actors/venezuelan-goverment.md.',
    });
  });

  it('duplicate-id: the second use of an id, at its line', () => {
    const { errors, text } = withEdits((files) =>
      edit(files, EVENTS, 'id=threat-inside-venezuela', 'id=boat-strikes'),
    );
    const body = text(EVENTS);
    expect(onlyError(errors)).toEqual({
      file: EVENTS,
      line: body
        .slice(0, body.indexOf('id=boat-strikes', body.indexOf('id=boat-strikes') + 1))
        .split('\n').length,
      column: columnOf(body, 'id=boat-strikes', body.indexOf('id=boat-strikes') + 1),
      rule: 'duplicate-id',
      severity: 'error',
      message: 'The id "boat-strikes" is used twice in this briefing.',
      hint: 'Give each annotation its own id=, or remove id= to derive one from the words.',
    });
  });

  it('duplicate-id: two :::actor notes for one actor', () => {
    const { errors } = withEdits((files) =>
      append(files, BRIEFING, ':::actor{ref=nicolas-maduro}\nAgain.\n:::\n'),
    );
    expect(onlyError(errors)).toMatchObject({
      rule: 'duplicate-id',
      message: 'The actor "nicolas-maduro" already has a :::actor note in this briefing.',
      hint: 'Merge the two :::actor blocks into one.',
    });
  });

  it('date-unresolvable: wording that is no date, at the event’s line', () => {
    const { errors, text } = withEdits((files) =>
      edit(
        files,
        EVENTS,
        'date="last month" actors="united-states tren-de-aragua" id=terrorist-classification',
        'date="blorp" actors="united-states tren-de-aragua" id=terrorist-classification',
      ),
    );
    expect(onlyError(errors)).toEqual({
      file: EVENTS,
      line: lineOf(text(EVENTS), 'date="blorp"'),
      column: columnOf(text(EVENTS), 'date="blorp"'),
      rule: 'date-unresolvable',
      severity: 'error',
      message: 'The date "blorp" cannot be resolved.',
      hint: 'Write an EDTF date (2025-12-05, 2025-11, 2025, 2025-09/2025-12, 2025-11~, 2025?) or plain wording such as "On Friday", "last month" or "Feb. 20".',
    });
  });

  it('event-no-evidence: an event with neither a blockquote nor cite=', () => {
    const { errors, text } = withEdits((files) =>
      append(files, EVENTS, ':::event{date=2025-02-20}\nNo evidence here.\n:::\n'),
    );
    expect(onlyError(errors)).toEqual({
      file: EVENTS,
      line: lineOf(text(EVENTS), ':::event{date=2025-02-20}'),
      column: 1,
      rule: 'event-no-evidence',
      severity: 'error',
      message: 'This :::event has neither evidence from the source nor a citation.',
      hint: 'Quote the source\'s words as a "> " blockquote, or add cite="https://…" for outside context.',
    });
  });

  it('prose-outside-directive: text outside any block in a file other than briefing.md', () => {
    const { errors, text } = withEdits((files) => append(files, EVENTS, 'Stray prose here.\n'));
    expect(onlyError(errors)).toEqual({
      file: EVENTS,
      line: lineOf(text(EVENTS), 'Stray prose here.'),
      column: 1,
      rule: 'prose-outside-directive',
      severity: 'error',
      message:
        'This text is outside any :::quote, :::event, :::actor or :::note block, so it would not be published.',
      hint: 'Put it inside a :::note block, or move it to briefing.md as the introduction.',
    });
  });

  it('frontmatter-misplaced: frontmatter in a file other than briefing.md', () => {
    const { errors } = withEdits((files) =>
      files.set(EVENTS, `---\ntitle: x\n---\n${files.get(EVENTS) ?? ''}`),
    );
    expect(onlyError(errors)).toEqual({
      file: EVENTS,
      line: 1,
      column: 1,
      rule: 'frontmatter-misplaced',
      severity: 'error',
      message: 'Only briefing.md has frontmatter; this annotation file has some too.',
      hint: 'Move these fields to briefing.md and delete the "---" block here.',
    });
  });

  it('source-missing: no source.md, and the briefing is not assembled', () => {
    const files = seedFiles();
    files.delete(SOURCE);
    const { value, diagnostics } = assembleSeed(files);
    expect(value).toBeUndefined();
    expect(diagnostics).toEqual([
      {
        file: `${DIR}/`,
        line: 1,
        column: 1,
        rule: 'source-missing',
        severity: 'error',
        message: 'The briefing folder "maduro-police-cooperation" has no source.md.',
        hint: 'Add content/briefings/maduro-police-cooperation/source.md with the article (or import it: npm run new -- article.txt).',
      },
    ]);
  });

  it('source-empty: a source with frontmatter and no paragraphs', () => {
    const { errors } = withEdits((files) =>
      files.set(SOURCE, '---\ntitle: T\noutlet: O\npublished: 2025-12-06\n---\n\n'),
    );
    expect(onlyError(errors)).toEqual({
      file: SOURCE,
      line: 6,
      column: 1,
      rule: 'source-empty',
      severity: 'error',
      message: 'The source has no paragraphs after its frontmatter.',
      hint: 'Paste the article body below the closing "---", paragraphs separated by blank lines.',
    });
  });

  it('briefing-missing and briefing-empty', () => {
    const missing = withEdits((files) => files.delete(BRIEFING));
    expect(onlyError(missing.errors)).toMatchObject({
      file: `${DIR}/`,
      rule: 'briefing-missing',
      message: 'The briefing folder "maduro-police-cooperation" has no briefing.md.',
      hint: 'Add content/briefings/maduro-police-cooperation/briefing.md with title and summary in its frontmatter.',
    });
    const empty = withEdits((files) => {
      files.set(BRIEFING, '---\ntitle: T\nsummary: S\n---\n');
      files.delete(EVENTS);
      files.delete(`${DIR}/claims.md`);
    });
    expect(onlyError(empty.errors)).toMatchObject({
      file: BRIEFING,
      line: 1,
      rule: 'briefing-empty',
      message: 'The briefing "maduro-police-cooperation" has no annotations.',
      hint: 'Add at least one :::quote or :::event block (npm run suggest -- <slug> drafts them).',
    });
  });

  it('date-unresolvable: wording cannot resolve without the source’s published date, but is not reported twice', () => {
    const { errors } = withEdits((files) => edit(files, SOURCE, 'published: 2025-12-06\n', ''));
    expect(onlyError(errors)).toMatchObject({ file: SOURCE, rule: 'frontmatter-missing-field' });
  });

  it('reports several mistakes across files in one run, and drops nothing silently', () => {
    const { errors, result } = withEdits((files) => {
      edit(files, BRIEFING, '> It is a success that we place', '> It is a triumph that we place');
      edit(
        files,
        BRIEFING,
        ':::quote{by=nicolas-maduro id=scientific}',
        ':::quot{by=nicolas-maduro id=scientific}',
      );
      edit(
        files,
        BRIEFING,
        ':::quote{by=nicolas-maduro id=comprehensive}',
        ':::quote{by=nicolas-madur id=comprehensive}',
      );
      edit(files, BRIEFING, ':::actor{ref=europa-press}', ':::actor{ref=europa-press pp=3}');
      edit(
        files,
        EVENTS,
        'date="last month" actors="united-states tren-de-aragua" id=terrorist-classification',
        'date="blorp" actors="united-states tren-de-aragua" id=terrorist-classification',
      );
      edit(files, EVENTS, 'id=threat-inside-venezuela', 'id=boat-strikes');
      append(
        files,
        EVENTS,
        ':::event{date=2025-02-20}\nNo evidence here.\n:::\n\nStray prose here.\n',
      );
    });
    expect(
      sortDiagnostics(errors).map((d) => `${d.file.replace(`${DIR}/`, '')} ${d.rule}`),
    ).toEqual([
      'briefing.md quote-not-found',
      'briefing.md actor-unknown',
      'briefing.md directive-unknown',
      'briefing.md attribute-unknown',
      'events.md date-unresolvable',
      'events.md duplicate-id',
      'events.md event-no-evidence',
      'events.md prose-outside-directive',
    ]);
    // One mistake does not stop the rest from being checked and assembled.
    expect(result.value.briefings[0]?.quotes.map((q) => q.id)).toEqual([
      'q-defeated-and-disappeared',
      'q-no-longer-exists',
    ]);
  });
});

describe('drafts', () => {
  it('reports a draft’s problems as draft warnings, even when its frontmatter is invalid', () => {
    const { result } = withEdits((files) => {
      edit(files, BRIEFING, 'tags:', 'status: "draft" # not yet\nsummary: ""\ntags:');
      edit(
        files,
        BRIEFING,
        'by=nicolas-maduro id=comprehensive',
        'by=nicolas-madur id=comprehensive',
      );
    });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const draftRules = result.diagnostics.filter((d) => d.draft).map((d) => d.rule);
    expect(draftRules).toContain('actor-unknown');
    expect(draftRules).toContain('frontmatter-yaml');
    expect(result.value.briefings).toEqual([]);
    expect(result.value.drafts).toEqual([]);
  });

  it('keeps a draft that assembles apart from the published briefings', () => {
    const { result } = withEdits((files) => edit(files, BRIEFING, 'tags:', 'status: draft\ntags:'));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.value.briefings).toEqual([]);
    expect(result.value.drafts.map((b) => b.slug)).toEqual([SLUG]);
    expect(result.value.timeline).toEqual([]);
  });

  it('does not take a status inside another field, or another status, for a draft', () => {
    const { errors } = withEdits((files) => {
      edit(files, BRIEFING, 'tags:', 'notes: "status: draft"\ntags:');
    });
    expect(errors.map((d) => [d.rule, d.draft])).toEqual([
      ['frontmatter-unknown-field', undefined],
    ]);
  });
});
