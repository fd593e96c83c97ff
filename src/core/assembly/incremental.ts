// What incremental assembly remembers between runs, and when a remembered briefing must
// be assembled again. A briefing's assembly depends only on its own files and on the
// actor registry; `RegistryUse` (briefing.ts) records which parts of the registry it
// read, so a changed actor file re-assembles exactly the briefings it can change: those
// that name or mention the actor, whose source contains one of its old or new names,
// whose found names its names cover, or that reported an unknown actor (whose
// did-you-mean reads the whole registry). Main function: `mustReassemble(record, change)`.
import type { Actor } from '../actors/actors.ts';
import type { Result } from '../diagnostics.ts';
import { cleanName, containsWords } from './coverage.ts';
import { foldText } from '../text/normalize.ts';
import type { BriefingResult } from './briefing.ts';

/** One actor file as last read: its digest and what parsing it gave. */
export interface ActorRecord {
  digest: string;
  /** The id from the file name. */
  id: string;
  /** Undefined when the file could not be read as UTF-8 (its diagnostic is in `parsed`). */
  parsed: Result<Actor | undefined>;
}

/** One briefing as last assembled, and the key of the files it was assembled from. */
export interface BriefingRecord {
  /** Every file of the folder: `path digest` lines, sorted. */
  filesKey: string;
  result: BriefingResult;
  /**
   * What the briefing is, known without reading `result.value` (which a memo read back
   * from disk gives only when asked, src/node/assembly-cache.ts): published, a draft, or
   * nothing (an error kept it from being assembled).
   */
  status: 'published' | 'draft' | undefined;
}

/** What a run of `assembleSiteFrom` leaves for the next (site.ts). */
export interface SiteMemo {
  /** The content folder and the options it was assembled with: a memo of another key is not used. */
  key: string;
  /** Actor file path → record. */
  actors: Map<string, ActorRecord>;
  /** Slug → record. */
  briefings: Map<string, BriefingRecord>;
}

/** How the registry changed since the memo: the ids whose file changed, with their old and new names. */
export interface RegistryChange {
  /** Ids whose actor file was added, removed or changed (content or readability). */
  ids: Set<string>;
  /** The folded names and aliases those actors had before and have now. */
  terms: string[];
}

/** The registry change between two sets of actor records (path → record). */
export function registryChange(
  before: ReadonlyMap<string, ActorRecord>,
  after: ReadonlyMap<string, ActorRecord>,
): RegistryChange {
  const ids = new Set<string>();
  const terms = new Set<string>();
  const note = (record: ActorRecord | undefined) => {
    if (!record) return;
    ids.add(record.id);
    const actor = record.parsed.value;
    if (actor) for (const term of [actor.name, ...actor.aliases]) terms.add(foldText(term));
  };
  for (const [path, record] of after) {
    const old = before.get(path);
    if (old?.digest === record.digest) continue;
    note(old);
    note(record);
  }
  for (const [path, record] of before) if (!after.has(path)) note(record);
  terms.delete('');
  return { ids, terms: [...terms] };
}

const WORD = /[\p{L}\p{N}]+/gu;

/** True when the remembered briefing may assemble differently after `change`. */
export function mustReassemble(record: BriefingRecord, change: RegistryChange): boolean {
  if (change.ids.size === 0) return false;
  const { uses } = record.result;
  if (uses.unknownActors) return true;
  if (uses.actors.some((id) => change.ids.has(id))) return true;
  if (change.terms.length === 0) return false;
  // Mentions and the names coverage lets pass match a term's words as whole words of
  // the source: a term with a word the source lacks can match neither.
  const words = new Set(uses.words);
  for (const term of change.terms) {
    if ((term.match(WORD) ?? []).every((word) => words.has(word))) return true;
  }
  // Coverage treats a found name as registered when a term contains it or it contains a term.
  for (const name of uses.names) {
    const folded = foldText(cleanName(name));
    if (change.terms.some((term) => containsWords(term, folded) || containsWords(folded, term)))
      return true;
  }
  return false;
}
