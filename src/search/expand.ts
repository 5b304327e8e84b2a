import { fold, type Charmap } from './charmap.ts';
import { figureForms, formPattern, searchTerm } from './numbers.ts';
import { parseQuery, stem, type Alt, type ParsedQuery, type Token } from './query.ts';

/**
 * Query expansion (browser and Node): each token also matches its synonyms and abbreviations from
 * the reviewed table (content/search-synonyms.yml), a figure also matches its value in the other
 * units, and — once the character map is loaded — Chinese typed in the other script (or a variant
 * Traditional form) matches the edition's own. Pure, unit-tested.
 */

/** The synonym groups of one edition, in its script (zh-hant's are converted at build time). */
export interface EditionSynonyms {
  groups: string[][];
}

export interface ExpandOptions {
  synonyms?: EditionSynonyms | undefined;
  /** Fold the query's Chinese into this script before expanding. */
  fold?: { map: Charmap; to: 'hans' | 'hant' } | undefined;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A word or phrase as a pattern: Chinese literally; English words by their stems, whole. */
export function wordPattern(entry: string): string {
  if (/\p{Script=Han}/u.test(entry)) return escape(entry);
  // An abbreviation (ip, yrd) is a whole word; a longer word may take endings (scam → scams).
  const words = entry
    .split(/\s+/)
    .map((w) =>
      w.length <= 3
        ? `${escape(w)}(?![\\p{Script=Latin}\\p{N}])`
        : `${escape(stem(w))}[\\p{Script=Latin}\\p{N}]*`,
    );
  return `(?<![\\p{Script=Latin}\\p{N}])${words.join('[\\s-]+')}`;
}

/** The query folded into one script (`網格` → `网格` for the zh-hans index). */
export function foldQuery(raw: string, map: Charmap, to: 'hans' | 'hant'): string {
  return fold(raw, to === 'hans' ? map.toHans : map.toHant);
}

/** Parses and expands a query for one edition's index. */
export function expandQuery(raw: string, options: ExpandOptions = {}): ParsedQuery {
  const text = options.fold ? foldQuery(raw, options.fold.map, options.fold.to) : raw;
  const q = parseQuery(text);
  const groups = options.synonyms?.groups ?? [];
  // A multi-word synonym ("intellectual property" for "ip") may be the whole query.
  const whole = groups.find((g) => g.includes(q.text));
  if (whole && q.tokens.length > 1) {
    const token: Token = { text: q.text, kind: 'latin', phrases: [], stem: q.text, alts: [] };
    token.alts = synonymAlts(q.text, whole);
    token.alts.unshift({ search: q.text, pattern: wordPattern(q.text) });
    return { text: q.text, tokens: [token] };
  }
  return { text: q.text, tokens: q.tokens.map((t) => expandToken(t, groups)) };
}

function synonymAlts(text: string, group: string[]): Alt[] {
  return group.filter((e) => e !== text).map((e) => ({ search: e, pattern: wordPattern(e) }));
}

function expandToken(token: Token, groups: string[][]): Token {
  const alts: Alt[] = [...token.alts];
  if (token.figure) {
    for (const form of figureForms(token.figure)) {
      const alt = { search: searchTerm(form), pattern: formPattern(form) };
      if (!alts.some((a) => a.pattern === alt.pattern)) alts.push(alt);
    }
  } else {
    const group = groups.find((g) => g.includes(token.text));
    if (group) alts.push(...synonymAlts(token.text, group));
  }
  return { ...token, alts };
}
