// Node adapter for annotating from the live preview: one briefing's folder read for
// core's plan (src/core/annotate/), with the actor registry of the assembled site, and
// the plan written inside the content folder only: appended to a briefing's annotations
// file, a new actor file created (never overwritten), or an actor file given one more
// alias, only while it reads as the plan was made from. Main functions:
// `readAnnotateFiles` and `writePlanned`.
import { constants } from 'node:fs';
import { appendFile, mkdir, readFile, realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ID_PATTERN, type Actor } from '../core/actors/actors.ts';
import type { BriefingFilesInput, PlannedWrite } from '../core/annotate/annotate.ts';
import type { ContentFile } from '../core/assembly/briefing.ts';
import { decodeContent, type Site } from '../core/assembly/site.ts';
import { contentDirName, isInside, readContentFiles } from './content.ts';

/**
 * The files of the briefing `slug` (its folder only: an archive's other files are not
 * read), the registry as the site assembled it, and the files of the registry's actors
 * among `actorIds` (a mention may add an alias to the one chosen).
 */
export async function readAnnotateFiles(
  root: string,
  contentDir: string,
  slug: string,
  site: Site,
  actorIds: readonly string[] = [],
): Promise<BriefingFilesInput> {
  const relative = contentDirName(root, contentDir);
  const dir = `${relative}/briefings/${slug}`;
  const actorsDir = `${relative}/actors`;
  let source: ContentFile | undefined;
  const annotationFiles: ContentFile[] = [];
  const furtherSources: ContentFile[] = [];
  for (const raw of await readContentFiles(root, path.join(contentDir, 'briefings', slug))) {
    const file = decodeContent(raw).value;
    if (!file) continue;
    const name = file.path.slice(dir.length + 1);
    if (name === 'source.md') source = file;
    else if (/^[^/]+\.md$/.test(name)) annotationFiles.push(file);
    else if (/^sources\/[^/]+\.md$/.test(name)) furtherSources.push(file);
  }
  const registry = new Map<string, Actor>();
  for (const { appearances: _appearances, ...actor } of site.actors)
    registry.set(actor.id, { ...actor, file: `${actorsDir}/${actor.id}.md` });
  const actorFiles = new Map<string, ContentFile>();
  for (const id of actorIds) {
    if (!ID_PATTERN.test(id) || !registry.has(id)) continue;
    const file = `${actorsDir}/${id}.md`;
    try {
      actorFiles.set(id, { path: file, text: await readFile(path.resolve(root, file), 'utf8') });
    } catch {
      // No file of that name (the registry reads it otherwise): no alias is added then.
    }
  }
  return { dir, source, annotationFiles, furtherSources, registry, actorsDir, actorFiles };
}

/**
 * Writes what core planned. The file must be inside the content folder, also once
 * symbolic links are followed; a new file is created only if it does not exist, and an
 * existing one is only appended to. Returns the absolute path written.
 */
export async function writePlanned(
  root: string,
  contentDir: string,
  planned: PlannedWrite,
): Promise<string[]> {
  const written: string[] = [];
  // An actor file edited (an alias added) only if it still reads as it was planned from.
  if (planned.edit) {
    const real = await safeTarget(root, contentDir, planned.edit.file, false);
    if ((await readFile(real, 'utf8')) !== planned.edit.before)
      throw new Error(`${planned.edit.file} changed since the page loaded: reload and try again`);
    await writeFile(real, planned.edit.text, { flag: 'r+' });
    // r+ does not shorten the file: the new text only ever adds a line.
    written.push(real);
  }
  // Nothing to append: the edit was the whole write (an alias alone).
  if (!planned.create && planned.text === '') return written;
  const real = await safeTarget(root, contentDir, planned.file, planned.create);
  if (planned.create)
    await writeFile(real, planned.text, {
      flag: constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY,
    });
  else await appendFile(real, planned.text, { flag: 'a' });
  written.unshift(real);
  return written;
}

/**
 * The real path to write `file` (relative to `root`) at: a .md file inside the content
 * folder, also once symbolic links are followed; its folder made first when `create`.
 */
async function safeTarget(
  root: string,
  contentDir: string,
  file: string,
  create: boolean,
): Promise<string> {
  const target = path.resolve(root, file);
  const folder = path.resolve(contentDir);
  if (!isInside(folder, target) || path.extname(target) !== '.md')
    throw new Error(`refused to write ${file}: it is not a .md file inside the content folder`);
  const parent = path.dirname(target);
  if (create) await mkdir(parent, { recursive: true });
  const [realParent, realFolder] = await Promise.all([realpath(parent), realpath(folder)]);
  if (realParent !== realFolder && !isInside(realFolder, realParent))
    throw new Error(`refused to write ${file}: its folder leads outside the content folder`);
  return path.join(realParent, path.basename(target));
}
