import { occurrences } from '../../src/stats/pieces.ts';
import type { Token } from './figure-tokens.ts';

/**
 * Tool: the quote for each number token, as the content check asks of quotes (src/stats/rules/stat-quote.ts): found once in the
 * section, holding only this figure's digits, short enough for an editor to read.
 */

const CLAUSE_END = /[，。；！？：,;!?\n]/;
/** Measure words: what follows a count (100家, 62名). */
const MEASURE = /[家个名项条件所期场批位座户人次类起元]/;

/** How many times a quote occurs in the section's texts. */
export const countIn = (sectionTexts: string[], q: string): number =>
  sectionTexts.reduce((n, text) => n + occurrences(text, q).length, 0);

/** Connecting words a quote should neither start nor end with. */
const JOINERS = /^[和及与并、，]+|[和及与并、，]+$/g;

/**
 * The quote for the token at [start, end): the words of its clause around it, no other number,
 * short, and found once in the section (lengthened until it is, as far as its clause allows).
 */
export function quoteFor(
  t: string,
  token: Token,
  prev: Token | undefined,
  next: Token | undefined,
  sectionTexts: string[],
  preferRight: boolean,
): { quote: string; ambiguous: boolean } {
  const start = token.start - (token.notCharted?.prefix ?? 0);
  let clauseStart = start;
  while (clauseStart > 0 && !CLAUSE_END.test(t[clauseStart - 1] ?? '')) clauseStart--;
  let clauseEnd = token.end;
  while (clauseEnd < t.length && !CLAUSE_END.test(t[clauseEnd] ?? '')) clauseEnd++;
  let minLeft = Math.max(clauseStart, prev ? prev.end : 0);
  if (prev && prev.end > clauseStart) {
    // Start after the words that belong to the previous figure: “176个集体和169名个人” → “169名个人”,
    // “350家企事业单位1300余名保安” → “企事业单位1300余名保安”.
    const joiner = t.slice(minLeft, start).search(/[和及与、并](?!.*[和及与、并])/);
    if (joiner >= 0) minLeft += joiner + 1;
    else if (MEASURE.test(t[minLeft] ?? '') && minLeft + 1 < start) minLeft += 1;
  }
  const maxRight = Math.min(clauseEnd, next ? next.start : t.length);
  // The editor reads short quotes: the words of the figure's clause, cut at an enumeration comma
  // (、) and to 20 characters each side; longer only when needed to make it unique.
  const listed = t.slice(minLeft, start).lastIndexOf('、');
  let left = listed >= 0 && start - (minLeft + listed + 1) >= 2 ? minLeft + listed + 1 : minLeft;
  left = Math.max(left, start - 20);
  const listEnd = t.slice(token.end, maxRight).indexOf('、');
  let right = listEnd >= 0 ? token.end + listEnd : maxRight;
  right = Math.min(right, token.end + 20);
  const count = (q: string) => countIn(sectionTexts, q);
  const make = () => t.slice(left, right).replace(JOINERS, '');
  // When the clause is not enough to make the quote unique, its sentence may be used.
  let sentenceStart = clauseStart;
  while (sentenceStart > 0 && !/[。！？\n]/.test(t[sentenceStart - 1] ?? '')) sentenceStart--;
  let sentenceEnd = clauseEnd;
  while (sentenceEnd < t.length && !/[。！？\n]/.test(t[sentenceEnd] ?? '')) sentenceEnd++;
  const widest = {
    left: Math.max(sentenceStart, prev ? prev.end : 0),
    right: Math.min(sentenceEnd, next ? next.start : t.length),
  };
  const widen = (lo: number, hi: number, rightFirst: boolean) => {
    while (count(make()) > 1 && (left > lo || right < hi)) {
      if ((rightFirst || left <= lo) && right < hi) right++;
      else left--;
    }
  };
  if (token.notCharted) {
    // Years and dates: the date itself; else with the words before it in its clause (回望2024年);
    // else with at least five characters after it (2024年，全市刑事), as the 2024 review quotes them.
    const tries: [number, number][] = [[start, token.end]];
    if (start - clauseStart > 0 && start - clauseStart <= 8 && clauseStart >= minLeft)
      tries.push([clauseStart, token.end]);
    for (let k = 5; token.end + k <= widest.right; k++) tries.push([start, token.end + k]);
    const unique = tries.find(([l, r]) => count(t.slice(l, r)) === 1);
    [left, right] = unique ?? [start, token.end];
    if (!unique) widen(widest.left, widest.right, true);
    return { quote: t.slice(left, right), ambiguous: count(t.slice(left, right)) !== 1 };
  } else {
    widen(minLeft, maxRight, preferRight);
    widen(widest.left, widest.right, preferRight);
  }
  return { quote: make(), ambiguous: count(make()) !== 1 };
}
