import { chineseNumerals } from './figure-chinese.ts';
import { quoteFor } from './figure-quotes.ts';
import { tokens } from './figure-tokens.ts';
import type { Figures, Piece } from './figure-types.ts';
import { bodiesIn, clauseBefore } from '../../src/stats/rules/owner.ts';

export type { ChineseNumeral, FigureCandidate, Figures, NotChartedCandidate, Piece } from './figure-types.ts';

/**
 * Tool: every number of the zh-hans text, sorted for stats.yml. A figure (a count, an amount, a
 * percentage, a change, a range, with its 余/多/近 qualifier) becomes a candidate record with its
 * exact quote, section, value, unit and kind; a year or date is listed under not_charted as such;
 * a number inside a quoted name (“1+1+6”) under not_charted for the editor to confirm. Figures
 * written in Chinese numerals (六名, 十条举措, 全国第一) go under not_charted with the reason TODO.
 *
 * The quotes follow what the content check asks of them (src/stats/rules/stat-quote.ts) (found once in the section, holding only
 * this figure's digits), and directions are read with the same words (src/stats/reading.ts).
 */

export function findFigures(sections: { id: string; pieces: Piece[] }[]): Figures {
  const result: Figures = { stats: [], notCharted: [], chinese: [] };
  for (const section of sections) {
    const texts = section.pieces.map((p) => p.text);
    for (const piece of section.pieces) {
      const list = tokens(piece.text);
      // The same figure said again in one paragraph (破获案件460起，破获案件460起的经验…) is one
      // candidate; the repeat is listed under not_charted, so its digits are still accounted for.
      const seen = new Map<string, string>();
      list.forEach((token, k) => {
        const { quote, ambiguous } = quoteFor(
          piece.text,
          token,
          list[k - 1],
          list[k + 1],
          texts,
          Boolean(token.figure && token.figure.kind !== 'level'),
        );
        const f = token.figure;
        const key =
          f &&
          `${f.value}|${f.unit}|${f.kind}|${piece.text.slice(Math.max(0, token.start - 4), token.start)}`;
        const first = key ? seen.get(key) : undefined;
        if (key && first !== undefined) {
          result.notCharted.push({
            section: section.id,
            where: piece.where,
            quote,
            reason: `the same figure again in its paragraph (“${first}”), already a candidate`,
            how: `a repeat of “${first}”`,
            ...(ambiguous ? { ambiguous } : {}),
          });
        } else if (token.figure) {
          if (key) seen.set(key, quote);
          // The bodies the clause names before the figure (src/stats/rules/owner.ts): its owner.
          const bodies = bodiesIn(clauseBefore(piece.text, quote) ?? '');
          result.stats.push({
            section: section.id,
            where: piece.where,
            ...token.figure,
            quote,
            at: token.start,
            ...(bodies.length > 0 ? { bodies } : {}),
            ...(ambiguous ? { ambiguous } : {}),
          });
        } else if (token.notCharted) {
          result.notCharted.push({
            section: section.id,
            where: piece.where,
            quote,
            reason: token.notCharted.reason,
            how: token.notCharted.how,
            ...(ambiguous ? { ambiguous } : {}),
          });
        }
      });
      const covered = [...result.stats, ...result.notCharted]
        .filter((c) => c.section === section.id)
        .map((c) => c.quote);
      result.chinese.push(...chineseNumerals(section.id, piece.where, piece.text, covered, texts));
    }
  }
  return result;
}
