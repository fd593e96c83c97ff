// Node adapter: the source text a briefing was anchored in (source.md's body
// after its frontmatter), read back from disk to be published as source.txt, and
// each further source's, published as sources/<id>.txt. Main functions:
// `readSourceText(root, briefing)` and `readFurtherSourceText(root, briefing, further)`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitFrontmatter } from '../core/markdown/frontmatter.ts';
import type { Briefing, FurtherSource } from '../core/assembly/model.ts';
import { decodeContent } from '../core/assembly/site.ts';

/**
 * The body exactly as core split it (same decoding, same frontmatter split), so
 * paragraph offsets index into it; checked against every paragraph, so a file
 * edited since the briefing was assembled fails loudly instead of publishing
 * offsets that point at the wrong words.
 */
export function readSourceText(
  root: string,
  briefing: Pick<Briefing, 'slug' | 'source' | 'paragraphs'>,
): string {
  const file = briefing.source.file;
  const decoded = decodeContent({
    path: file,
    bytes: new Uint8Array(readFileSync(path.resolve(root, file))),
  });
  if (!decoded.value)
    throw new Error(
      `${file}: cannot publish source.txt for "${briefing.slug}": the file is not valid UTF-8.`,
    );
  const { body } = splitFrontmatter(decoded.value.text);
  for (const p of briefing.paragraphs) {
    if (body.slice(p.start, p.end) !== p.text) {
      throw new Error(
        `${file}: ¶${p.n} is not where the assembled briefing "${briefing.slug}" has it; the file changed during the build. Build again.`,
      );
    }
  }
  return body;
}

/** A further source's body, checked as `readSourceText` checks source.md's. */
export function readFurtherSourceText(
  root: string,
  briefing: Pick<Briefing, 'slug'>,
  further: FurtherSource,
): string {
  return readSourceText(root, {
    slug: briefing.slug,
    source: further,
    paragraphs: further.paragraphs,
  });
}
