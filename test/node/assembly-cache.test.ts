// The assembly cache on disk (src/node/assembly-cache.ts) as `npm run check`, `npm run
// dev` and `astro build` use it through loadSite: written after a run, used by the
// next, never stale after an edit, safe to delete or to find corrupt; and `npm run check`'s
// report through it, on one thread or shared between several.
import {
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  assemblyCacheFile,
  contentEntries,
  readAssemblyCache,
  updateContentEntries,
  writeAssemblyCache,
  WRITING_MS,
} from '../../src/node/assembly-cache.ts';
import { assembleSiteFrom } from '../../src/core/assembly/site.ts';
import { checkContent, contentDirName, loadSite, queueShare } from '../../src/node/content.ts';
import { ROOT, Temps } from '../helpers/cli.ts';

const temps = new Temps();
afterAll(() => temps.cleanup());
const OPTIONS = { nameWarnings: false };

describe('the assembly cache', () => {
  it('is written by a run and gives the next the same site after an edit as a run without it', async () => {
    const dir = temps.content({ briefings: true });
    const file = assemblyCacheFile(ROOT, dir, false);
    expect(existsSync(file)).toBe(false);
    const first = await loadSite(ROOT, dir, OPTIONS);
    const cache = readAssemblyCache(file);
    expect(cache?.memo.briefings.has('maduro-police-cooperation')).toBe(true);
    expect(await loadSite(ROOT, dir, OPTIONS)).toStrictEqual(first);

    const briefing = path.join(dir, 'briefings/maduro-police-cooperation/briefing.md');
    writeFileSync(
      briefing,
      readFileSync(briefing, 'utf8').replace(
        'by=nicolas-maduro id=comprehensive',
        'by=nicolas-madur id=comprehensive',
      ),
    );
    const edited = await loadSite(ROOT, dir, OPTIONS);
    expect(edited.diagnostics.map((d) => d.rule)).toContain('actor-unknown');
    expect(edited).toStrictEqual(await loadSite(ROOT, dir, OPTIONS, { cache: false }));
  });

  it('reads again only the files whose stat changed, and keeps the digest of a file touched but unchanged', async () => {
    const dir = temps.content({ briefings: true });
    await loadSite(ROOT, dir, OPTIONS);
    const cache = readAssemblyCache(assemblyCacheFile(ROOT, dir, false));
    if (!cache) throw new Error('no cache written');
    const source = path.join(dir, 'briefings/maduro-police-cooperation/source.md');
    const key = path.relative(ROOT, source).split(path.sep).join('/');
    utimesSync(source, new Date(), new Date(Date.now() + 5000));
    const touched = contentEntries(ROOT, dir, cache.files);
    expect(touched.files.get(key)?.digest).toBe(cache.files.get(key)?.digest);
    expect(touched.files.get(key)?.stamp).not.toBe(cache.files.get(key)?.stamp);
    writeFileSync(source, `${readFileSync(source, 'utf8')}\nOne more paragraph.\n`);
    expect(contentEntries(ROOT, dir, cache.files).files.get(key)?.digest).not.toBe(
      cache.files.get(key)?.digest,
    );
  });

  it('gives back each briefing only when it is read, and writes an unread one back as it was', async () => {
    const dir = temps.content({ briefings: true });
    await loadSite(ROOT, dir, OPTIONS);
    const file = assemblyCacheFile(ROOT, dir, false);
    const cache = readAssemblyCache(file);
    const slug = 'maduro-police-cooperation';
    const record = cache?.memo.briefings.get(slug);
    if (!cache || !record) throw new Error('no cache written');
    const unread = () => Object.getOwnPropertyDescriptor(record.result, 'value')?.get !== undefined;
    expect(unread()).toBe(true);
    expect(record.status).toBe('published');
    expect(record.result.diagnostics).toStrictEqual(
      (await loadSite(ROOT, dir, OPTIONS, { cache: false })).diagnostics.filter((d) =>
        d.file.includes(`/${slug}/`),
      ),
    );
    writeAssemblyCache(file, cache);
    expect(unread()).toBe(true);
    const expected = assembleSiteFrom(
      contentEntries(ROOT, dir).entries,
      contentDirName(ROOT, dir),
    ).memo.briefings.get(slug)?.result.value;
    expect(expected?.slug).toBe(slug);
    expect(record.result.value).toStrictEqual(expected);
    expect(unread()).toBe(false);
    expect(readAssemblyCache(file)?.memo.briefings.get(slug)?.result.value).toStrictEqual(expected);
  });

  it("gives npm run check the site's diagnostics and counts, cold, warm and after edits", async () => {
    const dir = temps.content({ briefings: true });
    const options = { nameWarnings: true };
    const same = async () => {
      const { value: site, diagnostics } = await loadSite(ROOT, dir, options, { cache: false });
      const checked = await checkContent(ROOT, dir, options);
      expect(checked.diagnostics).toStrictEqual(diagnostics);
      expect(checked.counts).toStrictEqual({
        briefings: site.briefings.length,
        drafts: site.drafts.length,
        actors: site.actors.length,
      });
      return checked;
    };
    const cold = await same();
    expect(cold.counts.briefings).toBeGreaterThan(0);
    expect(await same()).toStrictEqual(cold);
    const briefing = path.join(dir, 'briefings/maduro-police-cooperation/briefing.md');
    writeFileSync(
      briefing,
      readFileSync(briefing, 'utf8').replace('tags:', 'status: draft\ntags:'),
    );
    const draft = await same();
    expect(draft.counts.drafts).toBe(cold.counts.drafts + 1);
    writeFileSync(
      briefing,
      readFileSync(briefing, 'utf8')
        .replace('status: draft\n', '')
        .replace('by=nicolas-maduro id=comprehensive', 'by=nicolas-madur id=comprehensive'),
    );
    const unknown = await same();
    expect(unknown.diagnostics.map((d) => d.rule)).toContain('actor-unknown');
    rmSync(path.join(dir, 'briefings/maduro-police-cooperation/source.md'));
    const unassembled = await same();
    expect(unassembled.counts.briefings).toBe(cold.counts.briefings - 1);
  });

  it('gives the same report when the briefings to assemble are shared between threads', async () => {
    const dir = temps.content({ briefings: true });
    const seed = path.join(dir, 'briefings/maduro-police-cooperation');
    for (const copy of ['seed-copy-one', 'seed-copy-two', 'seed-copy-three'])
      cpSync(seed, path.join(dir, 'briefings', copy), { recursive: true });
    const slugs = readdirSync(path.join(dir, 'briefings'));
    expect(slugs.length).toBe(4);
    const options = { nameWarnings: true };
    const split = { threads: 3, minimum: 1 };
    const unsplit = () => checkContent(ROOT, dir, options, { cache: false });
    const cold = await checkContent(ROOT, dir, options, { split });
    expect(cold).toStrictEqual(await unsplit());
    expect(cold.diagnostics.map((d) => d.rule)).toContain('actor-unregistered');
    // The cache it wrote holds every briefing, so the next run assembles nothing.
    const cache = readAssemblyCache(assemblyCacheFile(ROOT, dir, true));
    expect([...(cache?.memo.briefings.keys() ?? [])].sort()).toStrictEqual([...slugs].sort());
    // The other threads' briefings went into it as they sent them (serialised there):
    // the site read back from it is the site assembled afresh.
    expect(await loadSite(ROOT, dir, options)).toStrictEqual(
      await loadSite(ROOT, dir, options, { cache: false }),
    );
    for (const slug of slugs) {
      const briefing = path.join(dir, 'briefings', slug, 'briefing.md');
      writeFileSync(
        briefing,
        readFileSync(briefing, 'utf8').replace('tags:', 'status: draft\ntags:'),
      );
    }
    const edited = await checkContent(ROOT, dir, options, { split });
    expect(edited.counts.drafts).toBe(slugs.length);
    expect(edited).toStrictEqual(await unsplit());
  });

  it('shares the briefings through one queue: each is taken by one thread, the next free one', () => {
    const queue = ['a', 'b', 'c', 'd', 'e'];
    const next = new Int32Array(new SharedArrayBuffer(4));
    const one = queueShare(queue, next);
    const two = queueShare(queue, next);
    const taken: Record<string, string[]> = { one: [], two: [] };
    // Each thread walks the slugs in order and asks about each one when it is free.
    const walk = { one: 0, two: 0 };
    const step = (name: 'one' | 'two') => {
      for (;;) {
        const slug = queue[walk[name]++];
        if (slug === undefined) return;
        if ((name === 'one' ? one : two)(slug)) {
          taken[name]?.push(slug);
          return;
        }
      }
    };
    // Thread one is slow: thread two takes three briefings while one assembles its first.
    for (const name of ['one', 'two', 'two', 'two', 'one', 'one', 'two'] as const) step(name);
    expect(taken).toStrictEqual({ one: ['a', 'e'], two: ['b', 'c', 'd'] });
    // A briefing outside the queue (to assemble for another reason) is the asking thread's.
    expect(one('z')).toBe(true);
  });

  it('leaves out of a thread’s report the briefings it does not take', async () => {
    const dir = temps.content({ briefings: true });
    const seed = path.join(dir, 'briefings/maduro-police-cooperation');
    cpSync(seed, path.join(dir, 'briefings', 'seed-copy'), { recursive: true });
    // An error in the briefing the thread leaves to another.
    const briefing = path.join(seed, 'briefing.md');
    writeFileSync(
      briefing,
      readFileSync(briefing, 'utf8').replace(
        'by=nicolas-maduro id=comprehensive',
        'by=nicolas-madur id=comprehensive',
      ),
    );
    const asked: string[] = [];
    const share = await checkContent(ROOT, dir, OPTIONS, {
      cache: false,
      take: (slug) => {
        asked.push(slug);
        return slug === 'seed-copy';
      },
    });
    expect(asked).toStrictEqual(['maduro-police-cooperation', 'seed-copy']);
    expect(share.counts.briefings).toBe(1);
    const whole = await checkContent(ROOT, dir, OPTIONS, { cache: false });
    expect(whole.counts.briefings).toBe(2);
    const rules = (d: { diagnostics: { rule: string }[] }) => d.diagnostics.map((x) => x.rule);
    expect(rules(whole)).toContain('actor-unknown');
    expect(rules(share)).not.toContain('actor-unknown');
  });

  it('is safe to delete, and a corrupt one is ignored', async () => {
    const dir = temps.content({ briefings: true });
    const expected = await loadSite(ROOT, dir, OPTIONS, { cache: false });
    await loadSite(ROOT, dir, OPTIONS);
    const file = assemblyCacheFile(ROOT, dir, false);
    writeFileSync(file, 'not a cache');
    expect(readAssemblyCache(file)).toBeUndefined();
    expect(await loadSite(ROOT, dir, OPTIONS)).toStrictEqual(expected);
    rmSync(path.dirname(file), { recursive: true, force: true });
    expect(await loadSite(ROOT, dir, OPTIONS)).toStrictEqual(expected);
  });

  it('keeps one cache per content folder and per mode (with or without name warnings)', () => {
    const a = temps.content();
    const b = temps.content();
    expect(assemblyCacheFile(ROOT, a, false)).not.toBe(assemblyCacheFile(ROOT, b, false));
    expect(assemblyCacheFile(ROOT, a, false)).not.toBe(assemblyCacheFile(ROOT, a, true));
  });
});

describe('updateContentEntries (the dev watcher’s look at changed files)', () => {
  it('leaves a file emptied a moment ago as it was (a save caught mid-write), and takes it once it settles', () => {
    const dir = temps.dir('writing');
    const file = path.join(dir, 'briefing.md');
    writeFileSync(file, 'written\n');
    const { entries, files } = contentEntries(dir, dir);
    const byPath = new Map(entries.map((e) => [e.path, e]));
    const digest = byPath.get('briefing.md')?.digest;
    expect(digest).toBeDefined();
    // Truncated, as a save does before it writes.
    writeFileSync(file, '');
    const writing = new Set<string>();
    expect(updateContentEntries(dir, byPath, files, [file], { writing })).toBe(false);
    expect([...writing]).toEqual([file]);
    expect(byPath.get('briefing.md')?.digest).toBe(digest);
    // Without `writing`, or once it is older than WRITING_MS, the empty file is taken.
    const later = Date.now() + WRITING_MS + 1;
    const settled = new Set<string>();
    expect(updateContentEntries(dir, byPath, files, [file], { writing: settled, now: later })).toBe(
      true,
    );
    expect([...settled]).toEqual([]);
    expect(byPath.get('briefing.md')?.digest).not.toBe(digest);
    // A file with text is taken at once, however new.
    writeFileSync(file, 'saved\n');
    const none = new Set<string>();
    expect(updateContentEntries(dir, byPath, files, [file], { writing: none })).toBe(true);
    expect(none.size).toBe(0);
  });
});
