// Node adapter for the editor commands: one briefing's files and the actor
// registry, read from the content folder and decoded. Main function: `readBriefing`.
import { parseActor, type Actor } from '../core/actors/actors.ts';
import type { ContentFile } from '../core/assembly/briefing.ts';
import type { Diagnostic } from '../core/diagnostics.ts';
import { decodeContent } from '../core/assembly/site.ts';
import { contentDirName, readContentFiles } from './content.ts';
import { commonWordLists } from './common-words.ts';

export interface BriefingFiles {
  /** content/briefings/<slug>, relative to the root. */
  dir: string;
  source?: ContentFile;
  /** Every other .md file of the folder. */
  annotationFiles: ContentFile[];
  /** The further sources, sources/<id>.md. */
  furtherSources: ContentFile[];
  registry: Map<string, Actor>;
  /** Slugs of every briefing folder, for did-you-mean. */
  slugs: string[];
  /** Problems reading the registry or the folder (the actors concerned are left out). */
  diagnostics: Diagnostic[];
}

export async function readBriefing(
  root: string,
  contentDir: string,
  slug: string,
): Promise<BriefingFiles> {
  const relative = contentDirName(root, contentDir);
  const raw = await readContentFiles(root, contentDir);
  const diagnostics: Diagnostic[] = [];
  const registry = new Map<string, Actor>();
  const slugs = new Set<string>();
  const dir = `${relative}/briefings/${slug}`;
  let source: ContentFile | undefined;
  const annotationFiles: ContentFile[] = [];
  const furtherSources: ContentFile[] = [];
  for (const r of raw) {
    const actor = r.path.startsWith(`${relative}/actors/`)
      ? /\/actors\/([^/]+)\.md$/.exec(r.path)
      : null;
    const briefing = r.path.startsWith(`${relative}/briefings/`)
      ? /\/briefings\/([^/]+)\/[^/]+\.md$/.exec(r.path)
      : null;
    if (briefing?.[1]) slugs.add(briefing[1]);
    if (!actor && !r.path.startsWith(`${dir}/`)) continue;
    const decoded = decodeContent(r);
    diagnostics.push(...decoded.diagnostics);
    if (!decoded.value) continue;
    if (actor?.[1]) {
      const parsed = parseActor(r.path, actor[1], decoded.value.text, commonWordLists());
      diagnostics.push(...parsed.diagnostics);
      if (parsed.value) registry.set(parsed.value.id, parsed.value);
    } else if (r.path === `${dir}/source.md`) source = decoded.value;
    else if (/^[^/]+\.md$/.test(r.path.slice(dir.length + 1))) annotationFiles.push(decoded.value);
    else if (/^sources\/[^/]+\.md$/.test(r.path.slice(dir.length + 1)))
      furtherSources.push(decoded.value);
  }
  return {
    dir,
    ...(source ? { source } : {}),
    annotationFiles,
    furtherSources,
    registry,
    slugs: [...slugs].sort(),
    diagnostics,
  };
}
