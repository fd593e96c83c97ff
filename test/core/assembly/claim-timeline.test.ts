// The site's claims are ordered by when each claim was made, not by when its source was
// published: a claim quoted from a later article but made earlier comes first, and the
// incremental update of the indexes keeps that order (test/core/assembly/site-indexes.test.ts
// checks the update against a fresh build at random).
import { describe, expect, it } from 'vitest';
import { assembleSite } from '../../../src/core/assembly/site.ts';
import { hasErrors } from '../../../src/core/diagnostics.ts';
import { DIR, seedFiles, toRaw } from '../../helpers/seed-fixture.ts';

const COPY = 'content/briefings/maduro-later-report';

/** The seed, and a copy under another slug whose source is published later but whose claim is dated earlier. */
function twoBriefings(claimDate: string): Map<string, string> {
  const files = seedFiles();
  for (const [p, text] of [...files]) {
    if (!p.startsWith(`${DIR}/`)) continue;
    let copied = text;
    if (p === `${DIR}/source.md`)
      copied = text.replace('published: 2025-12-06', 'published: 2026-01-10');
    if (p === `${DIR}/claims.md`) copied = text.replace('date="On Friday"', `date=${claimDate}`);
    files.set(p.replace(DIR, COPY), copied);
  }
  return files;
}

describe('the site timeline of claims', () => {
  it('orders claims by the date they were made, then by their source', () => {
    const { value, diagnostics } = assembleSite(toRaw(twoBriefings('2025-10-01')));
    expect(hasErrors(diagnostics)).toBe(false);
    const order = value.claims.map((c) => `${c.slug}#${c.claim.id}`);
    // The copy's gangs-defeated claim was made on 2025-10-01, before the seed's (2025-12-05),
    // although its source appeared on 2026-01-10, after the seed's (2025-12-06).
    expect(order.indexOf('maduro-later-report#c-gangs-defeated')).toBeLessThan(
      order.indexOf('maduro-police-cooperation#c-gangs-defeated'),
    );
    const copied = value.claims.find(
      (c) => c.slug === 'maduro-later-report' && c.claim.id === 'c-gangs-defeated',
    );
    expect(copied?.claim.made.start?.datetime).toBe('2025-10-01');
    expect(copied?.claim.appeared).toBe('2026-01-10');
  });

  it('puts a claim made later after the seed’s, whatever its source’s date', () => {
    const { value } = assembleSite(toRaw(twoBriefings('2026-01-09')));
    const order = value.claims.map((c) => `${c.slug}#${c.claim.id}`);
    expect(order.indexOf('maduro-later-report#c-gangs-defeated')).toBeGreaterThan(
      order.indexOf('maduro-police-cooperation#c-gangs-defeated'),
    );
  });
});
