import { describe, expect, it } from 'vitest';
import { briefingSegments, paragraphSegments } from '../../../src/core/publishing/segments.ts';
import { shippedSite } from '../../helpers/publishing-fixture.ts';

const { site } = shippedSite();

describe('briefingSegments', () => {
  it('cuts every paragraph exactly as paragraphSegments cuts it alone', () => {
    for (const briefing of site.briefings) {
      const all = briefingSegments(briefing);
      expect(all).toHaveLength(briefing.paragraphs.length);
      briefing.paragraphs.forEach((p, i) => expect(all[i]).toEqual(paragraphSegments(briefing, p)));
    }
  });

  it('gives back the paragraph text, with its quoted spans and mentions marked', () => {
    const [briefing] = site.briefings;
    if (!briefing) throw new Error('no shipped briefing');
    const all = briefingSegments(briefing);
    briefing.paragraphs.forEach((p, i) =>
      expect((all[i] ?? []).map((s) => s.text).join('')).toBe(p.text),
    );
    const segments = all.flat();
    expect(segments.filter((s) => s.spans.some((r) => r.first)).length).toBeGreaterThan(0);
    expect(segments.filter((s) => s.mention?.first).length).toBeGreaterThan(0);
  });
});
