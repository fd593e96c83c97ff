import { describe, expect, it } from 'vitest';
import {
  error,
  formatDiagnostic,
  formatReport,
  hasErrors,
  sortDiagnostics,
  warning,
} from '../../src/core/diagnostics.ts';

const at = { file: 'content/briefings/maduro-police-cooperation/briefing.md', line: 13, column: 1 };

describe('error and warning', () => {
  it('build a diagnostic, with the hint only when there is one', () => {
    expect(error(at, 'quote-not-found', 'What.', 'Fix.')).toEqual({
      ...at,
      rule: 'quote-not-found',
      severity: 'error',
      message: 'What.',
      hint: 'Fix.',
    });
    const bare = warning(at, 'quote-uncovered', 'What.');
    expect(bare).toEqual({ ...at, rule: 'quote-uncovered', severity: 'warning', message: 'What.' });
    expect('hint' in bare).toBe(false);
  });
});

describe('formatDiagnostic', () => {
  it('prints `path:line:col  rule  message` and the hint indented below', () => {
    const d = error(
      at,
      'quote-not-found',
      'Quote not found in the source: “It is a triumph”.',
      'Closest passage: ¶2 (80% similar): “It is a success”.',
    );
    expect(formatDiagnostic(d)).toBe(
      'content/briefings/maduro-police-cooperation/briefing.md:13:1  quote-not-found  Quote not found in the source: “It is a triumph”.\n' +
        '    hint: Closest passage: ¶2 (80% similar): “It is a success”.',
    );
  });

  it('prints one line when there is no hint', () => {
    expect(
      formatDiagnostic(error({ file: 'a.md', line: 2, column: 7 }, 'source-empty', 'Message.')),
    ).toBe('a.md:2:7  source-empty  Message.');
  });

  it('says "warning" before a warning’s message', () => {
    expect(
      formatDiagnostic(
        warning({ file: 'a.md', line: 2, column: 7 }, 'quote-uncovered', 'Message.', 'Hint.'),
      ),
    ).toBe('a.md:2:7  quote-uncovered  warning Message.\n    hint: Hint.');
  });
});

describe('sortDiagnostics', () => {
  it('orders by file, line, column, rule, message without changing its input', () => {
    const input = [
      error({ file: 'b.md', line: 1, column: 1 }, 'note-no-anchor', 'm'),
      error({ file: 'a.md', line: 10, column: 1 }, 'note-no-anchor', 'm'),
      error({ file: 'a.md', line: 2, column: 5 }, 'note-no-anchor', 'm'),
      error({ file: 'a.md', line: 2, column: 1 }, 'source-empty', 'm'),
      error({ file: 'a.md', line: 2, column: 1 }, 'actor-unknown', 'y'),
      error({ file: 'a.md', line: 2, column: 1 }, 'actor-unknown', 'x'),
    ];
    const copy = [...input];
    expect(
      sortDiagnostics(input).map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`),
    ).toEqual([
      'a.md:2:1 actor-unknown x',
      'a.md:2:1 actor-unknown y',
      'a.md:2:1 source-empty m',
      'a.md:2:5 note-no-anchor m',
      'a.md:10:1 note-no-anchor m',
      'b.md:1:1 note-no-anchor m',
    ]);
    expect(input).toEqual(copy);
  });
});

describe('hasErrors', () => {
  it('is true only when some diagnostic is an error', () => {
    expect(hasErrors([])).toBe(false);
    expect(hasErrors([warning(at, 'quote-uncovered', 'm')])).toBe(false);
    expect(hasErrors([warning(at, 'quote-uncovered', 'm'), error(at, 'source-empty', 'm')])).toBe(
      true,
    );
  });
});

describe('formatReport', () => {
  it('prints every diagnostic sorted, then the counts', () => {
    const report = formatReport([
      warning({ file: 'b.md', line: 1, column: 1 }, 'quote-uncovered', 'Later.'),
      error({ file: 'a.md', line: 3, column: 2 }, 'source-empty', 'First.', 'Do this.'),
    ]);
    expect(report).toBe(
      'a.md:3:2  source-empty  First.\n    hint: Do this.\nb.md:1:1  quote-uncovered  warning Later.\n1 error, 1 warning',
    );
  });

  it('pluralises the counts', () => {
    expect(formatReport([])).toBe('0 errors, 0 warnings');
    expect(
      formatReport([
        error(at, 'source-empty', 'm'),
        error(at, 'source-empty', 'n'),
        warning(at, 'quote-uncovered', 'm'),
        warning(at, 'quote-uncovered', 'n'),
      ])
        .split('\n')
        .at(-1),
    ).toBe('2 errors, 2 warnings');
  });
});
