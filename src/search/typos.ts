/**
 * "Did you mean" (browser and Node): the closest words of the index's own vocabulary
 * (`pagefind/pingan-vocab-en.json`, whole words as written, most frequent first) by edit
 * distance, with a swap of two neighbouring letters counted as one edit. Never a stem.
 */

/** Optimal string alignment distance, giving up (returning max + 1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (rows[i - 1]?.[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (rows[i - 1]?.[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? max + 1;
}

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
