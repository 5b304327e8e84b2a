import { editDistance } from '../text/edit-distance.ts';

/** The few candidates nearest to `name` by edit distance, for "did you mean" fixes. */
export function closest(name: string, candidates: string[], n = 3): string[] {
  return [...candidates].sort((a, b) => editDistance(name, a) - editDistance(name, b)).slice(0, n);
}
