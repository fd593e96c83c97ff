// public/_headers as a static host (Netlify, Cloudflare Pages) reads it from the built
// site: hashed assets cached for a year as immutable, everything at a stable address
// briefly; no file under two Cache-Control rules (hosts join their values).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

interface Rule {
  path: string;
  headers: Map<string, string>;
}

/** The rules of a _headers file: a path at the start of a line, its headers indented under it. */
function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: new Map() });
    else {
      const [name = '', ...value] = line.trim().split(':');
      rules.at(-1)?.headers.set(name.trim().toLowerCase(), value.join(':').trim());
    }
  }
  return rules;
}

/** Netlify's and Cloudflare's matching for these rules: a trailing `*` matches any rest, else the exact path. */
const matches = (pattern: string, urlPath: string) =>
  pattern.endsWith('*') ? urlPath.startsWith(pattern.slice(0, -1)) : urlPath === pattern;

/** Every file of the site as the address it is served at (`/x/` for x/index.html). */
function servedPaths(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map(
      (e) => `/${path.relative(dist, path.join(e.parentPath, e.name)).split(path.sep).join('/')}`,
    )
    .filter((p) => p !== '/_headers')
    .map((p) => (p === '/index.html' ? '/' : p.replace(/\/index\.html$/, '/')));
}

const LONG = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=300, must-revalidate';

for (const [name, dist] of [
  ['seed', inject('seedDist')],
  ['fixture', inject('fixtureDist')],
] as const) {
  describe(`${name} site: _headers`, () => {
    const file = path.join(dist, '_headers');

    it('is published at the root of the site and caches /_astro/* for a year as immutable', () => {
      expect(existsSync(file)).toBe(true);
      const rules = parseHeaders(readFileSync(file, 'utf8'));
      expect(rules.find((r) => r.path === '/_astro/*')?.headers.get('cache-control')).toBe(LONG);
      expect(rules.find((r) => r.path === '/*')?.headers.get('x-content-type-options')).toBe(
        'nosniff',
      );
    });

    it('gives every hashed asset the long rule, every page and stable address the short one, none two', () => {
      const rules = parseHeaders(readFileSync(file, 'utf8')).filter((r) =>
        r.headers.has('cache-control'),
      );
      const paths = servedPaths(dist);
      expect(paths.some((p) => p.startsWith('/_astro/'))).toBe(true);
      expect(paths.some((p) => p.startsWith('/pagefind/fragment/'))).toBe(true);
      const problems: string[] = [];
      for (const p of paths) {
        const found = rules.filter((r) => matches(r.path, p));
        const cache = found.map((r) => r.headers.get('cache-control'));
        if (found.length > 1) problems.push(`${p}: ${found.map((r) => r.path).join(' and ')}`);
        else if (/^\/(_astro|pagefind\/fragment|pagefind\/index|pagefind\/shard)\//.test(p)) {
          if (cache[0] !== LONG) problems.push(`${p}: hashed but ${cache[0]}`);
        } else if (found.length === 0) {
          // Hashed by Pagefind, beside its fixed names: the host's default is right for it.
          if (!/^\/pagefind\/pagefind\.[a-z-]+_[0-9a-f]+\.pf_meta$/.test(p))
            problems.push(`${p}: no rule`);
        } else if (cache[0] !== SHORT) problems.push(`${p}: stable address but ${cache[0]}`);
      }
      expect(problems).toEqual([]);
    });
  });
}
