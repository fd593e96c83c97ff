// The docs name files that exist: every `path` in backticks under src/, test/, bench/,
// tools/, docs/ or content/ in README.md, DEVELOPERS.md and docs/*.md, and every
// relative markdown link, resolves in the project. A moved file fails here until the
// docs follow it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.ts';

/** Paths a document names: backticked project paths and relative link targets. */
export function namedPaths(markdown: string): string[] {
  const named = new Set<string>();
  for (const m of markdown.matchAll(/`((?:src|test|bench|tools|docs|content)\/[^`\s*<>…]*)`/g)) {
    const candidate = m[1] ?? '';
    // A pattern (`content/briefings/<slug>/`) or a glob is not one file.
    if (!/[<>{}*]|\.\.\./.test(candidate)) named.add(candidate.replace(/[:#].*$/, ''));
  }
  for (const m of markdown.matchAll(/\]\((?!https?:|#|mailto:)([^)#\s]+)/g)) named.add(m[1] ?? '');
  return [...named].filter(Boolean);
}

const DOCS = [
  'README.md',
  'DEVELOPERS.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

describe('paths named in the docs', () => {
  it('reads backticked paths and relative links, and skips patterns', () => {
    expect(
      namedPaths(
        'See `src/core/rules.ts`, `content/briefings/<slug>/`, [guide](docs/editing.md) and [site](https://x.org/a).',
      ),
    ).toEqual(['src/core/rules.ts', 'docs/editing.md']);
  });

  it.each(DOCS)('%s names only files that exist', (doc) => {
    const text = readFileSync(path.join(ROOT, doc), 'utf8');
    const base = path.dirname(path.join(ROOT, doc));
    const missing = namedPaths(text).filter(
      (p) => !existsSync(path.join(ROOT, p)) && !existsSync(path.join(base, p)),
    );
    expect(missing).toEqual([]);
  });
});
