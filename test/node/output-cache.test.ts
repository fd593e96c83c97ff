// The build worker's output store (src/node/output-cache.ts): an entry comes back as it
// was put, a damaged one never does, and a store looks only in the folders that were
// there when its build began (a cold build opens no entry) and in those it made itself.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { outputStore, outputStoreDir } from '../../src/node/output-cache.ts';

const root = process.cwd();
let cache: string;
const before = process.env['DOSSIER_CACHE_DIR'];

beforeEach(() => {
  cache = mkdtempSync(path.join(os.tmpdir(), 'dossier-output-cache-'));
  process.env['DOSSIER_CACHE_DIR'] = cache;
});
afterEach(() => {
  if (before === undefined) delete process.env['DOSSIER_CACHE_DIR'];
  else process.env['DOSSIER_CACHE_DIR'] = before;
  rmSync(cache, { recursive: true, force: true });
});

/** The path of an entry, as the store lays it out. */
const entryFile = (key: string) => path.join(outputStoreDir(root), key.slice(0, 2), key);

describe('outputStore', () => {
  it('gives back what a build put, in that build and the next', () => {
    const first = outputStore(root);
    expect(first.get('abc123')).toBeUndefined();
    first.put('abc123', 'the body');
    first.put('abd456', new Uint8Array([1, 2, 3]));
    expect(first.get('abc123')?.toString('utf8')).toBe('the body');
    const next = outputStore(root);
    expect(next.get('abc123')?.toString('utf8')).toBe('the body');
    expect([...(next.get('abd456') ?? [])]).toEqual([1, 2, 3]);
    expect(next.counts).toEqual({ reused: 2, made: 0 });
  });

  it('never gives back a damaged entry', () => {
    outputStore(root).put('xyz789', 'the body');
    const bytes = readFileSync(entryFile('xyz789'));
    bytes[bytes.length - 1] = 0x21;
    writeFileSync(entryFile('xyz789'), bytes);
    expect(outputStore(root).get('xyz789')).toBeUndefined();
    writeFileSync(entryFile('xyz789'), 'not an entry');
    expect(outputStore(root).get('xyz789')).toBeUndefined();
  });

  it('looks only in the folders there when it began, and in those it made', () => {
    // Begun before any folder was made: it does not look on disk for another's entries.
    const cold = outputStore(root);
    const other = outputStore(root);
    other.put('k1-entry', 'from another build');
    expect(cold.get('k1-entry')).toBeUndefined();
    // Its own folder, made by a put, it does look in.
    cold.put('k1-other', 'its own');
    expect(cold.get('k1-entry')?.toString('utf8')).toBe('from another build');
    // A store begun after the folder was made finds the entry.
    expect(outputStore(root).get('k1-entry')?.toString('utf8')).toBe('from another build');
  });

  it('prunes the entries its build neither read nor put', () => {
    const first = outputStore(root);
    first.put('p1-kept', 'kept');
    first.put('p1-dropped', 'dropped');
    const next = outputStore(root);
    expect(next.get('p1-kept')).toBeDefined();
    next.prune();
    expect(readdirSync(path.join(outputStoreDir(root), 'p1'))).toEqual(['p1-kept']);
  });
});
