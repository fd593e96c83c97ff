import { describe, expect, it } from 'vitest';
import { SOURCE_LIMITS, sourceTooLarge } from '../../../src/core/text/source-limits.ts';
import { SOURCE, seedSource } from '../../helpers/seed-fixture.ts';

const HINT =
  "This looks like more than one article: split it into one briefing per article, or keep only the article's own paragraphs.";

describe('sourceTooLarge', () => {
  it('passes a real article: the seed', () => {
    const { body, bodyLine } = seedSource();
    expect(sourceTooLarge(SOURCE, body, bodyLine)).toBeUndefined();
  });

  it('limits a source to 1 MiB and 2,000 paragraphs', () => {
    expect(SOURCE_LIMITS).toEqual({ bytes: 1024 * 1024, paragraphs: 2000 });
  });

  it('source-too-large: over the byte limit, at the body’s first line, size rounded up', () => {
    const body = `\n${'x'.repeat(1024 * 1024)}\n`;
    expect(sourceTooLarge(SOURCE, body, 8)).toEqual({
      file: SOURCE,
      line: 8,
      column: 1,
      rule: 'source-too-large',
      severity: 'error',
      message:
        'The source body is 1.1 MiB in 1 paragraph; the limit for one article is 1 MiB or 2,000 paragraphs, so its annotations are not checked against it.',
      hint: HINT,
    });
  });

  it('source-too-large: over the paragraph limit, counting UTF-8 bytes', () => {
    // 2,001 × 2 bytes of Ñ + 2,000 × 2 bytes of blank lines = 8,002 bytes.
    const body = Array.from({ length: 2001 }, () => 'Ñ').join('\n\n');
    expect(sourceTooLarge(SOURCE, body, 1)?.message).toBe(
      'The source body is 8 KiB in 2,001 paragraphs; the limit for one article is 1 MiB or 2,000 paragraphs, so its annotations are not checked against it.',
    );
    expect(
      sourceTooLarge(SOURCE, Array.from({ length: 2000 }, () => 'Ñ').join('\n\n'), 1),
    ).toBeUndefined();
  });

  it('takes other limits', () => {
    expect(sourceTooLarge('s.md', 'a\n\nb\n\nc', 1, { bytes: 100, paragraphs: 2 })?.message).toBe(
      'The source body is 7 bytes in 3 paragraphs; the limit for one article is 100 bytes or 2 paragraphs, so its annotations are not checked against it.',
    );
  });
});
