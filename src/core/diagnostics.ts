// Diagnostics: what core reports instead of throwing. Every problem an editor can
// cause becomes one Diagnostic naming file:line:column, a stable rule id, what is
// wrong and the fix. `formatDiagnostic` is the one place their text shape lives; the
// rules themselves are catalogued in rules.ts.
import type { ErrorRule, RuleId, WarningRule } from './rules.ts';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Path of the editor's file, relative to the project root (e.g. content/briefings/x/briefing.md). */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** Stable rule id from the catalogue (rules.ts), e.g. `quote-not-found`. Never renamed once shipped. */
  rule: RuleId;
  severity: Severity;
  /** What happened and why. */
  message: string;
  /** The fix: closest passage, did-you-mean, the attribute to add. */
  hint?: string;
  /** In a draft briefing: reported as a warning whatever the rule, since a draft is never published. */
  draft?: boolean;
  /** In a draft briefing: the severity the problem would have once the briefing is published. */
  severityIfPublished?: Severity;
}

export interface Result<T> {
  value: T;
  diagnostics: Diagnostic[];
}

export interface Position {
  file: string;
  line: number;
  column: number;
}

export function error(at: Position, rule: ErrorRule, message: string, hint?: string): Diagnostic {
  return { ...at, rule, severity: 'error', message, ...(hint ? { hint } : {}) };
}

export function warning(
  at: Position,
  rule: WarningRule,
  message: string,
  hint?: string,
): Diagnostic {
  return { ...at, rule, severity: 'warning', message, ...(hint ? { hint } : {}) };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Orders diagnostics by file, then position, then rule, so every run prints them alike. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.rule.localeCompare(b.rule) ||
      a.message.localeCompare(b.message),
  );
}

/** `path:line:col  rule  message` and, indented below, `hint: …`. Warnings say so, and a draft's problems say they are a draft's. */
export function formatDiagnostic(d: Diagnostic): string {
  const level = d.draft
    ? d.severity === 'error'
      ? '(draft) '
      : 'warning (draft) '
    : d.severity === 'warning'
      ? 'warning '
      : '';
  const head = `${d.file}:${d.line}:${d.column}  ${d.rule}  ${level}${d.message}`;
  return d.hint ? `${head}\n    hint: ${d.hint}` : head;
}

/**
 * A draft's problem as it would be once the briefing is published: an error again when
 * it was one (still marked as a draft's). `npm run check -- <draft>` reports them so.
 */
export function asPublished(d: Diagnostic): Diagnostic {
  return d.draft && d.severityIfPublished ? { ...d, severity: d.severityIfPublished } : d;
}

/** All diagnostics, sorted, followed by a one-line count. */
export function formatReport(diagnostics: readonly Diagnostic[]): string {
  const sorted = sortDiagnostics(diagnostics);
  const errors = sorted.filter((d) => d.severity === 'error').length;
  const warnings = sorted.length - errors;
  const lines = sorted.map(formatDiagnostic);
  lines.push(
    `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
  );
  return lines.join('\n');
}
