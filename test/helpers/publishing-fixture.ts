// Assembled briefings for the publishing-format tests: the shipped content plus
// the second test briefing, read from disk once, and small made-up sites for
// edge cases (astral characters, quotes at paragraph edges). Not a test file.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitFrontmatter } from '../../src/core/markdown/frontmatter.ts';
import type { Briefing } from '../../src/core/assembly/model.ts';
import { assembleSite, type Site } from '../../src/core/assembly/site.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SITE = 'https://dossier.example.org';

function readTree(dir: string, as: string, into: Map<string, string>): void {
  for (const entry of readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
    const rel = path
      .relative(path.join(ROOT, dir), path.join(entry.parentPath, entry.name))
      .split(path.sep)
      .join('/');
    into.set(`${as}/${rel}`, readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
  }
}

export interface TestSite {
  site: Site;
  /** The source.txt text of a briefing: its source.md body after the frontmatter. */
  body(briefing: Briefing): string;
  briefing(slug: string): Briefing;
}

/** Assembles in-memory files (path → text); fails the test on any content error. */
export function siteFrom(files: ReadonlyMap<string, string>): TestSite {
  const encoder = new TextEncoder();
  const { value: site, diagnostics } = assembleSite(
    [...files].map(([p, text]) => ({ path: p, bytes: encoder.encode(text) })),
  );
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0)
    throw new Error(
      `fixture content has errors:\n${errors.map((d) => `${d.file}:${d.line} ${d.rule} ${d.message}`).join('\n')}`,
    );
  return {
    site,
    body: (b) => splitFrontmatter(files.get(b.source.file) ?? '').body,
    briefing: (slug) => {
      const found = site.briefings.find((b) => b.slug === slug);
      if (!found) throw new Error(`no briefing ${slug} in the fixture`);
      return found;
    },
  };
}

/** The shipped content and the second test briefing (test/fixtures/second-briefing). */
export function shippedSite(): TestSite {
  const files = new Map<string, string>();
  readTree('content', 'content', files);
  readTree('test/fixtures/second-briefing', 'content', files);
  return siteFrom(files);
}

/** A one-briefing site from a source body and annotation markdown, with two actors. */
export function tinySite(body: string, annotations: string, sourceFields = ''): TestSite {
  return siteFrom(
    new Map([
      [
        'content/actors/ana-ruiz.md',
        '---\nname: Ana Ruiz\nkind: person\nwikidata: Q1\n---\nA mayor.\n',
      ],
      [
        'content/actors/city-council.md',
        '---\nname: City Council\nkind: government\n---\nThe council.\n',
      ],
      [
        'content/briefings/tiny/source.md',
        `---\ntitle: A tiny article\noutlet: Test Wire\npublished: 2026-01-15\n${sourceFields}---\n\n${body}`,
      ],
      [
        'content/briefings/tiny/briefing.md',
        `---\ntitle: Tiny\nsummary: A tiny briefing.\n---\n\n${annotations}`,
      ],
    ]),
  );
}
