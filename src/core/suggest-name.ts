// Did-you-mean for ids and attribute names: the closest candidate by edit
// distance, when it is close enough to be a plausible typo.
import { distance } from 'fastest-levenshtein';

/** The candidate closest to `input`, or undefined when none is within a third of its length. */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const needle = input.toLowerCase();
  for (const candidate of candidates) {
    const d = distance(needle, candidate.toLowerCase());
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.ceil(Math.max(input.length, best.length) / 3));
  return bestDistance <= limit ? best : undefined;
}
