// The annotate app's UI is built with createElement and textContent: no file of it
// writes HTML from strings (innerHTML, outerHTML, insertAdjacentHTML, document.write,
// DOMParser, createContextualFragment), so no word of a source or a server reply can
// become markup. Reads the files; the dev test (test/dev/annotate.test.ts) drives them.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.ts';

const HTML_SINKS =
  /\b(?:innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment|srcdoc)\b/;

describe('the annotate app', () => {
  const dir = path.join(ROOT, 'src/browser');
  const files = readdirSync(dir).filter((f) => f.startsWith('annotate-'));

  it('is the four files of src/browser/annotate-*', () => {
    expect(files.sort()).toEqual([
      'annotate-app.ts',
      'annotate-menu.ts',
      'annotate-protocol.ts',
      'annotate-selection.ts',
    ]);
  });

  it('writes no HTML from strings', () => {
    for (const file of files) {
      const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
      const sinks = lines
        .map((line, i) => ({ line, at: i + 1 }))
        .filter(({ line }) => !line.trimStart().startsWith('//') && HTML_SINKS.test(line));
      expect(sinks.map(({ at, line }) => `${file}:${at}: ${line.trim()}`)).toEqual([]);
    }
    // The check can fail: a line that sets innerHTML is caught.
    expect(HTML_SINKS.test('menu.innerHTML = html;')).toBe(true);
  });
});
