// A briefing's own dates (not its source's): what briefing.md says, else what the git
// history of its folder says, else none. Core gets the history as plain data from
// src/node/git-history.ts; a date is never today's, so a build is reproducible.
// Main functions: `briefingDates(meta, history)`, `withFolderHistory(site, histories)`.
import type { BriefingMeta } from '../../schema/briefing.ts';
import type { Briefing, BriefingDates, Site } from './model.ts';

/** The dates (ISO `YYYY-MM-DD`) of the first and the last commit that touched a briefing's folder. */
export interface FolderHistory {
  first: string;
  last: string;
}

/**
 * `published` is briefing.md's, else the first commit's date; `updated` is briefing.md's,
 * else the last commit's date. An `updated` not later than `published` is dropped: an
 * update on the day of publication is not one a reader needs told about.
 */
export function briefingDates(meta: BriefingMeta, history?: FolderHistory): BriefingDates {
  const published = meta.published ?? history?.first;
  const updated = meta.updated ?? history?.last;
  return {
    ...(published ? { published } : {}),
    ...(updated && (!published || updated > published) ? { updated } : {}),
  };
}

/** The briefing's latest date: updated, else published; undefined when it has neither. */
export function lastChanged(briefing: Briefing): string | undefined {
  return briefing.dates.updated ?? briefing.dates.published;
}

/**
 * Each briefing dated from one history, by briefing object: an unchanged briefing keeps
 * its dated object from one edit to the next, so what is memoised per object downstream
 * (the loaders' digests, the dev routes) is not redone for the whole archive.
 */
const datedMemo = new WeakMap<ReadonlyMap<string, FolderHistory>, WeakMap<Briefing, Briefing>>();

/** The site with each briefing's dates completed from its folder's history (slug → history). */
export function withFolderHistory(site: Site, histories: ReadonlyMap<string, FolderHistory>): Site {
  if (histories.size === 0) return site;
  let memo = datedMemo.get(histories);
  if (!memo) datedMemo.set(histories, (memo = new WeakMap()));
  const known = memo;
  const dated = (b: Briefing): Briefing => {
    const history = histories.get(b.slug);
    if (!history) return b;
    let value = known.get(b);
    if (!value) known.set(b, (value = { ...b, dates: briefingDates(b.meta, history) }));
    return value;
  };
  return { ...site, briefings: site.briefings.map(dated), drafts: site.drafts.map(dated) };
}
