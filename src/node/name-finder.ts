// The name finder of the commands that report names the registry lacks (`npm run check`
// and `npm run dev`'s name warnings): core's `nameFinders` (src/core/assembly/name-finder.ts)
// over compromise loaded from its one-file build (`require('compromise')`), not from its
// ES modules (`import`, 436 files): the same code, loaded in about 0.3 s less CPU by each
// thread that loads it (docs/performance.md, "Cold check at 1,000 (2026-12-07)").
// test/core/assembly/name-finder.test.ts checks that both give the same names.
import { createRequire } from 'node:module';
import { nameFinders, type Nlp } from '../core/assembly/name-finder.ts';

/** compromise's `nlp`, from its CommonJS build (one file). */
export const nlp = createRequire(import.meta.url)('compromise') as Nlp;

export const {
  findNames: findNamesWithNlp,
  findNamesWithFullTagger,
  usesFirstPass,
} = nameFinders(nlp);
