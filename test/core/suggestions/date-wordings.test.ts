// Date wordings the first runs on unseen articles missed or read in the wrong tense, as
// the suggestions find them and as `npm run check` resolves the attribute they write.
import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../../src/core/dates/dates.ts';
import { suggest } from '../../../src/core/suggestions/suggest.ts';
import { seedRegistry } from '../../helpers/seed-fixture.ts';

/** Each date wording of `paragraph` with its EDTF value, checked as the build resolves the draft's attribute. */
function dates(paragraph: string, published: string): [string, string][] {
  const text = `---\ntitle: T\noutlet: O\npublished: ${published}\n---\n\n${paragraph}\n`;
  const s = suggest({
    source: { path: 'content/briefings/b/source.md', text },
    registry: seedRegistry(),
  }).value;
  if (!s) throw new Error('suggest failed');
  return s.dates.map((d) => {
    const checked = resolveDate(d.attribute, published);
    return [d.wording, checked.ok ? checked.date.edtf : `unresolvable: ${d.attribute}`];
  });
}

describe('English date wordings', () => {
  // Published Tuesday 18 March 2025.
  it('reads a year after "into", a span between two months and the end of the month', () => {
    expect(
      dates(
        'Delays would push revenue into 2026. The ward closed 41 times between September and December. The banks want their money by the end of the month.',
        '2025-03-18',
      ),
    ).toEqual([
      ['2026', '2026'],
      ['between September and December', '2024-09/2024-12'],
      ['the end of the month', '2025-03'],
    ]);
  });

  it('reads "starting Friday" forward whatever the reporting verb after it says', () => {
    expect(
      dates(
        'The ward will close overnight for at least six weeks starting Friday, the authority said Tuesday.',
        '2025-03-18',
      ),
    ).toEqual([
      ['starting Friday', '2025-03-21/..'],
      ['Tuesday', '2025-03-18'],
    ]);
  });

  it('reads the present progressive as a plan, and "were" as the past', () => {
    expect(dates('“We are not leaving on Friday,” she said.', '2025-03-18')).toEqual([
      ['on Friday', '2025-03-21'],
    ]);
    expect(dates('Shares were trading lower on Friday.', '2025-03-18')).toEqual([
      ['on Friday', '2025-03-14'],
    ]);
  });

  it('offers no date for a length of time or a weekend with nothing to say which', () => {
    expect(
      dates(
        'Some nurses have not had a weekend off in months. The strike lasted 24 hours.',
        '2025-03-18',
      ),
    ).toEqual([]);
  });
});

describe('Spanish date wordings', () => {
  // Published Monday 3 March 2025.
  it('reads "desde el <día>" as an open interval, in the tense of its sentence', () => {
    expect(
      dates(
        'Las faenas están paralizadas desde el sábado. Los camiones no se moverán desde el jueves.',
        '2025-03-03',
      ),
    ).toEqual([
      ['desde el sábado', '2025-03-01/..'],
      ['desde el jueves', '2025-03-06/..'],
    ]);
  });

  it('reads "hasta el <fecha>" as an interval that ends then, and "a finales de mes"', () => {
    expect(
      dates(
        'El recorte estará vigente hasta el 30 de septiembre de 2026. Cortarán la autovía a finales de mes.',
        '2025-03-03',
      ),
    ).toEqual([
      ['hasta el 30 de septiembre de 2026', '../2026-09-30'],
      ['finales de mes', '2025-03'],
    ]);
  });

  it('reads a date after what a verb convenes as that event’s, and a strike “de 24 horas” as no date', () => {
    expect(
      dates(
        'El ministerio convocó a los transportadores a una reunión el miércoles. La confederación convocó un paro de 24 horas.',
        '2025-03-03',
      ),
    ).toEqual([['miércoles', '2025-03-05']]);
    expect(dates('El sindicato convocó el lunes una huelga.', '2025-03-05')).toEqual([
      ['lunes', '2025-03-03'],
    ]);
  });
});
