// Random edits to a source's body for the anchoring property tests (typos, deleted and
// inserted words, split and merged paragraphs, typographic swaps, a quoted span copied
// elsewhere), half of them near the given spans. Not a test file.

export interface Edit {
  at: number;
  remove: number;
  insert: string;
  kind: string;
}

const WORDS = [
  'police',
  'the',
  'Maduro',
  'gangs',
  'United States',
  'defeated',
  'success',
  'peace',
  'Aragua',
  'neighboring countries',
];
const SWAPS: [RegExp, string][] = [
  [/’/, "'"],
  [/“/, '"'],
  [/ /, '\u00a0'],
  [/–/, '-'],
  [/é/, 'e\u0301'],
];

/** One random edit of `text`; half land inside or at the edge of one of `spans`. */
export function randomEdit(text: string, rand: () => number, spans: [number, number][]): Edit {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const span = pick(spans);
  const at =
    rand() < 0.5
      ? Math.min(
          text.length,
          Math.max(0, span[0] - 3 + Math.floor(rand() * (span[1] - span[0] + 6))),
        )
      : Math.floor(rand() * text.length);
  const kind = pick(['typo', 'delete-word', 'insert-word', 'split', 'merge', 'swap', 'duplicate']);
  switch (kind) {
    case 'typo':
      return { at, remove: 1, insert: String.fromCharCode(97 + Math.floor(rand() * 26)), kind };
    case 'delete-word': {
      const end = text.indexOf(' ', at + 1);
      return { at, remove: end === -1 ? 0 : end - at, insert: '', kind };
    }
    case 'insert-word':
      return { at, remove: 0, insert: ` ${pick(WORDS)} `, kind };
    case 'split':
      return { at, remove: 0, insert: '\n\n', kind };
    case 'merge': {
      const gap = text.indexOf('\n\n', at);
      return gap === -1
        ? { at, remove: 0, insert: '', kind }
        : { at: gap, remove: 2, insert: ' ', kind };
    }
    case 'swap': {
      const [pattern, replacement] = pick(SWAPS);
      const found = text.slice(at).search(pattern);
      return found === -1
        ? { at, remove: 0, insert: '', kind }
        : {
            at: at + found,
            remove: text.slice(at + found).match(pattern)?.[0].length ?? 0,
            insert: replacement,
            kind,
          };
    }
    default: {
      // Copy a quoted span elsewhere: the words now occur twice.
      const [s, e] = span;
      return {
        at: Math.floor(rand() * text.length),
        remove: 0,
        insert: ` ${text.slice(s, e)} `,
        kind,
      };
    }
  }
}

export function applyEdit(text: string, edit: Edit): string {
  return text.slice(0, edit.at) + edit.insert + text.slice(edit.at + edit.remove);
}

/** Where an offset of the original text sits after the edit; undefined if the edit removed it. */
export function shiftOffset(offset: number, edit: Edit): number | undefined {
  if (offset < edit.at) return offset;
  if (offset >= edit.at + edit.remove) return offset - edit.remove + edit.insert.length;
  return undefined;
}

/** True when the edit changes characters of [first, last) (or inserts inside it). */
export function editTouches(edit: Edit, first: number, last: number): boolean {
  return edit.at < last && edit.at + Math.max(edit.remove, 1) > first;
}
