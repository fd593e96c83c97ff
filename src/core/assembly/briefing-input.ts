// The input of a briefing's assembly and what its first stages read from it (the
// types the stages of briefing.ts and the resolvers of resolve-annotations.ts share).
import type { Actor, RegistryTerms } from '../actors/actors.ts';
import type { Haystack } from '../anchoring/anchoring.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { AnyRawAnnotation } from '../markdown/annotations.ts';
import type { Paragraph } from '../text/paragraphs.ts';
import type { SourceMeta } from '../../schema/source.ts';
import type { RatingScale } from '../../schema/ratings.ts';
import type { NameFinder } from './coverage.ts';

export interface ContentFile {
  /** Path relative to the project root, as diagnostics print it. */
  path: string;
  text: string;
}

export interface BriefingInput {
  slug: string;
  /** content/briefings/<slug>, for messages about missing files. */
  dir: string;
  source?: ContentFile;
  /** briefing.md and every other .md in the folder, in path order. */
  annotationFiles: ContentFile[];
  /** The further sources, `sources/<id>.md`, in path order. */
  furtherSources?: ContentFile[];
  /** The scale claims are rated on (content/ratings.md); the default scale when absent. */
  ratings?: RatingScale;
  registry: ReadonlyMap<string, Actor>;
  /** The registry's folded names and aliases (`registryTerms`), computed once per site; derived from `registry` when absent. */
  terms?: RegistryTerms;
  /** Finds names the registry lacks (`actor-unregistered`); none looked for when absent. */
  findNames?: NameFinder;
  /** Ids whose actor file exists but is invalid: its own diagnostics already say why, so uses are not "unknown". */
  invalidActors?: ReadonlySet<string>;
  /** Paths that exist but could not be read (e.g. not UTF-8): already reported, so not also "missing". */
  unreadable?: ReadonlySet<string>;
  /** Where actor files live (content/actors), for messages that name one. */
  actorsDir?: string;
  /**
   * `'draft'` in `astro dev` only: a placeholder the live preview writes is a warning and
   * its block is kept as pending (ParseOptions in markdown/annotations.ts); default `'error'`.
   */
  placeholders?: 'error' | 'draft';
}

export interface SourceRead {
  /** '' for source.md, else the further source's id. */
  id: string;
  /** The file, when there is one. */
  file?: string;
  /** The validated frontmatter; undefined when missing or invalid. */
  meta: SourceMeta | undefined;
  /** The oversized-source error, when the body is too large to anchor to. */
  tooLarge: Diagnostic | undefined;
  paragraphs: Paragraph[];
  haystack: Haystack;
}

export interface RawInFile {
  file: string;
  annotation: AnyRawAnnotation;
}
