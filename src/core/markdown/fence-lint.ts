// Opening fences as editors mistype them: reads every ":::name{…}" line of an annotation
// body with a tokenizer of its own, before remark does, so that the slips editors make
// most (typographic quotes around a value, a value of several words without quotes, a
// space before "{" or after ":::", attributes on the next line, text after "}") are each
// reported at their own line and column with the fix, instead of turning the block into
// prose whose attribute text would reach the page. A slipped fence is rewritten to what
// the editor meant, on the same line (its continuation lines emptied), so the rest of the
// file parses as intended and reports no follow-on errors. It also records where each
// attribute's name is written, so attribute errors point at the attribute. Main function:
// `lintFences(file, body, bodyLine)`.
import { error, type Diagnostic, type Position } from '../diagnostics.ts';

/** Quotation marks word processors put in place of straight ones: never delimiters of a value. */
export const TYPOGRAPHIC_QUOTES = '“”„‟«»‘’‚‛‹›＂';

/** Where a fence's attribute names are written (file positions), and where its braces end. */
export interface FenceLayout {
  /** By attribute name: where the name is written. */
  attributes: Map<string, Position>;
  /**
   * Where the editor types a missing attribute: just inside the opening "{", or, when the
   * block has no braces, right after its name (where the braces go).
   */
  missingAt: Position;
  /** Whether the opening line has braces at all. */
  braces: boolean;
}

export interface LintedBody {
  /** The body with each slipped fence rewritten as meant; same lines, same line count. */
  body: string;
  diagnostics: Diagnostic[];
  /** By body line (1-based) of each opening fence. */
  fences: Map<number, FenceLayout>;
}

/** An opening fence: up to three spaces, three or more colons, maybe spaces, a name, the rest. */
const FENCE = /^( {0,3})(:{3,})( *)([A-Za-z][\w-]*)(.*)$/;
const CODE_FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** One character of the attribute text, with where it is in the body (0-based line, 0-based column). */
interface Char {
  c: string;
  line: number;
  column: number;
}

interface Attribute {
  key: string;
  value: string;
  at: Char;
}

/** Reads every opening fence of `body` (an annotation file after its frontmatter, which starts on file line `bodyLine`). */
export function lintFences(file: string, body: string, bodyLine: number): LintedBody {
  const lines = body.split('\n');
  const diagnostics: Diagnostic[] = [];
  const fences = new Map<number, FenceLayout>();
  const pos = (line: number, column: number): Position => ({
    file,
    line: line + bodyLine,
    column: column + 1,
  });
  let code: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] ?? '';
    const codeFence = CODE_FENCE.exec(text)?.[1];
    if (code !== undefined) {
      if (codeFence && codeFence[0] === code[0] && codeFence.length >= code.length)
        code = undefined;
      continue;
    }
    if (codeFence) {
      code = codeFence;
      continue;
    }
    const m = FENCE.exec(text);
    if (!m) continue;
    const [, indent = '', colons = '', gap = '', name = '', rest = ''] = m;
    const nameColumn = indent.length + colons.length + gap.length;
    const afterName = nameColumn + name.length;
    let slipped = false;
    const report = (
      at: Position,
      rule: Parameters<typeof error>[1],
      message: string,
      hint: string,
    ) => {
      diagnostics.push(error(at, rule, message, hint));
      slipped = true;
    };
    if (gap.length > 0)
      report(
        pos(i, indent.length + colons.length),
        'directive-fence-space',
        `A space between "${colons}" and "${name}": the line is then not read as a block, and the page would show it as text.`,
        `Remove the space: ${colons}${name}{…}`,
      );
    const spaces = /^ */.exec(rest)?.[0].length ?? 0;
    const afterSpaces = rest.slice(spaces);
    if (afterSpaces.startsWith('[')) continue; // a label: remark's, reported as it reads it
    /** The attribute text, character by character, from after "{" to the closing "}" (excluded). */
    let chars: Char[] | undefined;
    let closing: Char | undefined;
    let lastLine = i;
    /** Just inside the opening "{" (0-based line and column), when there is one. */
    let inside: { line: number; column: number } | undefined;
    if (afterSpaces.startsWith('{')) {
      if (spaces > 0)
        report(
          pos(i, afterName),
          'directive-fence-space',
          `A space between ":::${name}" and "{": the braces are then not read as its attributes, and the page would show them as text.`,
          `Remove the space: ${colons}${name}{${afterSpaces.slice(1, afterSpaces.indexOf('}') === -1 ? undefined : afterSpaces.indexOf('}'))}}`,
        );
      const open = afterName + spaces;
      inside = { line: i, column: open + 1 };
      ({ chars, closing, lastLine } = attributeText(lines, i, open + 1));
      if (lastLine > i) {
        const first = chars.find((c) => c.line > i && c.column >= 0 && !isSpace(c.c));
        report(
          pos(first?.line ?? i + 1, first?.column ?? 0),
          'directive-attributes-next-line',
          `The attributes of the :::${name} on line ${i + bodyLine} go on past its line; a block's attributes must all be on its opening line, or they are shown as text.`,
          `Put them on one line: ${colons}${name}{${tokenize(chars).attributes.map(written).join(' ')}}`,
        );
      }
    } else if (afterSpaces === '') {
      const next = lines[i + 1] ?? '';
      const brace = /^ *\{/.exec(next);
      if (brace && next.includes('=')) {
        inside = { line: i + 1, column: brace[0].length };
        ({ chars, closing, lastLine } = attributeText(lines, i + 1, brace[0].length));
        report(
          pos(i + 1, brace[0].length - 1),
          'directive-attributes-next-line',
          `The attributes of the :::${name} on line ${i + bodyLine} are on the line below it; a block's attributes must be on its opening line, or they are shown as text.`,
          `Put them on the same line: ${colons}${name}{${tokenize(chars).attributes.map(written).join(' ')}}`,
        );
      }
    } else {
      report(
        pos(i, afterName + spaces),
        'directive-fence-unreadable',
        `Text after ":::${name}" on its opening line: "${afterSpaces}". The line would not be read as a block.`,
        `The opening line holds only the name and the attributes in braces, ${colons}${name}{…}; put the note on the lines below it.`,
      );
    }
    if (!chars) {
      fences.set(i + 1, { attributes: new Map(), missingAt: pos(i, afterName), braces: false });
      if (slipped) lines[i] = `${indent}${colons}${name}`;
      continue;
    }
    const { attributes, problems } = tokenize(chars, name);
    for (const p of problems) report(pos(p.at.line, p.at.column), p.rule, p.message, p.hint);
    if (!closing) {
      const last = chars[chars.length - 1];
      report(
        pos(last?.line ?? i, (last?.column ?? afterName) + 1),
        'directive-fence-unreadable',
        `The attributes of :::${name} open with "{" but are not closed with "}".`,
        `End them with "}": ${colons}${name}{${attributes.map(written).join(' ')}}`,
      );
    } else {
      const after = (lines[closing.line] ?? '').slice(closing.column + 1);
      if (after.trim() !== '')
        report(
          pos(closing.line, closing.column + 1 + (/^ */.exec(after)?.[0].length ?? 0)),
          'directive-fence-unreadable',
          `Text after the attributes of :::${name}: "${after.trim()}". The line would not be read as a block.`,
          `The opening line ends with "}"; put the note on the lines below it.`,
        );
    }
    const layout = new Map<string, Position>();
    for (const a of attributes)
      if (!layout.has(a.key)) layout.set(a.key, pos(a.at.line, a.at.column));
    fences.set(i + 1, {
      attributes: layout,
      missingAt: inside ? pos(inside.line, inside.column) : pos(i, afterName),
      braces: inside !== undefined,
    });
    if (slipped) {
      lines[i] = `${indent}${colons}${name}{${attributes.map(written).join(' ')}}`;
      for (let k = i + 1; k <= lastLine; k++) lines[k] = '';
    }
    i = lastLine;
  }
  return { body: lines.join('\n'), diagnostics, fences };
}

/** `key="value"` with straight quotes, as the editor meant it. */
function written(a: Attribute): string {
  if (!a.value.includes('"')) return `${a.key}="${a.value}"`;
  if (!a.value.includes("'")) return `${a.key}='${a.value}'`;
  return `${a.key}="${a.value.replaceAll('"', "'")}"`;
}

/**
 * The characters between "{" (at `column` of line `from`, exclusive) and the first "}"
 * outside straight quotes, on that line or, when it is not closed there, the next few
 * lines (up to a blank line, a blockquote or another fence).
 */
function attributeText(
  lines: readonly string[],
  from: number,
  column: number,
): { chars: Char[]; closing: Char | undefined; lastLine: number } {
  const chars: Char[] = [];
  let quote: string | undefined;
  for (let line = from; line < lines.length && line <= from + 3; line++) {
    const text = lines[line] ?? '';
    if (line > from && (/^\s*$/.test(text) || /^ {0,3}(?:>|:::)/.test(text))) break;
    if (line > from) chars.push({ c: ' ', line, column: -1 });
    for (let k = line === from ? column : 0; k < text.length; k++) {
      const c = text[k] ?? '';
      if (quote) {
        if (c === quote) quote = undefined;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '}') return { chars, closing: { c, line, column: k }, lastLine: line };
      chars.push({ c, line, column: k });
    }
    if (quote) {
      // A straight quote closed by a typographic one: the line's last "}" still ends the braces.
      const brace = text.lastIndexOf('}');
      const start = line === from ? column : 0;
      if (brace >= start) {
        const kept = chars.filter((ch) => ch.line !== line || ch.column < brace);
        return { chars: kept, closing: { c: '}', line, column: brace }, lastLine: line };
      }
      quote = undefined;
    }
  }
  return { chars, closing: undefined, lastLine: from };
}

interface Problem {
  at: Char;
  rule: 'attribute-curly-quotes' | 'attribute-unquoted-spaces' | 'directive-fence-unreadable';
  message: string;
  hint: string;
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t';

/** The attributes as the editor meant them, and each slip in them. */
function tokenize(
  chars: readonly Char[],
  name = '',
): { attributes: Attribute[]; problems: Problem[] } {
  const attributes: Attribute[] = [];
  const problems: Problem[] = [];
  const text = chars.map((c) => c.c).join('');
  let k = 0;
  const skipSpaces = () => {
    while (isSpace(text[k])) k++;
  };
  while (k < text.length) {
    skipSpaces();
    if (k >= text.length) break;
    const keyStart = k;
    while (k < text.length && !isSpace(text[k]) && text[k] !== '=') k++;
    const key = text.slice(keyStart, k);
    const at = chars[keyStart] as Char;
    let j = k;
    while (isSpace(text[j])) j++;
    if (text[j] !== '=') {
      attributes.push({ key, value: '', at });
      continue;
    }
    k = j + 1;
    skipSpaces();
    const open = text[k] ?? '';
    let value: string;
    if (open === '"' || open === "'") {
      const close = text.indexOf(open, k + 1);
      const curlyClose = firstTypographic(text, k + 1);
      // A straight quote closed by a curly one: the next straight quote, if any, then
      // opens the next value and has a word right after it ("last month” actors="…").
      const closesHere = close !== -1 && (close + 1 >= text.length || isSpace(text[close + 1]));
      if (curlyClose !== -1 && (close === -1 || (!closesHere && curlyClose < close))) {
        problems.push(curly(chars[curlyClose] as Char, name, key, text.slice(k + 1, curlyClose)));
        value = text.slice(k + 1, curlyClose);
        k = curlyClose + 1;
      } else if (close === -1) {
        value = text.slice(k + 1).trimEnd();
        problems.push({
          at: chars[k] as Char,
          rule: 'directive-fence-unreadable',
          message: `The value of ${key}= on :::${name} opens a quote that is not closed.`,
          hint: `Close it: ${key}=${open}${value}${open}`,
        });
        k = text.length;
      } else {
        value = text.slice(k + 1, close);
        k = close + 1;
      }
    } else if (TYPOGRAPHIC_QUOTES.includes(open)) {
      let close = k + 1;
      while (
        close < text.length &&
        !TYPOGRAPHIC_QUOTES.includes(text[close] ?? '') &&
        text[close] !== '"'
      )
        close++;
      value = text.slice(k + 1, close);
      problems.push(curly(chars[k] as Char, name, key, value));
      k = Math.min(close + 1, text.length);
    } else {
      const start = k;
      while (k < text.length && !isSpace(text[k])) k++;
      value = text.slice(start, k);
      const quoteAt = firstTypographic(value, 0);
      if (quoteAt !== -1) {
        value = [...value].filter((c) => !TYPOGRAPHIC_QUOTES.includes(c)).join('');
        problems.push(curly(chars[start + quoteAt] as Char, name, key, value));
      }
      // Words after a bare value that are not attributes (no "=") belong to it.
      const more: string[] = [];
      for (;;) {
        let w = k;
        while (isSpace(text[w])) w++;
        let end = w;
        while (end < text.length && !isSpace(text[end])) end++;
        const word = text.slice(w, end);
        let after = end;
        while (isSpace(text[after])) after++;
        if (word === '' || word.includes('=') || text[after] === '=') break;
        more.push(word);
        k = end;
      }
      if (more.length > 0) {
        value = [value, ...more].join(' ');
        problems.push({
          at,
          rule: 'attribute-unquoted-spaces',
          message: `The value of ${key}= on :::${name} has spaces but no quotes, so only "${value.split(' ')[0]}" would be its value and ${more.map((w) => `"${w}"`).join(', ')} would be read as attributes.`,
          hint: `Put it in straight quotes: ${key}="${value}"`,
        });
      }
    }
    attributes.push({ key, value, at });
  }
  return { attributes, problems };
}

function firstTypographic(text: string, from: number): number {
  for (let k = from; k < text.length; k++) if (TYPOGRAPHIC_QUOTES.includes(text[k] ?? '')) return k;
  return -1;
}

function curly(at: Char, name: string, key: string, value: string): Problem {
  return {
    at,
    rule: 'attribute-curly-quotes',
    message: `The value of ${key}= on :::${name} is in typographic quotes (“ ” ‘ ’ « »), which do not delimit a value: they would be read as part of it.`,
    hint: `Use straight quotes: ${key}="${value}" (a word processor turns them curly as you type; "smart quotes" can be turned off in its settings).`,
  };
}
