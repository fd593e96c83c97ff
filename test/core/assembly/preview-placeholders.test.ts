// The placeholders the live preview writes (`by=fill-in-speaker`, `date=fill-in-date`, a
// claim's rating and statement), both ways: an error that leaves the block out by default
// (check and build), and with `placeholders: 'draft'` (astro dev only) a warning, the block
// kept as pending, flagged with what it lacks, in none of the lists that need the missing
// value: no speaker, date or rating invented.
import { describe, expect, it } from 'vitest';
import { assembleSite } from '../../../src/core/assembly/site.ts';
import { parseAnnotations } from '../../../src/core/markdown/annotations.ts';
import { briefingSegments } from '../../../src/core/publishing/segments.ts';
import { segmentsToHtml } from '../../../src/core/publishing/paragraph-html.ts';
import { DIR, SLUG, seedFiles, toRaw } from '../../helpers/seed-fixture.ts';

const FILE = `${DIR}/annotations.md`;
const QUOTE =
  ':::quote{by=fill-in-speaker}\n> insisted on its readiness to put it at the service of neighboring countries\n:::\n';
const EVENT =
  ':::event{date=fill-in-date}\n> through information exchange and joint operations\n:::\n';
const CLAIM =
  '::::claim{by=venezuelan-government rating=fill-in-rating statement="fill-in-statement"}\n> no longer exists\n::::\n';

function assemble(text: string, placeholders?: 'error' | 'draft') {
  const files = seedFiles();
  files.set(FILE, text);
  const { value, diagnostics } = assembleSite(
    toRaw(files),
    'content',
    placeholders ? { placeholders } : {},
  );
  const own = diagnostics.filter((d) => d.file === FILE);
  return {
    site: value,
    errors: diagnostics.filter((d) => d.severity === 'error'),
    briefing: value.briefings.find((b) => b.slug === SLUG),
    own: own.map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule}`),
    messages: own.map((d) => d.message),
  };
}

describe('parseAnnotations: placeholders', () => {
  it('are errors that leave the block out by default', () => {
    const { value, diagnostics } = parseAnnotations(FILE, QUOTE, 1);
    expect(value.annotations).toEqual([]);
    expect(diagnostics.map((d) => `${d.severity} ${d.rule}`)).toEqual([
      'error placeholder-unfilled',
    ]);
  });

  it("are warnings with placeholders: 'draft', the block kept with what it lacks", () => {
    const { value, diagnostics } = parseAnnotations(FILE, `${QUOTE}\n${EVENT}\n${CLAIM}`, 1, {
      placeholders: 'draft',
    });
    expect(value.annotations.map((a) => [a.directive, a.toFill])).toEqual([
      ['quote', ['by']],
      ['event', ['date']],
      ['claim', ['rating', 'statement']],
    ]);
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule}`)).toEqual([
      '1:10 warning placeholder-unfilled',
      '5:10 warning placeholder-unfilled',
      '9:36 warning placeholder-unfilled',
      '9:58 warning placeholder-unfilled',
    ]);
    expect(diagnostics[0]?.message).toContain('the preview shows it flagged "speaker to fill in"');
    expect(diagnostics[0]?.message).toContain('npm run check and npm run build refuse it');
  });

  it("keeps other placeholders errors even with placeholders: 'draft'", () => {
    const { value, diagnostics } = parseAnnotations(
      FILE,
      ':::event{date="On Friday" actors="nicolas-maduro fill-in-actor"}\n> joint operations\n:::\n\n:::actor{ref=fill-in-actor}\n:::\n',
      1,
      { placeholders: 'draft' },
    );
    expect(value.annotations).toEqual([]);
    expect(diagnostics.map((d) => `${d.severity} ${d.rule}`)).toEqual([
      'error placeholder-unfilled',
      'error placeholder-unfilled',
    ]);
  });
});

describe('assembly: placeholders', () => {
  it('refuses each one by default, with nothing pending', () => {
    const { briefing, own } = assemble(`${QUOTE}\n${EVENT}\n${CLAIM}`);
    expect(own).toEqual([
      '1:10 error placeholder-unfilled',
      '5:10 error placeholder-unfilled',
      '9:36 error placeholder-unfilled',
      '9:58 error placeholder-unfilled',
    ]);
    expect(briefing?.pending).toBeUndefined();
  });

  it("with placeholders: 'draft', keeps them pending, flagged, in no other list and off the timeline", () => {
    const before = assemble('').briefing;
    const { site, briefing, own, errors } = assemble(`${QUOTE}\n${EVENT}\n${CLAIM}`, 'draft');
    // No error anywhere: the pending claim takes no id from claims.md's id=no-longer-exists on the same words.
    expect(errors).toEqual([]);
    expect(own).toContain('1:10 warning placeholder-unfilled');
    expect(
      briefing?.pending?.map((p) => [p.kind, p.id, p.toFill, p.words, p.anchor.paragraph, p.line]),
    ).toEqual([
      [
        'quote',
        'pending-q-insisted-on-its-readiness-to-put',
        ['by'],
        'insisted on its readiness to put it at the service of neighboring countries',
        4,
        1,
      ],
      [
        'event',
        'pending-e-through-information-exchange-and-joint-operations',
        ['date'],
        'through information exchange and joint operations',
        4,
        5,
      ],
      ['claim', 'pending-c-no-longer-exists', ['rating', 'statement'], 'no longer exists', 5, 9],
    ]);
    // Nothing invented: the lists, the actors and the site's timeline and claims are as without them.
    expect(briefing?.quotes).toEqual(before?.quotes);
    expect(briefing?.events).toEqual(before?.events);
    expect(briefing?.claims).toEqual(before?.claims);
    expect(briefing?.actors.map((a) => [a.id, a.quotes, a.claims])).toEqual(
      before?.actors.map((a) => [a.id, a.quotes, a.claims]),
    );
    const without = assemble('').site;
    expect(site.timeline).toEqual(without.timeline);
    expect(site.claims).toEqual(without.claims);
  });

  it('marks the pending words in the paragraph, with the flag after the mark', () => {
    const { briefing } = assemble(QUOTE, 'draft');
    if (!briefing) throw new Error('no briefing');
    const html = segmentsToHtml(briefingSegments(briefing)[3] ?? []);
    expect(html).toContain(
      '<mark class="span span-quote" id="src-pending-q-insisted-on-its-readiness-to-put" data-ref="pending-q-insisted-on-its-readiness-to-put">insisted on its readiness to put it at the service of neighboring countries</mark><a href="#to-fill-pending-q-insisted-on-its-readiness-to-put" class="to-fill-flag"',
    );
    expect(html).toMatch(/class="to-fill-flag" style="[^"]+">speaker to fill in<\/a>/);
    // Without the option there is no mark and no flag.
    const built = assemble(QUOTE).briefing;
    if (!built) throw new Error('no briefing');
    expect(segmentsToHtml(briefingSegments(built)[3] ?? [])).not.toContain('to-fill');
  });

  it('a pending quote still counts as covering its words (no quote-uncovered for them)', () => {
    const uncovered = (text: string, placeholders?: 'draft') =>
      assemble(text, placeholders).own.filter((d) => d.includes('quote-uncovered'));
    expect(uncovered(QUOTE, 'draft')).toEqual([]);
  });
});
