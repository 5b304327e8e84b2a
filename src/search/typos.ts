/**
 * "Did you mean" (browser and Node): the closest words of the index's own vocabulary
 * (`pagefind/pingan-vocab-en.json`, whole words as written, most frequent first) by edit
 * distance, with a swap of two neighbouring letters counted as one edit. Never a stem.
 */

import { editDistance } from '../text/edit-distance.ts';

/** The closest vocabulary word to `word`: one edit for words up to five letters, two beyond. */
export function closestWord(word: string, vocabulary: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  if (w.length < 3 || vocabulary.includes(w)) return undefined;
  const max = w.length <= 5 ? 1 : 2;
  let best: { word: string; d: number } | undefined;
  for (const v of vocabulary) {
    const d = editDistance(w, v, max);
    // The vocabulary is most frequent first: on a tie the commoner word wins.
    if (d <= max && (!best || d < best.d)) best = { word: v, d };
  }
  return best?.word;
}

/** The query with each unknown English word replaced by its closest word; undefined if none. */
export function didYouMean(query: string, vocabulary: readonly string[]): string | undefined {
  let changed = false;
  const out = query.replace(/\p{Script=Latin}+/gu, (w) => {
    const c = closestWord(w, vocabulary);
    if (c) changed = true;
    return c ?? w;
  });
  return changed ? out : undefined;
}
