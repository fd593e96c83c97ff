// Directive fences: builds the mdast of an annotation body's outer text (each block's
// opening and closing fence, its lines removed, and the blank lines and plain prose
// between blocks) exactly as micromark would, without running it. `parseBody` uses it
// for what is left once the blocks' lines are parsed apart. Main function: `parseFences(lines)`.
import type { Root, RootContent } from 'mdast';
import { parsePlain } from './plain-blocks.ts';

type Point = NonNullable<Root['position']>['start'];
type ContainerDirective = Extract<RootContent, { type: 'containerDirective' }>;

/** A directive name micromark takes: no punctuation but "-" and "_", and not ending with either. */
const NAME = /^:::([A-Za-z](?:[\w-]*[A-Za-z0-9])?)/;
const CLOSING = /^::: *$/;
/**
 * One attribute: a name, then nothing, or "=" and a value in double quotes, in single
 * quotes or bare, then a space or "}". Values hold no "&" (a character reference), no
 * backslash and no control character; bare ones no space of any kind, no quote, no
 * "<=>`{}". Repeated names are refused where they are met (micromark keeps the last,
 * and joins classes).
 */
const ATTRIBUTE =
  /([A-Za-z][\w-]*)(?:="([^"&\\\p{Cc}]*)"|='([^'&\\\p{Cc}]*)'|=([^\s"'<=>`{}&\\\p{Cc}]+))?(?=[ }])/uy;

/**
 * The tree `parser.parse(lines.join('\n'))` gives, or undefined when the text is not
 * simple enough to be sure of it. Accepted: lines that `parsePlain` takes (blank lines,
 * paragraphs and blockquotes of plain words), and pairs of an opening fence right
 * followed by a closing one ("::: " and spaces). An opening fence is ":::", a name, and
 * optionally "{…}" then spaces; in the braces, attributes as ATTRIBUTE has them,
 * separated by spaces, with spaces allowed after "{" and before "}". Refused, among
 * others: "#id" and ".class" shortcuts, names with "." or ":", spaces around "=",
 * character references, backslashes, repeated names, a label, an indented fence.
 *
 * Exact because micromark makes of such a pair a container directive with no children,
 * from the opening's first colon to the closing's last space, named by the name and
 * with the attributes in the order written (`{}` without braces), each value the text
 * between its quotes or the bare word as written: with no "&" there is nothing for
 * character references to change. A fence interrupts a paragraph or a blockquote
 * before it, and after the closing fence a new block starts, so the prose parses as it
 * would with the fence lines blank: `parsePlain` builds it, and its offsets are then
 * counted with the fence lines in. The root spans from the start to the end of the text.
 * test/core/annotations.test.ts compares it with the real parser on edge cases and on
 * generated fences.
 */
export function parseFences(lines: readonly string[]): Root | undefined {
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  const at = (line: number, column: number): Point => ({
    line,
    column,
    offset: (lineStarts[line - 1] ?? 0) + column - 1,
  });

  const directives: ContainerDirective[] = [];
  const prose = [...lines];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line.startsWith(':')) continue;
    const opening = parseOpening(line);
    const closing = lines[i + 1];
    if (!opening || closing === undefined || !CLOSING.test(closing)) return undefined;
    directives.push({
      type: 'containerDirective',
      ...opening,
      children: [],
      position: { start: at(i + 1, 1), end: at(i + 2, closing.length + 1) },
    });
    prose[i] = '';
    prose[i + 1] = '';
    i++;
  }
  const tree = parsePlain(prose);
  if (!tree) return undefined;
  const recount = (node: RootContent) => {
    const p = node.position;
    if (p)
      for (const point of [p.start, p.end])
        point.offset = (lineStarts[point.line - 1] ?? 0) + point.column - 1;
    if ('children' in node) for (const child of node.children) recount(child);
  };
  for (const node of tree.children) recount(node);

  const children: RootContent[] = [];
  let k = 0;
  for (const node of tree.children) {
    const line = node.position?.start.line ?? 0;
    while (k < directives.length && (directives[k]?.position?.start.line ?? 0) < line)
      children.push(directives[k++] as ContainerDirective);
    children.push(node);
  }
  while (k < directives.length) children.push(directives[k++] as ContainerDirective);
  const last = lines.length;
  return {
    type: 'root',
    children,
    position: { start: at(1, 1), end: at(last, (lines[last - 1] ?? '').length + 1) },
  };
}

/** The name and attributes of an opening fence, or undefined when it is not of the accepted kind. */
function parseOpening(line: string): Pick<ContainerDirective, 'name' | 'attributes'> | undefined {
  const name = NAME.exec(line);
  if (!name?.[1]) return undefined;
  const attributes: Record<string, string> = {};
  let i = name[0].length;
  if (line[i] === '{') {
    i++;
    for (;;) {
      while (line[i] === ' ') i++;
      if (line[i] === '}') break;
      ATTRIBUTE.lastIndex = i;
      const m = ATTRIBUTE.exec(line);
      const key = m?.[1];
      if (!m || !key || Object.hasOwn(attributes, key)) return undefined;
      attributes[key] = m[2] ?? m[3] ?? m[4] ?? '';
      i = ATTRIBUTE.lastIndex;
    }
    i++;
  }
  while (line[i] === ' ') i++;
  return i === line.length ? { name: name[1], attributes } : undefined;
}
