// Editor markdown to safe HTML: notes, actor descriptions and introductions go
// through remark-rehype and rehype-sanitize (GitHub's schema, no raw HTML), so no
// editor text can put live code on a page. Main function: `mdastToHtml(nodes)`.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Root, RootContent } from 'mdast';

/** GitHub's sanitize schema, minus ids and classes editors have no use for. */
const schema = {
  ...defaultSchema,
  clobberPrefix: 'note-',
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
};

const toHtml = unified().use(remarkRehype, { allowDangerousHtml: false }).use(rehypeSanitize, schema).use(rehypeStringify);

/** Renders mdast block nodes to sanitised HTML. */
export function mdastToHtml(nodes: readonly RootContent[]): string {
  if (nodes.length === 0) return '';
  const root: Root = { type: 'root', children: [...nodes] };
  const hast = toHtml.runSync(root);
  return toHtml.stringify(hast).trim();
}

/** Parses and renders a markdown string (actor descriptions). */
export function markdownToHtml(markdown: string): string {
  const root = unified().use(remarkParse).parse(markdown);
  return mdastToHtml(root.children);
}
