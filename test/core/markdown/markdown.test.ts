import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { RootContent } from 'mdast';
import { markdownToHtml, mdastToHtml } from '../../../src/core/markdown/markdown.ts';
import { seedText } from '../../helpers/seed-fixture.ts';

describe('markdownToHtml', () => {
  it('renders an actor description', () => {
    const body = seedText('content/actors/tren-de-aragua.md').split('---\n')[2] ?? '';
    expect(markdownToHtml(body)).toBe(
      '<p>A transnational criminal organisation that originated in a prison in the Venezuelan state of Aragua.</p>',
    );
  });

  it('keeps emphasis, lists and http(s) and mailto links', () => {
    expect(
      markdownToHtml('A *b* **c** [link](https://example.org/a) [mail](mailto:desk@example.org)'),
    ).toBe(
      '<p>A <em>b</em> <strong>c</strong> <a href="https://example.org/a">link</a> <a href="mailto:desk@example.org">mail</a></p>',
    );
    expect(markdownToHtml('- one\n- two')).toBe('<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
  });

  it('shows raw HTML as the literal text it is, so no editor text puts live code on a page', () => {
    expect(markdownToHtml('<script>alert(1)</script>\n\nok')).toBe(
      '<p>&#x3C;script>alert(1)&#x3C;/script></p>\n<p>ok</p>',
    );
    expect(markdownToHtml('x <img src=x onerror=alert(1)> y')).toBe(
      '<p>x &#x3C;img src=x onerror=alert(1)> y</p>',
    );
    expect(markdownToHtml('<a href="https://example.org" id="top">raw</a>')).toBe(
      '<p>&#x3C;a href="https://example.org" id="top">raw&#x3C;/a></p>',
    );
  });

  it('does not change the tree it is given', () => {
    const root = {
      type: 'root' as const,
      children: [{ type: 'html' as const, value: '<b>x</b>' }],
    };
    expect(mdastToHtml(root.children)).toBe('<p>&#x3C;b>x&#x3C;/b></p>');
    expect(root.children[0]).toEqual({ type: 'html', value: '<b>x</b>' });
  });

  it('shows nested raw HTML as text without changing the tree, and renders a tree the same twice', () => {
    const tree = { type: 'root' as const, children: [] as RootContent[] };
    tree.children = unified()
      .use(remarkParse)
      .parse('A <i>b</i> c\n\n> <b>q</b>\n\n- <u>x</u>\n\n<div>d</div>').children;
    const before = structuredClone(tree);
    const html = mdastToHtml(tree.children);
    expect(html).toBe(
      '<p>A &#x3C;i>b&#x3C;/i> c</p>\n<blockquote>\n<p>&#x3C;b>q&#x3C;/b></p>\n</blockquote>\n<ul>\n<li>&#x3C;u>x&#x3C;/u></li>\n</ul>\n<p>&#x3C;div>d&#x3C;/div></p>',
    );
    expect(tree).toEqual(before);
    expect(mdastToHtml(tree.children)).toBe(html);
  });

  it('strips javascript: links but keeps their text', () => {
    expect(markdownToHtml('[bad](javascript:alert(1))')).toBe('<p><a>bad</a></p>');
  });

  it('renders plain paragraphs as the pipeline does: characters escaped, lines joined, wrapped text trimmed at the break', () => {
    // Plain text, and text that only looks plain once parsed (entities), take a shortcut past the pipeline.
    expect(markdownToHtml('One plain line.\n\nTwo: said "so" — it\'s 5 > 4.\n')).toBe(
      '<p>One plain line.</p>\n<p>Two: said "so" — it\'s 5 > 4.</p>',
    );
    expect(markdownToHtml('Tom &amp; Jerry &lt;3')).toBe('<p>Tom &#x26; Jerry &#x3C;3</p>');
    // A wrapped paragraph keeps its line break, without the spaces around it.
    expect(markdownToHtml('Wrapped  \t\n   line')).toBe('<p>Wrapped\nline</p>');
    const tree = unified().use(remarkParse).parse('First & second\n\nthird *fourth*');
    expect(mdastToHtml(tree.children)).toBe(
      '<p>First &#x26; second</p>\n<p>third <em>fourth</em></p>',
    );
    expect(
      mdastToHtml([
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'a ' },
            { type: 'text', value: '<b>' },
          ],
        },
      ]),
    ).toBe('<p>a &#x3C;b></p>');
  });

  it('renders nothing as the empty string', () => {
    expect(markdownToHtml('')).toBe('');
    expect(markdownToHtml('\n\n')).toBe('');
    expect(mdastToHtml([])).toBe('');
  });
});
