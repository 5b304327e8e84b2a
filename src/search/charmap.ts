/**
 * Folding Chinese scripts on the query side (browser and build), instead of indexing every record
 * twice. The map is built at build time from the corpus itself: the characters that occur in the
 * two Chinese editions and differ between them (the zh-hant text is the zh-hans text converted
 * character by character, so aligned paragraphs of equal length pair them up), plus the variant
 * Traditional forms the reviews do not use (裏 for 裡, 着 for 著), from the reviewed table in
 * `content/search-synonyms.yml`. The browser fetches it only when a query's Chinese is not found
 * as typed.
 */

/** The shipped map: `pairs` is a string of two-character units, Simplified then Traditional. */
export interface CharmapData {
  pairs: string;
  /** Variant Traditional form → the form the zh-hant edition uses. */
  variants: Record<string, string>;
}

export interface Charmap {
  toHans: Map<string, string>;
  toHant: Map<string, string>;
}

/** Build time: the differing character pairs of aligned texts, most frequent pairing first. */
export function alignedPairs(texts: [hans: string, hant: string][]): string {
  const counts = new Map<string, number>();
  for (const [hans, hant] of texts) {
    const a = [...hans];
    const b = [...hant];
    // A phrase-table override can change a paragraph's length: such a paragraph cannot be paired.
    if (a.length !== b.length) continue;
    a.forEach((ch, i) => {
      const other = b[i] ?? ch;
      if (ch !== other && /\p{Script=Han}/u.test(ch) && /\p{Script=Han}/u.test(other)) {
        counts.set(ch + other, (counts.get(ch + other) ?? 0) + 1);
      }
    });
  }
  return [...counts]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .map(([pair]) => pair)
    .join('');
}

/**
 * Build time: for each group of variant forms (`[裡, 裏]`), the form the Traditional corpus uses
 * wins; the others map to it. A group none of whose forms occurs is left out.
 */
export function variantMap(groups: string[][], hantCorpus: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const group of groups) {
    const used = group.find((c) => hantCorpus.includes(c));
    if (!used) continue;
    for (const c of group) if (c !== used) out[c] = used;
  }
  return out;
}

/** Browser: the two directions of the map. The first (most frequent) pairing of a character wins. */
export function readCharmap(data: CharmapData): Charmap {
  const toHans = new Map<string, string>();
  const toHant = new Map<string, string>();
  const chars = [...data.pairs];
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const hans = chars[i] ?? '';
    const hant = chars[i + 1] ?? '';
    if (!toHans.has(hant)) toHans.set(hant, hans);
    if (!toHant.has(hans)) toHant.set(hans, hant);
  }
  for (const [variant, used] of Object.entries(data.variants)) {
    // A variant folds to the corpus's Traditional form, and from there to Simplified.
    toHant.set(variant, used);
    toHans.set(variant, toHans.get(used) ?? used);
  }
  return { toHans, toHant };
}

/** The text with every mapped character replaced: `網格` → `网格` with `toHans`. */
export function fold(text: string, map: Map<string, string>): string {
  let out = '';
  for (const ch of text) out += map.get(ch) ?? ch;
  return out;
}
