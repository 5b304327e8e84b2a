import { z } from 'astro/zod';
import { editionText, PLACEHOLDER_ID, sectionId } from '../reviews/schema.ts';
import { compareEntry } from './compare-entry.ts';

/**
 * `content/reviews/<year>/stats.yml`: every figure in the review's text, as data. Words and
 * numbers apart, joined by id: MDX places a chart with `<Chart id="…" />` and never repeats a
 * number; the numbers live here, each with the exact sentence fragment it comes from.
 */

// A TODO id (the import's TODO-figure-3) passes, so the record's figures are checked in the same run.
const kebab = z
  .string()
  .regex(
    new RegExp(`^(?:[a-z0-9]+(?:-[a-z0-9]+)*|${PLACEHOLDER_ID})$`),
    'ids are lowercase-hyphenated ASCII',
  );

/** One figure of the text. */
export const statRecord = z
  .strictObject({
    /** Stable id, lowercase-hyphenated: `crime-cases`. */
    id: kebab,
    /** The section (anchor id) whose text states it. */
    section: sectionId,
    /**
     * The figure's true magnitude: 20.7 for 20.7%, 12600000 for 1260万元, 1000 for 1000余.
     * For a change, the size of the change (positive); `direction` says which way.
     * For a range, the upper end; `low` is the lower end.
     */
    value: z.number(),
    /** The lower end of a range (kind: range). */
    low: z.number().optional(),
    /** What the number counts in: count, percent, yuan, months, … */
    unit: z.enum(['count', 'percent', 'yuan', 'months', 'years', 'percentage-point']),
    /** level (a count or amount), change (year on year), rate (a share of 100%), range (from–to). */
    kind: z.enum(['level', 'change', 'rate', 'range']),
    /** Which way a change went. Required for kind: change. */
    direction: z.enum(['up', 'down']).optional(),
    /** 余 "more than", 近 "nearly", 均达 "reached" (a mark all of them reached), … as the text says it. */
    qualifier: z.enum(['more-than', 'nearly', 'at-least', 'up-to', 'reached']).optional(),
    /** The exact zh-hans substring of the section that states the figure. */
    quote: z.string().min(1),
    /**
     * What is counted, per edition (zh-hant generated): short, no digits. The English text is needed
     * only when the year has English (rules/edition-text.ts), like review.yml's.
     */
    label: editionText,
    /**
     * Whose figure it is, per edition (zh-hant generated): the body the source attributes it to
     * (市公安局, 启东法院, 全市政法系统 …), shown with the figure wherever it appears. Required when
     * the quoted sentence names a body (src/stats/rules/owner.ts).
     */
    owner: editionText.optional(),
    /**
     * A range whose two ends are different things (拘役 5 months to 有期徒刑 9 years 6 months):
     * what each end is, per edition, so the value says so.
     */
    ends: z.strictObject({ low: editionText, high: editionText }).optional(),
    /** Shown in the headline strip of the review page and front door. */
    headline: z.boolean().optional(),
  })
  .superRefine((stat, ctx) => {
    // What a figure's kind needs, said per record; `params.fix` is the editor's fix (see src/content-files/yaml-messages.ts).
    const issue = (path: string, message: string, fix: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message, params: { fix } });
    if (stat.kind === 'change' && !stat.direction) {
      issue(
        'direction',
        `"${stat.id}" is a change but does not say which way`,
        'add "direction: up" or "direction: down" (value is the size of the change, positive).',
      );
    }
    if (stat.kind !== 'change' && stat.direction) {
      issue(
        'direction',
        `"${stat.id}" has a direction but is not a change (kind: ${stat.kind})`,
        'remove "direction", or set "kind: change" if the figure is a year-on-year change.',
      );
    }
    if (stat.kind === 'change' && stat.value < 0) {
      issue(
        'value',
        `"${stat.id}" gives a change as a negative value`,
        'write the size of the change (positive) in "value" and the way it went in "direction: down".',
      );
    }
    if (stat.kind === 'range' && stat.low === undefined) {
      issue(
        'low',
        `"${stat.id}" is a range but has no lower end`,
        'add "low:" with the lower end of the range, in the same unit as value (the upper end).',
      );
    }
    if (stat.kind !== 'range' && stat.low !== undefined) {
      issue(
        'low',
        `"${stat.id}" has a lower end but is not a range (kind: ${stat.kind})`,
        'remove "low", or set "kind: range".',
      );
    }
    if (stat.low !== undefined && stat.low > stat.value) {
      issue(
        'low',
        `"${stat.id}" has a lower end ${stat.low} above its upper end ${stat.value}`,
        'value is the upper end of a range and low the lower end: swap them.',
      );
    }
  });
export type StatRecord = z.infer<typeof statRecord>;

/**
 * How a group of figures is shown. Drawn forms compare figures (src/stats/rules/chart-form.ts
 * says which figures each may draw); `numbers` lists them in a "by the numbers" block: figure,
 * label and a link to its paragraph, no drawing.
 */
export const chartForms = ['change', 'bars', 'units', 'range', 'numbers'] as const;
export type ChartForm = (typeof chartForms)[number];

/** One chart, or one "by the numbers" block: a group of figures shown together, with its words. */
export const chartRecord = z.strictObject({
  /** The id MDX names: `<Chart id="honours" />`. */
  id: kebab,
  /** The figures it shows, in order. Every stat belongs to exactly one chart or block. */
  stats: z.array(kebab).min(1),
  /** How the figures are shown (the chart-form check requires it). */
  form: z.enum(chartForms).optional(),
  /** Why this form suits these figures, in a few words (the chart-form check requires it). */
  why: z.string().min(1).optional(),
  /** For a part and its whole: the stat that is the whole (one of `stats`). */
  whole: kebab.optional(),
  /** What colour encodes: the series (default), or the direction of a change. */
  colour: z.enum(['series', 'direction']).optional(),
  /** For colour: direction, the exact zh-hans words of the text saying which way is better. */
  better: z.string().min(1).optional(),
  /** Chart title per edition (drawn forms; a numbers block has the page's own heading). */
  title: editionText.optional(),
  /** One sentence saying what the chart shows; no digits (the numbers live in the records). */
  takeaway: editionText.optional(),
});
export type ChartRecord = z.infer<typeof chartRecord>;

/** A number in the text that is not a figure to chart (a date, a year, a plan's name). */
export const notCharted = z.strictObject({
  section: sectionId,
  /** The exact zh-hans substring holding the number(s). */
  quote: z.string().min(1),
  /** Why it is not charted: date, year, name, period, … in a few words. */
  reason: z.string().min(1),
});
export type NotCharted = z.infer<typeof notCharted>;

export const statsFile = z.strictObject({
  stats: z.array(statRecord),
  charts: z.array(chartRecord),
  not_charted: z.array(notCharted).default([]),
  /** Comparisons the takeaways make, checked against the values (src/stats/rules/compare.ts). */
  compare: z.array(compareEntry).default([]),
});
export type StatsFile = z.infer<typeof statsFile>;
