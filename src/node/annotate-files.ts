// Node adapter for annotating from the live preview: one briefing's files read for
// core's plan (src/core/annotate/), and the plan written, inside the content folder only:
// appended to a briefing's annotations file, or a new actor file created (never
// overwritten). Main functions: `readAnnotateFiles` and `writePlanned`.
import { constants } from 'node:fs';
import { appendFile, mkdir, realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BriefingFilesInput, PlannedWrite } from '../core/annotate/annotate.ts';
import { readBriefing } from './briefing-files.ts';
import { contentDirName, isInside } from './content.ts';

/** The briefing's files and the registry, as core's plan reads them. */
export async function readAnnotateFiles(
  root: string,
  contentDir: string,
  slug: string,
): Promise<BriefingFilesInput> {
  const files = await readBriefing(root, contentDir, slug);
  return {
    dir: files.dir,
    source: files.source,
    annotationFiles: files.annotationFiles,
    furtherSources: files.furtherSources,
    registry: files.registry,
    actorsDir: `${contentDirName(root, contentDir)}/actors`,
  };
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
): Promise<string> {
  const target = path.resolve(root, planned.file);
  const folder = path.resolve(contentDir);
  if (!isInside(folder, target) || path.extname(target) !== '.md')
    throw new Error(
      `refused to write ${planned.file}: it is not a .md file inside the content folder`,
    );
  const parent = path.dirname(target);
  if (planned.create) await mkdir(parent, { recursive: true });
  const [realParent, realFolder] = await Promise.all([realpath(parent), realpath(folder)]);
  if (realParent !== realFolder && !isInside(realFolder, realParent))
    throw new Error(
      `refused to write ${planned.file}: its folder leads outside the content folder`,
    );
  const real = path.join(realParent, path.basename(target));
  if (planned.create)
    await writeFile(real, planned.text, {
      flag: constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY,
    });
  else await appendFile(real, planned.text, { flag: 'a' });
  return real;
}
