// The markdown an annotation from the live preview writes, one block per kind, in the
// shapes `npm run suggest` drafts (the same escaping, attributes and comments).
// Main functions: `annotationBlock` and `actorFileText`.
import { stringify } from 'yaml';
import type { AnchorHints } from '../suggestions/anchor-hints.ts';
import {
  comment,
  escapeInline,
  hints,
  quoteAttribute,
  RATING_PLACEHOLDER,
  STATEMENT_PLACEHOLDER,
} from '../suggestions/draft-annotations.ts';

/** `date=` when the sentence has no date wording: check reports it until the editor writes one. */
export const DATE_PLACEHOLDER = 'fill-in-date';

export type BlockValues =
  | { kind: 'quote'; by: string }
  | { kind: 'event'; date: string }
  | { kind: 'claim'; by: string; rating?: string; statement?: string }
  | { kind: 'note' }
  | { kind: 'actor'; ref: string };

export interface BlockInput {
  /** The words, verbatim from the source (a `> ` line); none for an actor's role. */
  words: string;
  /** The further source's id, '' for source.md. */
  source: string;
  hints: AnchorHints;
  /** One line for the editor, as a markdown comment (renders to nothing). */
  explain: string;
}

/** One annotation block, ending with a newline. */
export function annotationBlock(values: BlockValues, input: BlockInput): string {
  const where = `${input.source ? ` source=${input.source}` : ''}${hints(input.hints)}`;
  const words = `> ${escapeInline(input.words)}`;
  const note = comment(input.explain);
  switch (values.kind) {
    case 'quote':
      return `:::quote{by=${values.by}${where}}\n${note}\n\n${words}\n:::\n`;
    case 'event':
      return `:::event{date=${quoteAttribute(values.date)}${where}}\n${note}\n\n${words}\n:::\n`;
    case 'claim':
      // Four colons, as suggest drafts it: :::evidence blocks go inside.
      return `::::claim{by=${values.by} rating=${values.rating ?? RATING_PLACEHOLDER} statement=${quoteAttribute(values.statement ?? STATEMENT_PLACEHOLDER)}${where}}\n${note}\n\n${words}\n::::\n`;
    case 'note':
      return `:::note${where ? `{${where.trim()}}` : ''}\n${words}\n\n${note}\n:::\n`;
    case 'actor':
      return `:::actor{ref=${values.ref}}\n${note}\n:::\n`;
  }
}

/** A new actor file named by the selected words: kind `other` and no aliases until the editor says. */
export function actorFileText(name: string, explain: string): string {
  const yaml = (value: unknown) =>
    stringify(value, { lineWidth: 0, collectionStyle: 'flow' }).trimEnd();
  return [
    '---',
    `name: ${yaml(name.replace(/\s+/g, ' ').trim())}`,
    'kind: other',
    'aliases: []',
    '---',
    comment(explain),
    '',
  ].join('\n');
}

/**
 * The text to append to a file so the block starts on a line of its own after a blank
 * line, and the line it starts on. The existing text is never changed: only added to.
 */
export function appendedText(
  existing: string | undefined,
  block: string,
): { text: string; line: number } {
  if (existing === undefined || existing.length === 0) return { text: block, line: 1 };
  const separator = existing.endsWith('\n\n') ? '' : existing.endsWith('\n') ? '\n' : '\n\n';
  const lines = (existing + separator).split('\n').length;
  return { text: separator + block, line: lines };
}
