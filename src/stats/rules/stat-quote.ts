import { writtenTexts } from '../../reviews/schema.ts';
import { closest } from '../../content-files/closest.ts';
import type { Problem } from '../../content-files/problems.ts';
import { relativeFile } from '../../content-files/problems.ts';
import { occurrences, type Piece } from '../pieces.ts';
import { DOWN, QUALIFIERS, quoteFigures, UP } from '../reading.ts';
import type { StatRecord } from '../schema.ts';
import { problem, type StatsRuleContext } from './context.ts';
import { statEnglishProblems } from './stat-english.ts';
import { lexFigures } from '../../text/figures.ts';

/**
 * Each stat record against the zh-hans text (content check, build time): its quote stands once in
 * its section and states its value, in its unit, with its qualifier and direction; then the
 * English states it too (stat-english.ts).
 */
export function statProblems(ctx: StatsRuleContext): Problem[] {
  return ctx.stats.stats.flatMap((stat, i) => oneStat(ctx, stat, i));
}

/** The pieces of the stat's zh-hans section where its quote stands; undefined when there is no such section. */
export function quotePieces(
  ctx: StatsRuleContext,
  stat: Pick<StatRecord, 'section' | 'quote'>,
): Piece[] | undefined {
  if (!ctx.sections.includes(stat.section)) return undefined;
  const zh = ctx.sectionOf('zh-hans', stat.section);
  if (!zh) return undefined;
  return ctx.piecesOf(zh).flatMap((piece) => occurrences(piece.text, stat.quote).map(() => piece));
}

function oneStat(ctx: StatsRuleContext, stat: StatRecord, i: number): Problem[] {
  const problems = labelProblems(ctx, stat, i);
  if (!ctx.sections.includes(stat.section)) {
    problems.push(
      problem(
        ctx,
        ctx.lineOf(['stats', i, 'section']),
        `stat "${stat.id}" names section "${stat.section}", which review.yml does not list`,
        `use one of: ${closest(stat.section, ctx.sections).join(', ')}.`,
      ),
    );
    return problems;
  }
  const found = quotePieces(ctx, stat);
  if (!found) return problems; // src/reviews/year.ts reports the missing section file.
  problems.push(
    ...placeProblems(ctx, stat, i, found.length),
    ...figureProblems(ctx, stat, i),
    ...unitProblems(ctx, stat, i),
    ...qualifierProblems(ctx, stat, i),
    ...directionProblems(ctx, stat, i),
  );
  if (found.length === 1) problems.push(...statEnglishProblems(ctx, stat, i, found[0] as Piece));
  return problems;
}

function labelProblems(ctx: StatsRuleContext, stat: StatRecord, i: number): Problem[] {
  return writtenTexts(stat.label)
    .filter((e) => /\d/.test(e[1]))
    .map(([segment, label]) =>
      problem(
        ctx,
        ctx.lineOf(['stats', i, 'label', segment]),
        `the ${segment} label of stat "${stat.id}" has a digit: “${label}”`,
        'write what is counted, without its number: the page adds the number from value.',
      ),
    );
}

/** The quote stands exactly once in its section. */
function placeProblems(ctx: StatsRuleContext, stat: StatRecord, i: number, count: number): Problem[] {
  const zh = ctx.sectionOf('zh-hans', stat.section);
  if (!zh || count === 1) return [];
  const quoteLine = ctx.lineOf(['stats', i, 'quote']);
  if (count > 1) {
    return [
      problem(
        ctx,
        quoteLine,
        `the quote of stat "${stat.id}" occurs ${count} times in ${relativeFile(zh.file)}: “${stat.quote}”`,
        'lengthen the quote with the words around the figure, so that it points at one place.',
      ),
    ];
  }
  const elsewhere = ctx.sections.filter((s) => {
    const other = s !== stat.section ? ctx.sectionOf('zh-hans', s) : undefined;
    return other && ctx.piecesOf(other).some((p) => occurrences(p.text, stat.quote).length > 0);
  });
  return [
    problem(
      ctx,
      quoteLine,
      `the quote of stat "${stat.id}" does not occur in ${relativeFile(zh.file)}: “${stat.quote}”`,
      elsewhere.length > 0
        ? `it occurs in section ${elsewhere.join(', ')}: correct "section", or quote this section's words.`
        : `copy the words exactly from ${relativeFile(zh.file)} (same characters, punctuation and digits), short but enough to find the figure.`,
    ),
  ];
}

/** The values a stat must state: both ends of a range, else its value. */
export const wantedValues = (stat: StatRecord): number[] =>
  stat.kind === 'range' ? [stat.low ?? NaN, stat.value] : [stat.value];

/** The quote states the record's value(s) and nothing else. */
function figureProblems(ctx: StatsRuleContext, stat: StatRecord, i: number): Problem[] {
  const quoteLine = ctx.lineOf(['stats', i, 'quote']);
  const figures = quoteFigures(stat.quote, stat.unit);
  const wanted = wantedValues(stat);
  const stated = [...new Set(figures)];
  const id = `stat "${stat.id}"`;
  if (figures.length === 0) {
    return [
      problem(
        ctx,
        quoteLine,
        `the quote of ${id} holds no figure: “${stat.quote}”`,
        'quote the words that state the figure, with its digits.',
      ),
    ];
  }
  if (!stated.some((v) => !wanted.includes(v)) && !wanted.some((v) => !stated.includes(v))) return [];
  return [
    problem(
      ctx,
      quoteLine,
      stat.kind === 'range'
        ? `the quote of ${id} states ${stated.join(', ')}, but the range is ${stat.low} to ${stat.value} ${stat.unit}`
        : `the quote of ${id} states ${stated.join(', ')}, but its value is ${stat.value}`,
      stat.kind === 'range'
        ? 'a range quote holds both ends and nothing else; value is the upper end and low the lower end, in the unit (9年6个月 = 114 months).'
        : 'correct value (the true magnitude: 1260万 → 12600000, 20.7% → 20.7), or shorten the quote to the words of this one figure.',
    ),
  ];
}

/** The unit the quote writes: % is a percentage and 元 an amount of yuan. */
function unitProblems(ctx: StatsRuleContext, stat: StatRecord, i: number): Problem[] {
  const figures = lexFigures(stat.quote);
  const writtenUnit = figures.some((f) => f.percent === 'percent')
    ? 'percent'
    : figures.some((f) => !f.percent && stat.quote[f.end] === '元')
      ? 'yuan'
      : undefined;
  const unitAgrees =
    writtenUnit === 'percent'
      ? stat.unit === 'percent' || stat.unit === 'percentage-point'
      : writtenUnit === 'yuan'
        ? stat.unit === 'yuan'
        : stat.unit !== 'percent' && stat.unit !== 'percentage-point' && stat.unit !== 'yuan';
  if (unitAgrees) return [];
  const writes =
    writtenUnit === 'percent'
      ? 'a percentage'
      : writtenUnit === 'yuan'
        ? 'an amount in yuan'
        : 'neither % nor 元';
  return [
    problem(
      ctx,
      ctx.lineOf(['stats', i, 'unit']),
      `stat "${stat.id}" has unit ${stat.unit}, but its quote writes ${writes} (“${stat.quote}”)`,
      writtenUnit
        ? `set "unit: ${writtenUnit}"${writtenUnit === 'percent' ? ' (or percentage-point)' : ''}.`
        : 'set the unit the text counts in (count, months, years), or quote the words that carry % or 元.',
    ),
  ];
}

function qualifierProblems(ctx: StatsRuleContext, stat: StatRecord, i: number): Problem[] {
  const zhQualifier = (Object.keys(QUALIFIERS) as (keyof typeof QUALIFIERS)[]).find((q) =>
    QUALIFIERS[q].zh.test(stat.quote),
  );
  if (stat.qualifier && !QUALIFIERS[stat.qualifier].zh.test(stat.quote)) {
    return [
      problem(
        ctx,
        ctx.lineOf(['stats', i, 'qualifier']),
        `stat "${stat.id}" says qualifier: ${stat.qualifier}, but its quote does not (“${stat.quote}”)`,
        'remove the qualifier, or quote the words that carry it (1000余名 for more-than).',
      ),
    ];
  }
  if (!stat.qualifier && zhQualifier) {
    return [
      problem(
        ctx,
        ctx.lineOf(['stats', i]),
        `the quote of stat "${stat.id}" says “${QUALIFIERS[zhQualifier].says}” (“${stat.quote}”), but the record has no qualifier`,
        `add "qualifier: ${zhQualifier}".`,
      ),
    ];
  }
  return [];
}

function directionProblems(ctx: StatsRuleContext, stat: StatRecord, i: number): Problem[] {
  if (!stat.direction) return [];
  const saysDown = DOWN.test(stat.quote) && !UP.test(stat.quote);
  const saysUp = UP.test(stat.quote) && !DOWN.test(stat.quote);
  if (!((stat.direction === 'up' && saysDown) || (stat.direction === 'down' && saysUp))) return [];
  return [
    problem(
      ctx,
      ctx.lineOf(['stats', i, 'direction']),
      `stat "${stat.id}" says direction: ${stat.direction}, but its quote says the figure went ${saysDown ? 'down' : 'up'} (“${stat.quote}”)`,
      `set "direction: ${saysDown ? 'down' : 'up'}".`,
    ),
  ];
}
