// The process-wide site cache (src/node/site-cache.ts) and the state it lives in
// (src/node/process-state.ts): one state per process whatever module instance asks,
// an assembly reused until a content file changes, the build's adopted site, the
// site dev pins per page request, and a reset that forgets all of it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { assemblyCacheFile } from '../../src/node/assembly-cache.ts';
import { processState } from '../../src/node/process-state.ts';
import {
  adoptBuildSite,
  afterFirstPage,
  holdUntilFirstPage,
  initSiteCache,
  isBuild,
  loadSiteCached,
  notePageServed,
  pinnedSite,
  pinSite,
  resetSiteCache,
} from '../../src/node/site-cache.ts';
import { ROOT, Temps } from '../helpers/cli.ts';

const temps = new Temps();
afterAll(() => temps.cleanup());
afterEach(() => resetSiteCache());

const SUMMARY = 'summary: ';

describe('processState', () => {
  it('gives every caller of one name the same state, created once, until reset', () => {
    let created = 0;
    const a = processState('test-state', () => ({ n: ++created }));
    const b = processState('test-state', () => ({ n: ++created }));
    expect(a.get()).toBe(b.get());
    expect(created).toBe(1);
    a.reset();
    expect(b.get().n).toBe(2);
    expect(processState('other-test-state', () => ({ n: 0 })).get()).not.toBe(a.get());
    a.reset();
  });
});

describe('the site cache', () => {
  it('reuses one assembly until a file changes, then assembles the new content', async () => {
    const dir = temps.content({ briefings: true });
    const first = await loadSiteCached(ROOT, dir);
    expect(await loadSiteCached(ROOT, dir)).toBe(first);
    const briefing = path.join(dir, 'briefings/maduro-police-cooperation/briefing.md');
    const text = readFileSync(briefing, 'utf8');
    expect(text).toContain(SUMMARY);
    writeFileSync(briefing, text.replace(SUMMARY, `${SUMMARY}Edited. `));
    const second = await loadSiteCached(ROOT, dir);
    expect(second).not.toBe(first);
    expect(second.value.briefings[0]?.meta.summary).toMatch(/^Edited\. /);
    expect(first.value.briefings[0]?.meta.summary).not.toMatch(/^Edited\. /);
  });

  it('in dev, writes the assembly cache to disk only once the first page is served', async () => {
    const dir = temps.content({ briefings: true });
    initSiteCache({ nameWarnings: false });
    holdUntilFirstPage();
    let served = false;
    void afterFirstPage().then(() => (served = true));
    await loadSiteCached(ROOT, dir);
    const file = assemblyCacheFile(ROOT, dir, false);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(existsSync(file)).toBe(false);
    expect(served).toBe(false);
    notePageServed();
    await vi.waitFor(() => expect(existsSync(file)).toBe(true), { timeout: 10_000 });
    expect(served).toBe(true);
  });

  it('outside dev, writes the assembly cache without waiting for a page', async () => {
    const dir = temps.content({ briefings: true });
    initSiteCache({ nameWarnings: false });
    await loadSiteCached(ROOT, dir);
    await vi.waitFor(() => expect(existsSync(assemblyCacheFile(ROOT, dir, false))).toBe(true), {
      timeout: 5_000,
    });
  });

  it('in a build, serves the adopted site without looking at the files again', async () => {
    const dir = temps.content({ briefings: true });
    const empty = {
      value: {
        briefings: [],
        drafts: [],
        actors: [],
        timeline: [],
        tags: new Map<string, string[]>(),
        claims: [],
      },
      diagnostics: [],
    };
    expect(() => adoptBuildSite(dir, Promise.resolve(empty))).toThrow(/initSiteCache/);
    initSiteCache({ nameWarnings: false, build: true });
    expect(isBuild()).toBe(true);
    adoptBuildSite(dir, Promise.resolve(empty));
    writeFileSync(path.join(dir, 'briefings/maduro-police-cooperation/briefing.md'), 'changed');
    expect(await loadSiteCached(ROOT, dir)).toBe(empty);
  });

  it('keeps the site dev pinned, and forgets everything on reset', async () => {
    const dir = temps.content({ briefings: true });
    initSiteCache({ build: true });
    const result = await loadSiteCached(ROOT, dir);
    pinSite(result);
    expect(pinnedSite()).toBe(result);
    resetSiteCache();
    expect(pinnedSite()).toBeUndefined();
    expect(isBuild()).toBe(false);
    expect(await loadSiteCached(ROOT, dir)).not.toBe(result);
  });
});
