// Content collections. The editor's files (content/, DESIGN.md) are read and
// validated by core with the zod schemas of src/schema; these collections hold
// what core assembles from them, so pages only render. One per name in
// COLLECTIONS (src/integration/loader.ts); each loader declares its data's type.
import { defineCollection } from 'astro:content';
import { dossierLoader, type Collection } from './integration/loader.ts';

export const collections = {
  briefings: defineCollection({ loader: dossierLoader('briefings') }),
  actors: defineCollection({ loader: dossierLoader('actors') }),
  tags: defineCollection({ loader: dossierLoader('tags') }),
} satisfies Record<Collection, unknown>;
