// The process-wide site cache (src/node/site-cache.ts) and the state it lives in
// (src/node/process-state.ts): one state per process whatever module instance asks,
// an assembly reused until a content file changes, the build's adopted site, the
// site dev pins per page request, and a reset that forgets all of it; dev's start:
// the first assembly on a worker thread, a briefing's page before it from that
// briefing alone, and the content folder's watcher (src/node/content-watcher.ts).
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { generateContent, SEED_SLUG } from '../../bench/generate.ts';
import { hasErrors } from '../../src/core/diagnostics.ts';
import type { Site } from '../../src/core/assembly/site.ts';
import { assemblyCacheFile } from '../../src/node/assembly-cache.ts';
import { loadSite } from '../../src/node/content.ts';
import { watchContentFolder } from '../../src/node/content-watcher.ts';
import { processState } from '../../src/node/process-state.ts';
import {
  adoptBuildSite,
  afterFirstPage,
  briefingSiteCached,
  firstAssemblyThread,
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

  it('in dev, when the first assembly falls back to this thread, writes the assembly cache to disk only once the first page is served', async () => {
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

/**
 * An archive with what can differ between briefings: 24 generated briefings sharing
 * actors, the second-briefing fixture (its own actors), a further source and a claim
 * file on the seed, and a draft whose speaker is still to fill in.
 */
function archive(): string {
  const dir = temps.dir('archive');
  generateContent(ROOT, dir, 24);
  const second = path.join(ROOT, 'test/fixtures/second-briefing');
  cpSync(path.join(second, 'briefings'), path.join(dir, 'briefings'), { recursive: true });
  cpSync(path.join(second, 'actors'), path.join(dir, 'actors'), { recursive: true });
  const seed = path.join(dir, 'briefings', SEED_SLUG);
  const twoSources = path.join(ROOT, 'test/fixtures/two-sources');
  mkdirSync(path.join(seed, 'sources'), { recursive: true });
  cpSync(path.join(twoSources, 'coastal-wire.md'), path.join(seed, 'sources/coastal-wire.md'));
  cpSync(path.join(twoSources, 'claims.md'), path.join(seed, 'claims-two-sources.md'));
  const draft = path.join(dir, 'briefings/draft-to-fill');
  cpSync(path.join(ROOT, 'content/briefings', SEED_SLUG), draft, { recursive: true });
  const main = path.join(draft, 'briefing.md');
  writeFileSync(main, readFileSync(main, 'utf8').replace(/^title: /m, 'status: draft\ntitle: '));
  const claims = path.join(draft, 'claims.md');
  const text = readFileSync(claims, 'utf8');
  expect(text).toContain('by=nicolas-maduro');
  writeFileSync(claims, text.replace('by=nicolas-maduro', 'by=fill-in-speaker'));
  return dir;
}

const DEV = { nameWarnings: false, placeholders: 'draft' } as const;

const listed = (site: Site) => [...site.briefings, ...site.drafts];

describe("dev's start", () => {
  it("renders a briefing's page asked for before the whole site from that briefing alone, as the whole site would", async () => {
    const dir = archive();
    const whole = await loadSite(ROOT, dir, DEV, { cache: false });
    expect(hasErrors(whole.diagnostics)).toBe(false);
    const slugs = listed(whole.value).map((b) => b.slug);
    expect(slugs).toContain('draft-to-fill');
    expect(slugs).toContain('valparaiso-port-strike');
    expect(slugs.length).toBe(26);
    initSiteCache({ ...DEV, dev: true });
    for (const slug of slugs) {
      const partial = await briefingSiteCached(ROOT, slug, dir);
      expect(partial, slug).toBeDefined();
      expect(hasErrors(partial?.diagnostics ?? []), slug).toBe(false);
      // The page's one prop from the site: the briefing, the very value the whole site holds.
      expect(listed(partial!.value).map((b) => b.slug)).toEqual([slug]);
      expect(listed(partial!.value)[0]).toEqual(listed(whole.value).find((b) => b.slug === slug));
      // And the registry, as annotating from the preview reads it (annotate-files.ts).
      const registry = (site: Site) => site.actors.map(({ appearances: _, ...actor }) => actor);
      expect(registry(partial!.value)).toEqual(registry(whole.value));
    }
    // The draft's placeholder is flagged alike.
    const draft = await briefingSiteCached(ROOT, 'draft-to-fill', dir);
    const own = (d: { file: string }) => d.file.includes('/briefings/draft-to-fill/');
    expect(draft?.diagnostics.filter(own)).toEqual(whole.diagnostics.filter(own));
    expect(draft?.diagnostics.some((d) => own(d) && /fill-in-speaker/.test(d.message))).toBe(true);
    // No such briefing: the whole site answers (its 404).
    expect(await briefingSiteCached(ROOT, 'no-such-briefing', dir)).toBeUndefined();
    // The same files give the very same site (its page is not rendered anew per request);
    // an edit, a new one that shows it.
    expect(await briefingSiteCached(ROOT, 'draft-to-fill', dir)).toBe(draft);
    const main = path.join(dir, 'briefings/draft-to-fill/briefing.md');
    writeFileSync(main, readFileSync(main, 'utf8').replace(SUMMARY, `${SUMMARY}Edited. `));
    const edited = await briefingSiteCached(ROOT, 'draft-to-fill', dir);
    expect(edited).not.toBe(draft);
    expect(edited?.value.drafts[0]?.meta.summary).toMatch(/^Edited\. /);
  }, 120_000);

  it('assembles the whole site on a worker thread, the same site, and then serves only whole sites', async () => {
    const dir = archive();
    const whole = await loadSite(ROOT, dir, DEV, { cache: false });
    initSiteCache({ ...DEV, dev: true });
    const site = await loadSiteCached(ROOT, dir);
    expect(firstAssemblyThread()).toEqual({ thread: 'worker' });
    expect(site.value).toEqual(whole.value);
    expect(site.diagnostics).toEqual(whole.diagnostics);
    expect(await briefingSiteCached(ROOT, SEED_SLUG, dir)).toBeUndefined();
    // The worker wrote the on-disk cache the next start begins from.
    expect(existsSync(assemblyCacheFile(ROOT, dir, false, 'draft'))).toBe(true);
    // And an edit after it is assembled on this thread, from the worker's memo.
    const file = path.join(dir, 'briefings', SEED_SLUG, 'briefing.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(SUMMARY, `${SUMMARY}Edited. `));
    const edited = await loadSiteCached(ROOT, dir);
    expect(edited.value.briefings.find((b) => b.slug === SEED_SLUG)?.meta.summary).toMatch(
      /^Edited\. /,
    );
  }, 120_000);

  it("sees an edit saved before the content folder's watcher is ready, and the edits it reports after", async () => {
    const dir = temps.content({ briefings: true });
    const file = path.join(dir, 'briefings', SEED_SLUG, 'briefing.md');
    const text = readFileSync(file, 'utf8');
    const summary = async () =>
      (await loadSiteCached(ROOT, dir)).value.briefings[0]?.meta.summary ?? '';
    initSiteCache(DEV);
    let begin = () => {};
    const started = new Promise<void>((resolve) => (begin = resolve));
    let ready = false;
    const watch = watchContentFolder(
      dir,
      { event: () => undefined, ready: () => (ready = true), error: () => undefined },
      started,
    );
    try {
      expect(await summary()).not.toMatch(/^First\. /);
      // Before the watcher runs, each look at the site sees a save.
      writeFileSync(file, text.replace(SUMMARY, `${SUMMARY}First. `));
      expect(await summary()).toMatch(/^First\. /);
      // Saved after the last look and before the watcher's scan: no event will say so.
      writeFileSync(file, text.replace(SUMMARY, `${SUMMARY}Second. `));
      begin();
      await vi.waitFor(() => expect(ready).toBe(true), { timeout: 30_000 });
      expect(await summary()).toMatch(/^Second\. /);
      // From now on the watcher's events say which file changed.
      writeFileSync(file, text.replace(SUMMARY, `${SUMMARY}Third. `));
      await vi.waitFor(async () => expect(await summary()).toMatch(/^Third\. /), {
        timeout: 30_000,
      });
    } finally {
      await watch.close();
    }
  }, 90_000);
});
