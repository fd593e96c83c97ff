import { describe, expect, it } from 'vitest';
import {
  briefingDates,
  lastChanged,
  withFolderHistory,
} from '../../../src/core/assembly/briefing-dates.ts';
import { splitFrontmatter, validateFrontmatter } from '../../../src/core/markdown/frontmatter.ts';
import { BriefingSchema, type BriefingMeta } from '../../../src/schema/briefing.ts';
import { shippedSite } from '../../helpers/publishing-fixture.ts';

const FILE = 'content/briefings/x/briefing.md';
const frontmatter = (lines: string) =>
  validateFrontmatter(
    FILE,
    splitFrontmatter(`---\ntitle: T\nsummary: S\n${lines}\n---\n`),
    BriefingSchema,
    'briefing',
  );
const meta = (fields: Partial<BriefingMeta>): BriefingMeta => ({
  title: 'T',
  summary: 'S',
  tags: [],
  status: 'published',
  ...fields,
});

describe("briefing.md's published, updated and author", () => {
  it('reads them when they are ISO dates and a name', () => {
    const { data, diagnostics } = frontmatter(
      'published: 2025-12-07\nupdated: 2025-12-09\nauthor: Dossier editors',
    );
    expect(diagnostics).toEqual([]);
    expect(data).toMatchObject({
      published: '2025-12-07',
      updated: '2025-12-09',
      author: 'Dossier editors',
    });
  });

  it('reports a date that is not ISO, or not a real day, at its line and column with an example', () => {
    const { diagnostics } = frontmatter('published: 7 Dec 2025\nupdated: 2025-02-30');
    expect(diagnostics.map((d) => [d.line, d.column, d.rule, d.message, d.hint])).toEqual([
      [
        4,
        12,
        'frontmatter-invalid',
        'Field "published" must be an ISO date like 2025-12-06.',
        'Example: published: 2025-12-06',
      ],
      [
        5,
        10,
        'frontmatter-invalid',
        'Field "updated" is not a real calendar date.',
        'Example: updated: 2025-12-09',
      ],
    ]);
  });

  it('reports an update before the publication at the updated line', () => {
    const { diagnostics } = frontmatter('published: 2025-12-07\nupdated: 2025-12-01');
    expect(diagnostics.map((d) => [d.line, d.column, d.rule, d.message])).toEqual([
      [5, 10, 'frontmatter-invalid', 'Field "updated" must be on or after "published".'],
    ]);
  });
});

describe('briefingDates', () => {
  const history = { first: '2025-12-08', last: '2026-01-15' };

  it("takes briefing.md's dates over the history's", () => {
    expect(
      briefingDates(meta({ published: '2025-12-07', updated: '2025-12-20' }), history),
    ).toEqual({ published: '2025-12-07', updated: '2025-12-20' });
  });

  it("fills each missing date from the folder's first and last commits", () => {
    expect(briefingDates(meta({}), history)).toEqual({
      published: '2025-12-08',
      updated: '2026-01-15',
    });
    expect(briefingDates(meta({ published: '2025-12-07' }), history)).toEqual({
      published: '2025-12-07',
      updated: '2026-01-15',
    });
  });

  it('shows no update on or before the publication day, and nothing without dates or history', () => {
    expect(briefingDates(meta({}), { first: '2025-12-08', last: '2025-12-08' })).toEqual({
      published: '2025-12-08',
    });
    expect(briefingDates(meta({ published: '2026-02-01' }), history)).toEqual({
      published: '2026-02-01',
    });
    expect(briefingDates(meta({}))).toEqual({});
  });
});

describe('withFolderHistory', () => {
  it("completes each briefing's dates from its own folder's history and leaves the others alone", () => {
    const { site } = shippedSite();
    const [seed, second] = ['maduro-police-cooperation', 'valparaiso-port-strike'].map((slug) =>
      site.briefings.find((b) => b.slug === slug),
    );
    expect(seed?.dates).toEqual({ published: '2026-11-27' });
    expect(second?.dates).toEqual({});
    const dated = withFolderHistory(
      site,
      new Map([
        ['maduro-police-cooperation', { first: '2026-11-27', last: '2026-12-04' }],
        ['unknown-slug', { first: '2020-01-01', last: '2020-01-02' }],
      ]),
    );
    const datedSeed = dated.briefings.find((b) => b.slug === 'maduro-police-cooperation');
    expect(datedSeed?.dates).toEqual({ published: '2026-11-27', updated: '2026-12-04' });
    expect(datedSeed && lastChanged(datedSeed)).toBe('2026-12-04');
    expect(dated.briefings.find((b) => b.slug === 'valparaiso-port-strike')?.dates).toEqual({});
    // The site it was given is not changed.
    expect(seed?.dates).toEqual({ published: '2026-11-27' });
  });

  it('gives an unchanged briefing the same dated object on every run with the same history', () => {
    const { site } = shippedSite();
    const histories = new Map([
      ['maduro-police-cooperation', { first: '2026-11-27', last: '2026-12-04' }],
    ]);
    const first = withFolderHistory(site, histories);
    const again = withFolderHistory({ ...site, briefings: [...site.briefings] }, histories);
    const seedOf = (s: typeof site) =>
      s.briefings.find((b) => b.slug === 'maduro-police-cooperation');
    expect(seedOf(again)).toBe(seedOf(first));
    // Another history dates it afresh.
    const other = withFolderHistory(
      site,
      new Map([['maduro-police-cooperation', { first: '2026-11-27', last: '2026-12-05' }]]),
    );
    expect(seedOf(other)).not.toBe(seedOf(first));
    expect(seedOf(other)?.dates).toEqual({ published: '2026-11-27', updated: '2026-12-05' });
  });
});
