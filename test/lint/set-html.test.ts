// The no-unsafe-set-html rule: it flags unsanitised set:html, and the project's
// own components pass it.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { lintDirectory, lintSetHtml } from '../../tools/lint-set-html.ts';

describe('no-unsafe-set-html', () => {
  it('accepts sanitised fields and escaping renderers', () => {
    expect(
      lintSetHtml(
        '<div set:html={q.noteHtml} /><p set:html={segmentsToHtml(paragraphSegments(b, p))} />',
        'x.astro',
      ),
    ).toEqual([]);
  });

  it('flags raw strings, props, templates and unknown calls with their position', () => {
    const source =
      '---\n---\n<div set:html={actor.name} />\n<p set:html={`<b>${title}</b>`} />\n<i set:html="<b>x</b>" />\n<s set:html={marked(body)} />';
    const problems = lintSetHtml(source, 'bad.astro');
    expect(problems.map((p) => [p.line, p.column, p.expression])).toEqual([
      [3, 6, 'actor.name'],
      [4, 4, '`<b>${title}</b>`'],
      [5, 4, '"<b>x</b>"'],
      [6, 4, 'marked(body)'],
    ]);
  });

  it('finds no unsafe set:html in src/', () => {
    expect(lintDirectory(path.resolve(import.meta.dirname, '../../src'))).toEqual([]);
  });
});
