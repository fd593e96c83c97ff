// Size limits of a source: far above any real article (a long read is ~100 KB in
// a few hundred paragraphs), low enough that anchoring, coverage warnings and the
// page stay fast. Main function: `sourceTooLarge(file, body, bodyLine)`.
import { error, type Diagnostic } from '../diagnostics.ts';

export const SOURCE_LIMITS = {
  /** UTF-8 bytes of the body (after the frontmatter). */
  bytes: 1024 * 1024,
  /** Blank-line separated paragraphs. */
  paragraphs: 2000,
} as const;

const BLOCK = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g;

/**
 * `source-too-large` when the body passes either limit, else undefined. Measures
 * without splitting the paragraphs, so an oversized body costs one linear scan.
 */
export function sourceTooLarge(
  file: string,
  body: string,
  bodyLine: number,
  limits: { bytes: number; paragraphs: number } = SOURCE_LIMITS,
): Diagnostic | undefined {
  // A UTF-16 code unit is at most 3 UTF-8 bytes: short bodies need no counting.
  if (body.length * 3 <= limits.bytes && body.length <= limits.paragraphs * 2) return undefined;
  const bytes = new TextEncoder().encode(body).length;
  const paragraphs = body.match(BLOCK)?.length ?? 0;
  if (bytes <= limits.bytes && paragraphs <= limits.paragraphs) return undefined;
  return error(
    { file, line: bodyLine, column: 1 },
    'source-too-large',
    `The source body is ${size(bytes)} in ${count(paragraphs)} paragraph${paragraphs === 1 ? '' : 's'}; the limit for one article is ${size(limits.bytes)} or ${count(limits.paragraphs)} paragraphs, so its annotations are not checked against it.`,
    "This looks like more than one article: split it into one briefing per article, or keep only the article's own paragraphs.",
  );
}

/** `1.3 MiB`, `600 KiB`, `512 bytes`; rounded up, so a size over a limit never prints as the limit. */
function size(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.ceil((bytes / (1024 * 1024)) * 10) / 10} MiB`;
  if (bytes >= 1024) return `${Math.ceil(bytes / 1024)} KiB`;
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}
