/** The few candidates nearest to `name` by edit distance, for "did you mean" fixes. */
export function closest(name: string, candidates: string[], n = 3): string[] {
  return [...candidates].sort((a, b) => editDistance(name, a) - editDistance(name, b)).slice(0, n);
}

/** Levenshtein distance: one insertion, deletion or substitution per step. */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] ?? 0;
}
