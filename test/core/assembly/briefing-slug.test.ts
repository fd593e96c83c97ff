// briefingSlug (src/core/assembly/site.ts): which paths are a briefing's files, the one
// rule that assembly, a partial check and a split check all go by.
import { describe, expect, it } from 'vitest';
import { briefingSlug } from '../../../src/core/assembly/site.ts';

describe('briefingSlug', () => {
  it('names the briefing of its own files and of its further sources', () => {
    expect(briefingSlug('content', 'content/briefings/port-strike/briefing.md')).toBe(
      'port-strike',
    );
    expect(briefingSlug('content', 'content/briefings/port-strike/source.md')).toBe('port-strike');
    expect(briefingSlug('content', 'content/briefings/port-strike/sources/efe.md')).toBe(
      'port-strike',
    );
    expect(briefingSlug('site/content', 'site/content/briefings/a/events.md')).toBe('a');
  });

  it('names none for files a briefing does not read', () => {
    for (const file of [
      'content/actors/nicolas-maduro.md',
      'content/ratings.md',
      'content/briefings/port-strike.md',
      'content/briefings/port-strike/notes/draft.md',
      'content/briefings/port-strike/sources/deeper/efe.md',
      'content/briefings/port-strike/photo.png',
      'content/briefings/port-strike/.md',
      'other/briefings/port-strike/briefing.md',
      'contents/briefings/port-strike/briefing.md',
    ])
      expect(briefingSlug('content', file), file).toBeUndefined();
  });
});
