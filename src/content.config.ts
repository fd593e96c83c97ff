// Content collections. The editor's files (content/, DESIGN.md) are read and
// validated by core with the zod schemas of src/schema; these collections hold
// what core assembles from them, so pages only render.
import { defineCollection } from 'astro:content';
import { dossierLoader } from './integration/loader.ts';

export const collections = {
  briefings: defineCollection({ loader: dossierLoader('briefings') }),
  actors: defineCollection({ loader: dossierLoader('actors') }),
  timeline: defineCollection({ loader: dossierLoader('timeline') }),
  tags: defineCollection({ loader: dossierLoader('tags') }),
};
