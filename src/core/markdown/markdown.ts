// Editor markdown to safe HTML: notes, actor descriptions and introductions go
// through remark-rehype and rehype-sanitize (GitHub's schema, http(s) and mailto
// links only), so no editor text can put live code on a page. Raw HTML in the
// markdown is shown as the literal text it is, never parsed and never dropped.
// The usual note, plain paragraphs, skips the pipeline (`plainParagraphs`).
// Main function: `mdastToHtml(nodes)`.
import { toHtml as hastToHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { visit } from 'unist-util-visit';
import type { Nodes, Parents, Root, RootContent } from 'mdast';
import type { ElementContent, Root as HastRoot, RootContent as HastRootContent } from 'hast';
import { parsePlain } from './plain-blocks.ts';

/** GitHub's sanitize schema, minus ids and classes editors have no use for. */
const schema = {
  ...defaultSchema,
  clobberPrefix: 'note-',
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
};

/** An image whose address the sanitiser refused becomes its alt text, not a broken <img>. */
function imagesWithoutSourceAsText() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'img' || node.properties['src'] || !parent || index === undefined)
        return;
      parent.children[index] = { type: 'text', value: String(node.properties['alt'] ?? '') };
    });
  };
}

const toHtml = unified()
  .use(remarkRehype, { allowDangerousHtml: false })
  .use(rehypeSanitize, schema)
  .use(imagesWithoutSourceAsText)
  .use(rehypeStringify);

/**
 * Raw HTML nodes become text, so `<b>` in a note reads as "<b>" instead of vanishing.
 * Returns a new node only where something changed: the tree given is never modified.
 */
function htmlAsText<T extends Parents>(parent: T): T {
  let children: Nodes[] | undefined;
  parent.children.forEach((child: Nodes, index) => {
    let next = child;
    if (child.type === 'html') {
      const text = { type: 'text' as const, value: child.value };
      next = parent.type === 'root' ? { type: 'paragraph', children: [text] } : text;
    } else if ('children' in child) {
      next = htmlAsText(child);
    }
    if (next === child) return;
    children ??= [...parent.children];
    children[index] = next;
  });
  return children ? ({ ...parent, children } as T) : parent;
}

/**
 * The hast the pipeline makes of paragraphs holding only text on one line each,
 * built directly (remark-rehype's paragraphs, "\n" between them; nothing for the
 * sanitiser to change); undefined for anything else. Text with a line break is
 * left to the pipeline, which trims the spaces around it.
 */
function plainParagraphs(nodes: readonly RootContent[]): HastRoot | undefined {
  const children: HastRootContent[] = [];
  for (const node of nodes) {
    if (node.type !== 'paragraph' || node.data) return undefined;
    const texts: ElementContent[] = [];
    for (const child of node.children) {
      if (child.type !== 'text' || child.data || /[\r\n]/.test(child.value)) return undefined;
      texts.push({ type: 'text', value: child.value });
    }
    if (children.length > 0) children.push({ type: 'text', value: '\n' });
    children.push({ type: 'element', tagName: 'p', properties: {}, children: texts });
  }
  return { type: 'root', children };
}

/** Renders mdast block nodes to sanitised HTML. */
export function mdastToHtml(nodes: readonly RootContent[]): string {
  if (nodes.length === 0) return '';
  const plain = plainParagraphs(nodes);
  if (plain) return hastToHtml(plain).trim();
  const root: Root = htmlAsText({ type: 'root', children: [...nodes] });
  const hast = toHtml.runSync(root);
  return toHtml.stringify(hast).trim();
}

const markdownParser = unified().use(remarkParse).freeze();

/**
 * Parses and renders a markdown string (actor descriptions). Plain text is read by
 * `parsePlain`, which gives the tree remark-parse would (without its directive
 * syntax, which plain text cannot hold).
 */
export function markdownToHtml(markdown: string): string {
  const tree = parsePlain(markdown.split('\n')) ?? markdownParser.parse(markdown);
  return mdastToHtml(tree.children);
}
