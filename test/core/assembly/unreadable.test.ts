// A file that cannot be read is reported once, by its own file-encoding error: what it
// would have held is not also reported missing (no "briefing has no annotations", no
// flood of uncovered quotes, no "create content/actors/x.md" for a file that is there),
// and in a draft it is a draft's warning like the rest.
import { describe, expect, it } from 'vitest';
import { assembleSite, type RawFile } from '../../../src/core/assembly/site.ts';
import { findNamesWithNlp } from '../../../src/node/name-finder.ts';
import { BRIEFING, DIR, EVENTS, seedFiles, toRaw } from '../../helpers/seed-fixture.ts';

const encoder = new TextEncoder();

/** The seed with `path` replaced by its text and a byte that is not UTF-8. */
function withUnreadable(path: string, edit?: (files: Map<string, string>) => void): RawFile[] {
  const files = seedFiles();
  edit?.(files);
  const raw = toRaw(files).filter((f) => f.path !== path);
  raw.push({
    path,
    bytes: new Uint8Array([...encoder.encode(files.get(path) ?? ''), 0xe9, 0x0a]),
  });
  return raw;
}

describe('an unreadable file brings no follow-on problems', () => {
  it('briefing.md, holding every quote: only file-encoding, no briefing-empty, no quote-uncovered', () => {
    const { diagnostics } = assembleSite(withUnreadable(BRIEFING));
    expect(
      diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file} ${d.rule}`),
    ).toEqual([`${BRIEFING} file-encoding`]);
    expect(diagnostics.filter((d) => d.rule === 'quote-uncovered')).toEqual([]);
  });

  it('an actor file: no actor-unknown and no actor-unregistered asking to create it', () => {
    const actor = 'content/actors/nicolas-maduro.md';
    const { diagnostics } = assembleSite(withUnreadable(actor), 'content', {
      findNames: findNamesWithNlp,
    });
    expect(
      diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file} ${d.rule}`),
    ).toEqual([`${actor} file-encoding`]);
    expect(
      diagnostics.filter((d) => /maduro/i.test(d.message) && d.rule === 'actor-unregistered'),
    ).toEqual([]);
  });

  it('in a draft, even briefing.md itself, it is a draft warning and the site has no error', () => {
    const draft = (files: Map<string, string>) =>
      files.set(BRIEFING, (files.get(BRIEFING) ?? '').replace('tags:', 'status: DRAFT\ntags:'));
    for (const path of [BRIEFING, EVENTS, `${DIR}/source.md`]) {
      const { value, diagnostics } = assembleSite(withUnreadable(path, draft));
      expect(
        diagnostics.filter((d) => d.severity === 'error'),
        path,
      ).toEqual([]);
      expect(diagnostics.find((d) => d.rule === 'file-encoding')).toMatchObject({
        file: path,
        severity: 'warning',
        draft: true,
        severityIfPublished: 'error',
      });
      expect(value.briefings).toEqual([]);
    }
  });
});
