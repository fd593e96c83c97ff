// The NLP name finder for the `actor-unregistered` warning (src/core/coverage.ts):
// people and organisations that compromise finds in a text. Its own module so that
// only the commands that report the warning load compromise (about 0.3 s).
// Main function: `findNamesWithNlp(text)`.
import nlp from 'compromise';
import type { NameFinder } from './coverage.ts';

export const findNamesWithNlp: NameFinder = (text) => {
  const doc = nlp(text);
  return [
    ...(doc.people().out('array') as string[]).map((name) => ({ name, kind: 'person' as const })),
    ...(doc.organizations().out('array') as string[]).map((name) => ({
      name,
      kind: 'organization' as const,
    })),
  ];
};
