// A briefing's search document comes from the build's output store under its key when the
// briefing is unchanged (src/node/search-index.ts), is made afresh when the briefing
// changed, and a store entry that is not a document is never sent to Pagefind.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchDocument } from '../../src/core/publishing/search-records.ts';
import { outputStore } from '../../src/node/output-cache.ts';
import { outputKey } from '../../src/node/page-keys.ts';
import { storedSearchDocument } from '../../src/node/search-index.ts';
import { shippedSite } from '../helpers/publishing-fixture.ts';

const root = process.cwd();
const seed = shippedSite().briefing('maduro-police-cooperation');
let cache: string;
const before = process.env['DOSSIER_CACHE_DIR'];

beforeAll(() => {
  cache = mkdtempSync(path.join(os.tmpdir(), 'dossier-search-documents-'));
  process.env['DOSSIER_CACHE_DIR'] = cache;
});
afterAll(() => {
  if (before === undefined) delete process.env['DOSSIER_CACHE_DIR'];
  else process.env['DOSSIER_CACHE_DIR'] = before;
  rmSync(cache, { recursive: true, force: true });
});

describe('storedSearchDocument', () => {
  it('makes and stores a document, then takes it from the store while the briefing is unchanged', () => {
    const first = outputStore(root);
    expect(storedSearchDocument({ root, store: first }, seed)).toEqual(searchDocument(seed));
    expect(first.counts).toEqual({ reused: 0, made: 1 });

    const second = outputStore(root);
    expect(storedSearchDocument({ root, store: second }, seed)).toEqual(searchDocument(seed));
    expect(second.counts).toEqual({ reused: 1, made: 0 });
  });

  it('makes the document again for an edited briefing', () => {
    const edited = { ...seed, meta: { ...seed.meta, title: 'An edited title' } };
    const store = outputStore(root);
    const document = storedSearchDocument({ root, store }, edited);
    expect(document.content).toContain('An edited title');
    expect(store.counts).toEqual({ reused: 0, made: 1 });
  });

  it('never sends an entry that is not a document: it is made afresh', () => {
    const other = { ...seed, slug: 'another-briefing' };
    const store = outputStore(root);
    store.put(outputKey(root, `search document ${other.slug}`, other), '{"not":"a document"}');
    const document = storedSearchDocument({ root, store: outputStore(root) }, other);
    expect(document).toEqual(searchDocument(other));
  });
});
