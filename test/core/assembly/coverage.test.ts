import { describe, expect, it } from 'vitest';
import {
  coverageWarnings,
  positionIn,
  uncoveredQuotes,
  unregisteredNames,
} from '../../../src/core/assembly/coverage.ts';
import { findNamesWithNlp } from '../../../src/node/name-finder.ts';
import { splitParagraphs } from '../../../src/core/text/paragraphs.ts';
import type { Actor } from '../../../src/core/actors/actors.ts';
import type { Range } from '../../../src/core/anchoring/anchoring.ts';
import { SOURCE, seedRegistry, seedSource } from '../../helpers/seed-fixture.ts';

const { paragraphs } = seedSource();
const registry = seedRegistry();

describe('uncoveredQuotes', () => {
  it('lists every direct quote of the seed when nothing covers them, at the opening quotation mark', () => {
    const warnings = uncoveredQuotes(SOURCE, paragraphs, new Map());
    expect(warnings.map((w) => [w.line, w.column, w.rule, w.severity])).toEqual([
      [13, 95, 'quote-uncovered', 'warning'],
      [15, 54, 'quote-uncovered', 'warning'],
      [15, 74, 'quote-uncovered', 'warning'],
      [15, 229, 'quote-uncovered', 'warning'],
      [19, 357, 'quote-uncovered', 'warning'],
    ]);
    expect(warnings[1]).toEqual({
      file: SOURCE,
      line: 15,
      column: 54,
      rule: 'quote-uncovered',
      severity: 'warning',
      message: '¶3 has a direct quote no annotation covers: “comprehensive”.',
      hint: 'Add a :::quote{by=…} block with "> comprehensive" if it matters to this briefing.',
    });
  });

  it('is silent about a quote a range overlaps', () => {
    const covered = new Map<number, Range[]>([
      [3, [{ start: 54, end: 67 }]],
      [5, [{ start: 360, end: 365 }]],
    ]);
    const left = uncoveredQuotes(SOURCE, paragraphs, covered).map((w) => w.message);
    expect(left).toHaveLength(3);
    expect(left.some((m) => m.includes('comprehensive'))).toBe(false);
    expect(left.some((m) => m.includes('no longer exists'))).toBe(false);
  });

  it('finds straight-quoted passages too', () => {
    const [w] = uncoveredQuotes('s.md', splitParagraphs('He said "enough" twice.'), new Map());
    expect(w?.message).toBe('¶1 has a direct quote no annotation covers: “enough”.');
  });
});

describe('unregisteredNames', () => {
  it('names people and organisations missing from the registry, at their position', () => {
    const warnings = unregisteredNames(SOURCE, paragraphs, [], findNamesWithNlp);
    expect(warnings.map((w) => [w.line, w.column, w.message])).toEqual([
      [
        11,
        23,
        '¶1 names "President Nicolas Maduro", which looks like a person but is not in the actor registry.',
      ],
      [
        13,
        72,
        '¶2 names "Venezuelan television", which looks like an organization but is not in the actor registry.',
      ],
      [
        15,
        175,
        '¶3 names "Tren de Aragua", which looks like a person but is not in the actor registry.',
      ],
      [
        19,
        300,
        '¶5 names "Venezuelan government", which looks like an organization but is not in the actor registry.',
      ],
    ]);
    expect(warnings[0]?.hint).toBe(
      'Create content/actors/president-nicolas-maduro.md (name, kind, aliases) if it matters to this briefing.',
    );
  });

  it('is silent about names the registry knows by name or alias, accents aside', () => {
    const messages = unregisteredNames(SOURCE, paragraphs, registry.values(), findNamesWithNlp).map(
      (w) => w.message,
    );
    expect(messages).toEqual([
      '¶2 names "Venezuelan television", which looks like an organization but is not in the actor registry.',
    ]);
  });

  it('matches registry names as whole words: the alias "US" does not cover "Gustavo Petro" or "Justice Department"', () => {
    const us: Actor = {
      id: 'united-states',
      name: 'United States',
      kind: 'country',
      aliases: ['US'],
      descriptionHtml: '',
      file: 'content/actors/united-states.md',
    };
    const body = 'Colombian President Gustavo Petro met officials of the Justice Department.';
    expect(
      unregisteredNames('s.md', splitParagraphs(body), [us], findNamesWithNlp).map(
        (w) => w.message,
      ),
    ).toEqual([
      '¶1 names "President Gustavo Petro", which looks like a person but is not in the actor registry.',
      '¶1 names "Justice Department", which looks like an organization but is not in the actor registry.',
    ]);
  });

  it('lets a name pass when a term holds it or it holds a term, whichever word of the term it starts at', () => {
    const actor = (id: string, name: string, aliases: string[]): Actor => ({
      id,
      name,
      kind: 'organization',
      aliases,
      descriptionHtml: '',
      file: `content/actors/${id}.md`,
    });
    // "Gustavo Petro" is inside "President Gustavo Petro Urrego" (at its second word);
    // the alias "Justice Department" is the name itself; "Department" is a whole word of
    // the Department of Justice's name (not of "Departments"); "Urrego Foundation" is in
    // no term and holds none.
    const registry = [
      actor('petro', 'President Gustavo Petro Urrego', []),
      actor('doj', 'United States Department of Justice', ['Justice Department']),
      actor('depts', 'Departments', []),
    ];
    const finder = () => [
      { name: 'Gustavo Petro', kind: 'person' as const },
      { name: 'Justice Department', kind: 'organization' as const },
      { name: 'Department', kind: 'organization' as const },
      { name: 'Urrego Foundation', kind: 'organization' as const },
    ];
    expect(
      unregisteredNames('s.md', splitParagraphs('Any text.'), registry, finder).map(
        (w) => w.message,
      ),
    ).toEqual([
      '¶1 names "Urrego Foundation", which looks like an organization but is not in the actor registry.',
    ]);
  });
});

describe('coverageWarnings', () => {
  it('looks for no names without a name finder (astro build)', () => {
    expect(coverageWarnings(SOURCE, paragraphs, [], registry.values()).map((w) => w.rule)).toEqual(
      Array(5).fill('quote-uncovered'),
    );
  });

  it('combines both kinds for the seed with its registry and no quotes', () => {
    expect(
      coverageWarnings(SOURCE, paragraphs, [], registry.values(), undefined, findNamesWithNlp).map(
        (w) => w.rule,
      ),
    ).toEqual([
      'quote-uncovered',
      'quote-uncovered',
      'quote-uncovered',
      'quote-uncovered',
      'quote-uncovered',
      'actor-unregistered',
    ]);
  });
});

describe('positionIn', () => {
  it('turns a paragraph offset into a file line and column, across inner line breaks', () => {
    const [p] = splitParagraphs('first line\nsecond line', 10);
    if (!p) throw new Error('no paragraph');
    expect(positionIn('s.md', p, 0)).toEqual({ file: 's.md', line: 10, column: 1 });
    expect(positionIn('s.md', p, 18)).toEqual({ file: 's.md', line: 11, column: 8 });
  });
});
