// The dev server's side of annotating from the preview, without a server: the message
// schema (strict, sized, a fixed list of kinds, ids never paths) and when the app is off.
import { describe, expect, it } from 'vitest';
import { isLoopbackHost } from '../../src/integration/annotate.ts';
import {
  AnnotateRequestSchema,
  ANNOTATION_KINDS,
  MAX_SELECTION,
} from '../../src/schema/annotate.ts';

const valid = {
  action: 'write',
  request: 'r1-abc',
  slug: 'maduro-police-cooperation',
  source: '',
  paragraph: 4,
  start: 0,
  end: 9,
  words: 'Therefore',
  kind: 'quote',
  actor: 'venezuelan-government',
};

describe('the dossier:annotate message', () => {
  it('accepts what the app sends: a write and a guess', () => {
    expect(AnnotateRequestSchema.safeParse(valid).success).toBe(true);
    expect(AnnotateRequestSchema.safeParse({ ...valid, source: 'coastal-wire' }).success).toBe(
      true,
    );
    const { kind: _kind, actor: _actor, ...selection } = valid;
    expect(AnnotateRequestSchema.safeParse({ ...selection, action: 'guess' }).success).toBe(true);
    expect(
      AnnotateRequestSchema.safeParse({ ...valid, kind: 'mention', newActor: true }).success,
    ).toBe(true);
  });

  it('has exactly the menu’s kinds', () => {
    expect(ANNOTATION_KINDS).toEqual(['quote', 'event', 'claim', 'note', 'mention']);
  });

  it.each([
    ['a path as slug', { slug: '../../etc' }],
    ['a path as source', { source: 'sources/../../x' }],
    ['an absolute path as slug', { slug: '/etc/passwd' }],
    ['markup as kind', { kind: '<b>quote</b>' }],
    ['an unknown kind', { kind: 'evidence' }],
    ['markup as speaker', { actor: '"><script>' }],
    ['a negative offset', { start: -1 }],
    ['a fractional offset', { end: 9.5 }],
    ['a string offset', { start: '0' }],
    ['oversized words', { words: 'x'.repeat(MAX_SELECTION + 1) }],
    ['empty words', { words: '' }],
    ['an extra field', { file: 'content/x.md' }],
    ['a new actor that is not a flag', { newActor: 'yes' }],
    ['an unknown action', { action: 'delete' }],
  ])('refuses %s', (_what, change) => {
    expect(AnnotateRequestSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});

describe('isLoopbackHost', () => {
  it('keeps the app on for this machine only', () => {
    for (const host of [undefined, false, 'localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]'])
      expect(isLoopbackHost(host), String(host)).toBe(true);
    for (const host of [true, '0.0.0.0', '::', '192.168.1.20', 'example.org', '127.0.0.1.nip.io'])
      expect(isLoopbackHost(host), String(host)).toBe(false);
  });
});
