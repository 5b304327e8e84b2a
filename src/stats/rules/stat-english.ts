import { chineseNumbers, missingInEnglish } from '../../content-files/numbers.ts';
import { relativeFile, type Problem } from '../../content-files/problems.ts';
import type { Piece } from '../pieces.ts';
import { englishFigures, QUALIFIERS, qualifiedInEnglish } from '../reading.ts';
import type { StatRecord } from '../schema.ts';
import { problem, type StatsRuleContext } from './context.ts';

/**
 * A stat's figure in the English (content check, build time): the English piece aligned with the
 * zh-hans piece of its quote (or, when the paragraphs do not line up, the whole section) states
 * the value, with the qualifier the Chinese gives it.
 */
export function statEnglishProblems(
  ctx: StatsRuleContext,
  stat: StatRecord,
  i: number,
  piece: Piece,
): Problem[] {
  const zh = ctx.sectionOf('zh-hans', stat.section);
  const en = ctx.sectionOf('en', stat.section);
  if (!zh || !en) return [];
  const enPieces = ctx.piecesOf(en);
  const aligned =
    typeof piece.where === 'number'
      ? en.paragraphs.length === zh.paragraphs.length
        ? enPieces.find((p) => p.where === piece.where)
        : undefined
      : enPieces.find((p) => p.where === piece.where);
  const enText = aligned?.text ?? enPieces.map((p) => p.text).join('\n\n');
  const enWhere = aligned ? `${relativeFile(en.file)}:${aligned.line}` : relativeFile(en.file);
  const wanted = stat.kind === 'range' ? [stat.low ?? NaN, stat.value] : [stat.value];
  const values = englishFigures(enText, stat.unit);
  const missing = wanted.filter((v) => !values.has(v));
  const statRef = `stat "${stat.id}" (${ctx.file}:${ctx.lineOf(['stats', i]) ?? '?'})`;
  // src/reviews/compare-editions.ts compares the figures of each paragraph pair already: say a missing figure once.
  const reportedByLoad =
    aligned !== undefined &&
    chineseNumbers(stat.quote).some((n) => missingInEnglish(piece.text, aligned.text).includes(n.raw));
  if (reportedByLoad) return [];
  const enFile = relativeFile(en.file);
  if (missing.length > 0) {
    return [
      problem(
        ctx,
        aligned?.line,
        stat.kind === 'range'
          ? `the English does not state ${missing.join(' and ')} ${stat.unit} of the range ${stat.low}–${stat.value} of ${statRef}, which the Chinese gives as “${stat.quote}”`
          : `the English does not state ${stat.value} of ${statRef}, which the Chinese gives as “${stat.quote}”`,
        `write the figure in digits in ${enWhere} as the Chinese states it (1260万 → 12.6 million; 1000余 → more than 1,000; 9年6个月 → 9 years and 6 months), or correct the record.`,
        enFile,
      ),
    ];
  }
  if (stat.qualifier && !qualifiedInEnglish(enText, stat.value, QUALIFIERS[stat.qualifier].en)) {
    const says = QUALIFIERS[stat.qualifier].says;
    return [
      problem(
        ctx,
        aligned?.line,
        `the English gives ${stat.value} of ${statRef} without “${says}”, but the Chinese says “${stat.quote}”`,
        `write “${says} ${stat.value.toLocaleString('en')}” in ${enWhere}, as the Chinese qualifies the figure.`,
        enFile,
      ),
    ];
  }
  return [];
}
