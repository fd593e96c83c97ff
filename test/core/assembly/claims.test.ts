// Claims, evidence and further sources: the seed briefing with an invented second
// source (test/fixtures/two-sources/) and claims across both, actor mentions and
// coverage warnings in the second source, then each editor mistake with its rule,
// position and wording.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assembleSite } from '../../../src/core/assembly/site.ts';
import type { Diagnostic } from '../../../src/core/diagnostics.ts';
import type { NameFinder } from '../../../src/core/assembly/coverage.ts';
import { briefingSegments } from '../../../src/core/publishing/segments.ts';
import { toBriefingJson } from '../../../src/core/publishing/briefing-json.ts';
import { splitFrontmatter } from '../../../src/core/markdown/frontmatter.ts';
import { DIR, ROOT, SLUG, seedFiles, toRaw } from '../../helpers/seed-fixture.ts';

const WIRE = `${DIR}/sources/coastal-wire.md`;
const CLAIMS = `${DIR}/claims-fixture.md`;
const fixture = (name: string) => readFileSync(`${ROOT}test/fixtures/two-sources/${name}`, 'utf8');

function withTwoSources(extra: Record<string, string> = {}): Map<string, string> {
  const files = seedFiles();
  files.set(WIRE, fixture('coastal-wire.md'));
  files.set(CLAIMS, fixture('claims.md'));
  for (const [path, text] of Object.entries(extra)) files.set(path, text);
  return files;
}

function assemble(files: Map<string, string>) {
  const { value, diagnostics } = assembleSite(toRaw(files));
  return { briefing: value?.briefings.find((b) => b.slug === SLUG), diagnostics, site: value };
}

const errors = (list: readonly Diagnostic[]) =>
  list
    .filter((d) => d.severity === 'error')
    .map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message} | ${d.hint}`);

describe('a briefing with two sources', () => {
  const { briefing, diagnostics, site } = assemble(withTwoSources());

  it('assembles without errors', () => {
    expect(errors(diagnostics)).toEqual([]);
    expect(briefing?.furtherSources.map((s) => s.id)).toEqual(['coastal-wire']);
  });

  it('numbers the further source on its own, with ids <id>-p<n>', () => {
    const wire = briefing?.furtherSources[0];
    expect(wire?.paragraphs.map((p) => p.id)).toEqual([
      'coastal-wire-p1',
      'coastal-wire-p2',
      'coastal-wire-p3',
      'coastal-wire-p4',
    ]);
    expect(wire?.published).toBe('2025-12-07');
    expect(briefing?.paragraphs[0]?.id).toBe('p1');
  });

  it('anchors evidence in the source it names, and counts the sources reporting an event', () => {
    const offer = briefing?.events.find((e) => e.id === 'e-offer-both');
    expect(offer?.anchor?.source).toBeUndefined();
    expect(offer?.anchor?.paragraph).toBe(1);
    expect(offer?.furtherEvidence).toHaveLength(1);
    const [v] = offer?.furtherEvidence ?? [];
    expect(v?.id).toBe('e-offer-both-v1');
    expect(v?.anchor.source).toBe('coastal-wire');
    expect(v?.anchor.paragraph).toBe(2);
    expect(v?.words).toBe('offered neighbouring countries police cooperation agreements on Friday');
    expect(offer?.reportedIn).toEqual(['', 'coastal-wire']);
  });

  it('resolves a relative date against the publication date of the source it is quoted from', () => {
    // "Yesterday" in Coastal Wire (7 Dec 2025) is 6 Dec, not 5 Dec as in Europa Press.
    const repeated = briefing?.events.find((e) => e.id === 'e-repeated');
    expect(repeated?.date.edtf).toBe('2025-12-06');
    expect(repeated?.anchor?.source).toBe('coastal-wire');
    expect(repeated?.anchor?.paragraph).toBe(3);
  });

  it('gives a claim its words, rating, evidence from both sources and its date', () => {
    const gone = briefing?.claims.find((c) => c.id === 'c-gone');
    expect(gone?.by).toBe('venezuelan-government');
    expect(gone?.anchor.source).toBe('coastal-wire');
    expect(gone?.words).toBe('the Tren de Aragua gang no longer operates in the country');
    expect(gone?.rating).toEqual({
      id: 'unsupported',
      label: 'Unsupported',
      meaning: 'The sources offer no evidence for the claim beyond the claimant’s word.',
      value: 4,
    });
    expect(gone?.scale).toBe(6);
    expect(gone?.appeared).toBe('2025-12-07');
    expect(
      gone?.evidence.map((v) => [v.stance, v.anchor.source ?? '', v.anchor.paragraph]),
    ).toEqual([
      ['contradicts', 'coastal-wire', 4],
      ['contradicts', '', 5],
    ]);
    expect(gone?.reasoningHtml).toBe('<p>Neither article offers evidence for the claim.</p>');
  });

  it('links each span back from its own source', () => {
    const wire = briefing?.furtherSources[0];
    expect(wire?.backlinks[3]?.map((l) => [l.kind, l.id])).toEqual([
      ['event', 'e-repeated'],
      ['claim', 'c-gone'],
    ]);
    expect(wire?.backlinks[4]?.map((l) => [l.kind, l.id])).toEqual([['evidence', 'c-gone-v1']]);
    expect(briefing?.backlinks[5]?.some((l) => l.id === 'c-gone-v2')).toBe(true);
  });

  it("lists the claim on its maker's actor and in the site's claims", () => {
    const government = site?.actors.find((a) => a.id === 'venezuelan-government');
    const appearance = government?.appearances.find((a) => a.slug === SLUG);
    expect(appearance?.claims.map((c) => c.id)).toContain('c-gone');
    expect(appearance?.sources).toBe(2);
    expect(site?.claims.map((c) => c.claim.id)).toContain('c-gone');
  });
});

describe('actor mentions and coverage warnings in a further source', () => {
  /** A name finder that "finds" Caracas and Friday wherever they are written. */
  const findNames: NameFinder = (text) =>
    ['Caracas', 'Friday']
      .filter((name) => text.includes(name))
      .map((name) => ({ name, kind: 'organization' as const }));
  const { value, diagnostics } = assembleSite(toRaw(withTwoSources()), 'content', { findNames });
  const briefing = value.briefings.find((b) => b.slug === SLUG);
  const warnings = diagnostics
    .filter((d) => d.severity === 'warning' && d.file === WIRE)
    .map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`);

  it('finds registry actors named in the further source, numbered after source.md, with its id and outlet', () => {
    const aragua = briefing?.actors.find((a) => a.id === 'tren-de-aragua');
    expect(aragua?.mentions.map((m) => [m.id, m.source, m.outlet, m.paragraph, m.text])).toEqual([
      ['m-tren-de-aragua-1', undefined, undefined, 3, 'Tren de Aragua'],
      ['m-tren-de-aragua-2', undefined, undefined, 5, 'Aragua Train'],
      ['m-tren-de-aragua-3', 'coastal-wire', 'Coastal Wire (invented)', 3, 'Tren de Aragua'],
    ]);
    const us = briefing?.actors.find((a) => a.id === 'united-states');
    expect(us?.mentions.filter((m) => m.source === 'coastal-wire').map((m) => m.paragraph)).toEqual(
      [4],
    );
  });

  it("marks them in the further source's text, and only there", () => {
    const marked = (sourceId: string) =>
      briefingSegments(briefing!, sourceId)
        .flat()
        .flatMap((seg) => (seg.mention ? [seg.mention.id] : []));
    expect(marked('coastal-wire')).toContain('m-tren-de-aragua-3');
    expect(marked('')).not.toContain('m-tren-de-aragua-3');
    expect(marked('')).toContain('m-tren-de-aragua-1');
  });

  it('warns of a quoted passage of the further source no annotation quotes (quote-uncovered)', () => {
    expect(warnings.filter((w) => w.includes('quote-uncovered'))).toEqual([
      `${WIRE}:10:150 quote-uncovered ¶2 has a direct quote no annotation covers: “defeated”.`,
    ]);
  });

  it('warns of a name the registry lacks in the further source, each name once across the sources (actor-unregistered)', () => {
    expect(warnings.filter((w) => w.includes('actor-unregistered'))).toEqual([
      `${WIRE}:12:25 actor-unregistered ¶3 names "Caracas", which looks like an organization but is not in the actor registry.`,
    ]);
    // "Friday" is in both sources: reported once, in source.md.
    expect(
      diagnostics.filter((d) => d.rule === 'actor-unregistered' && d.message.includes('"Friday"')),
    ).toHaveLength(1);
    expect(
      diagnostics.find((d) => d.rule === 'actor-unregistered' && d.message.includes('"Friday"'))
        ?.file,
    ).toBe(`${DIR}/source.md`);
  });

  it("publishes a further source's mentions in briefing.json with offsets into its text", () => {
    const json = toBriefingJson(briefing!, 'https://dossier.example.org');
    const mention = json.actors
      .find((a) => a.id === 'tren-de-aragua')
      ?.mentions.find((m) => m.source === 'coastal-wire');
    const text = [...splitFrontmatter(fixture('coastal-wire.md')).body];
    expect(mention && text.slice(mention.start, mention.end).join('')).toBe('Tren de Aragua');
  });
});

describe('claims, evidence and sources: mistakes', () => {
  const one = (annotation: string, extra: Record<string, string> = {}) =>
    errors(assemble(withTwoSources({ [`${DIR}/mistake.md`]: annotation, ...extra })).diagnostics);
  const FILE = `${DIR}/mistake.md`;

  it('source-unknown: with did-you-mean', () => {
    expect(one(':::quote{by=nicolas-maduro source=coastal-wires}\n> defeated\n:::\n')).toEqual([
      `${FILE}:1:28 source-unknown source=coastal-wires names no source of this briefing (its further sources: coastal-wire). | Did you mean source=coastal-wire?`,
    ]);
  });

  it('evidence-not-found: in the source it names, with the closest passage and similarity', () => {
    const [message] = one(
      '::::claim{by=nicolas-maduro rating=disputed statement="Gangs are gone."}\n> defeated, defeated and disappeared\n\n:::evidence{stance=contradicts source=coastal-wire}\n> The United States sanctioned the gang last month\n:::\n::::\n',
    );
    expect(message).toBe(
      `${FILE}:5:1 evidence-not-found Evidence not found in the source "coastal-wire": “The United States sanctioned the gang last month”. | Closest passage: ¶4 (${message?.match(/\((\d+)% similar\)/)?.[1]}% similar): “The United States sanctioned the group last month”. Copy the words exactly as the source prints them; mark cuts with "…".`,
    );
    expect(Number(message?.match(/\((\d+)% similar\)/)?.[1])).toBeGreaterThan(80);
  });

  it('rating-unknown: with did-you-mean and the scale', () => {
    expect(
      one(
        ':::claim{by=nicolas-maduro rating=dispute statement="Gangs are gone."}\n> defeated, defeated and disappeared\n:::\n',
      ),
    ).toEqual([
      `${FILE}:1:28 rating-unknown The rating "dispute" is not on this site's scale. | Did you mean rating=disputed? The scale: accurate, mostly-accurate, unsupported, disputed, misleading, false (content/ratings.md replaces the default).`,
    ]);
  });

  it('claim-no-words', () => {
    expect(
      one(
        ':::claim{by=nicolas-maduro rating=disputed statement="Gangs are gone."}\nHe said so.\n:::\n',
      ),
    ).toEqual([
      `${FILE}:1:1 claim-no-words This :::claim has no words of its own: a claim is what someone said, quoted from a source. | Add the claimant’s words as a "> " blockquote copied from the source (with source=<id> when they are in a further source); the statement= says what they claim.`,
    ]);
  });

  it('evidence-duplicate: the same passage cited twice, and evidence repeating the claim’s words', () => {
    expect(
      one(
        '::::claim{by=venezuelan-government rating=unsupported statement="It is gone."}\n> no longer exists\n\n:::evidence{stance=contradicts}\n> the group “no longer exists” in the country\n:::\n::::\n',
      ),
    ).toEqual([
      `${FILE}:5:1 evidence-duplicate This evidence cites ¶5 “the group “no longer exists” in the country”, a passage this :::claim already cites (line 2, its own words). | Cite each passage once: delete this :::evidence, or quote a passage the block does not cite yet.`,
    ]);
    expect(
      one(
        '::::event{date="last month" actors="united-states"}\n> sanctions imposed by the United States\n\n:::evidence{stance=supports source=coastal-wire}\n> sanctioned the group last month\n:::\n\n:::evidence{stance=supports source=coastal-wire}\n> The United States sanctioned the group\n:::\n::::\n',
      ),
    ).toEqual([
      `${FILE}:9:1 evidence-duplicate This evidence cites ¶4 of "coastal-wire" “The United States sanctioned the group”, a passage this :::event already cites (line 4). | Cite each passage once: delete this :::evidence, or quote a passage the block does not cite yet.`,
    ]);
  });

  it('a further source without published: frontmatter-missing-field, with why the date matters', () => {
    const file = `${DIR}/sources/harbour-gazette.md`;
    expect(
      one(':::actor{ref=venezuela}\n:::\n', {
        [file]: '---\ntitle: Police pacts\noutlet: Harbour Gazette\n---\n\nOne paragraph.\n',
      }),
    ).toEqual([
      `${file}:1:1 frontmatter-missing-field The further source frontmatter lacks the required field "published". | Add a line "published: 2025-12-06" (the date this article was published) between the "---" lines: relative dates quoted from it resolve against it, and its claims are dated by it.`,
    ]);
  });

  it('source-id-invalid: a reserved id', () => {
    expect(
      one(':::actor{ref=venezuela}\n:::\n', {
        [`${DIR}/sources/q.md`]: '---\ntitle: T\noutlet: O\npublished: 2025-12-07\n---\n\nText.\n',
      }),
    ).toEqual([
      `${DIR}/sources/q.md:1:1 source-id-invalid "q" is kept for the page's own fragment ids, so it cannot name a source. | Rename the file to a lowercase kebab-case word naming the outlet, e.g. sources/coastal-wire.md.`,
    ]);
  });

  it('directive-nesting: evidence in a claim opened with three colons', () => {
    const found = one(
      ':::claim{by=nicolas-maduro rating=disputed statement="Gangs are gone."}\n> defeated, defeated and disappeared\n\n:::evidence{stance=contradicts}\n> which it classified as a terrorist organization\n:::\n:::\n',
    );
    expect(found[0]).toBe(
      `${FILE}:1:1 directive-nesting The :::evidence on line 4 has as many colons as this :::claim, so its closing ":::" ends the :::claim too. | Open the :::claim with four colons, "::::claim{…}", and close it with "::::".`,
    );
  });

  it('placeholder-unfilled: each fill-in-… value suggest writes, at its attribute, with the fix', () => {
    expect(
      one(
        '::::claim{by=fill-in-speaker rating=fill-in-rating statement="fill-in-statement"}\n> defeated, defeated and disappeared\n\n:::evidence{stance=contradicts}\n> which it classified as a terrorist organization\n:::\n::::\n\n:::event{date="On Friday" actors="nicolas-maduro fill-in-actor"}\n> proposed signing cooperation agreements\n:::\n',
      ),
    ).toEqual([
      `${FILE}:1:11 placeholder-unfilled by=fill-in-speaker on :::claim is a placeholder npm run suggest wrote for you to fill in: "fill-in-speaker" is not a real value. | Replace it with the actor id of who said it (a file in content/actors/; the comment suggest wrote lists the candidates).`,
      `${FILE}:1:30 placeholder-unfilled rating=fill-in-rating on :::claim is a placeholder npm run suggest wrote for you to fill in: "fill-in-rating" is not a real value. | Replace it with your verdict, the id of a rating on the site's scale: accurate, mostly-accurate, unsupported, disputed, misleading, false.`,
      `${FILE}:1:52 placeholder-unfilled statement="fill-in-statement" on :::claim is a placeholder npm run suggest wrote for you to fill in: "fill-in-statement" is not a real value. | Replace it with what the words claim, in one sentence of your own, between double quotes.`,
      `${FILE}:9:27 placeholder-unfilled actors="nicolas-maduro fill-in-actor" on :::event is a placeholder npm run suggest wrote for you to fill in: "fill-in-actor" is not a real value. | Replace it with the ids of the actors involved, separated by spaces.`,
    ]);
  });

  it('a rating scale from content/ratings.md replaces the default', () => {
    const ratings =
      '---\nratings:\n  - id: holds\n    label: Holds\n    meaning: It holds.\n  - id: fails\n    label: Fails\n    meaning: It fails.\n---\n';
    const { briefing, diagnostics } = assemble(withTwoSources({ 'content/ratings.md': ratings }));
    // The fixture's and the seed's ratings are not on the new scale.
    const hint = 'The scale: holds, fails (content/ratings.md replaces the default).';
    expect(errors(diagnostics)).toEqual([
      `${CLAIMS}:15:44 rating-unknown The rating "unsupported" is not on this site's scale. | ${hint}`,
      `${DIR}/claims.md:1:47 rating-unknown The rating "disputed" is not on this site's scale. | ${hint}`,
      `${DIR}/claims.md:18:56 rating-unknown The rating "unsupported" is not on this site's scale. | ${hint}`,
    ]);
    expect(briefing?.claims.find((c) => c.id === 'c-gone')).toBeUndefined();
  });
});
