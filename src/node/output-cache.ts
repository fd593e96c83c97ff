// The build worker's store of the data files it wrote (briefing.json, annotations.jsonld,
// source.txt), by key (src/node/page-keys.ts): a briefing whose key is unchanged gets its
// files' bytes from here instead of being serialised again. Each entry holds the SHA-256
// of its bytes before them, checked on every read: an entry that is damaged, cut short
// or not of this format is ignored, and the file is made afresh and stored again, so a
// corrupt or foreign store never yields a wrong file. Entries no build used are deleted
// when the build ends. In `node_modules/.cache/dossier/outputs/`, or beside Astro's cache
// (`$DOSSIER_CACHE_DIR/dossier-outputs/`). Main function: `outputStore(root)`.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

export interface OutputStore {
  /** The bytes stored under `key`, when an intact entry is there. */
  get(key: string): Buffer | undefined;
  put(key: string, body: string | Uint8Array): void;
  /** Deletes every entry this store's build neither read nor wrote. */
  prune(): void;
  counts: { reused: number; made: number };
}

/** Where the store lives for a project at `root`. */
export function outputStoreDir(root: string): string {
  const astro = process.env['DOSSIER_CACHE_DIR'];
  return astro
    ? path.join(path.resolve(root, astro), 'dossier-outputs')
    : path.join(root, 'node_modules/.cache/dossier/outputs');
}

const DIGEST = 64;

export function outputStore(root: string): OutputStore {
  const dir = outputStoreDir(root);
  const used = new Set<string>();
  const file = (key: string) => path.join(dir, key.slice(0, 2), key);
  const counts = { reused: 0, made: 0 };
  // The store's folders as they were when the build began: a key whose folder was not
  // there is not looked for (a cold build would otherwise try, and fail, to open every
  // output's entry), and a folder is made once.
  const found = new Set<string>();
  try {
    for (const name of readdirSync(dir)) found.add(name);
  } catch {
    // No store yet: every entry is made.
  }
  const made = new Set<string>();
  return {
    counts,
    get(key) {
      used.add(key);
      const folder = key.slice(0, 2);
      if (!found.has(folder) && !made.has(folder)) return undefined;
      let bytes: Buffer;
      try {
        bytes = readFileSync(file(key));
      } catch {
        return undefined;
      }
      if (bytes.length <= DIGEST || bytes[DIGEST] !== 0x0a) return undefined;
      const body = bytes.subarray(DIGEST + 1);
      const digest = createHash('sha256').update(body).digest('hex');
      if (bytes.toString('latin1', 0, DIGEST) !== digest) return undefined;
      counts.reused++;
      return body;
    },
    put(key, body) {
      used.add(key);
      counts.made++;
      const bytes = typeof body === 'string' ? Buffer.from(body) : Buffer.from(body);
      const target = file(key);
      const folder = key.slice(0, 2);
      if (!made.has(folder)) {
        mkdirSync(path.dirname(target), { recursive: true });
        made.add(folder);
      }
      const temporary = `${target}.${process.pid}-${threadId}.tmp`;
      writeFileSync(
        temporary,
        Buffer.concat([
          Buffer.from(`${createHash('sha256').update(bytes).digest('hex')}\n`),
          bytes,
        ]),
      );
      renameSync(temporary, target);
    },
    prune() {
      let shards: string[];
      try {
        shards = readdirSync(dir);
      } catch {
        return;
      }
      for (const shard of shards) {
        const shardDir = path.join(dir, shard);
        let names: string[];
        try {
          names = readdirSync(shardDir);
        } catch {
          continue;
        }
        for (const name of names)
          if (!used.has(name)) rmSync(path.join(shardDir, name), { force: true });
      }
    },
  };
}
