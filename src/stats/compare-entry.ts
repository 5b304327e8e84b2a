import { z } from 'astro/zod';

/**
 * The schema of one `compare:` entry of stats.yml, apart from the rule that checks it
 * (src/stats/rules/compare.ts), so that the stats schema and the rule do not import each other.
 */

/**
 * What a compare entry may assert about its figures, in the order they are listed:
 *   greater   the first is larger than each of the others
 *   less      the first is smaller than each of the others
 *   equal     all are the same value
 *   majority  the first is more than all the others together ("most of", 多数)
 *   up, down  every listed figure is a change in that direction (rose / fell, 上升 / 下降)
 */
export const RELATIONS = ['greater', 'less', 'equal', 'majority', 'up', 'down'] as const;
export type Relation = (typeof RELATIONS)[number];

const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase-hyphenated ASCII');

/** One `compare:` entry of stats.yml. */
export const compareEntry = z.strictObject({
  /** The chart whose takeaway makes the comparison. */
  chart: kebab,
  /** The relation, read from the first figure to the others (see RELATIONS). */
  relation: z.enum(RELATIONS),
  /** The figures compared: stat ids of that chart. */
  stats: z.array(kebab).min(1),
});
export type CompareEntry = z.infer<typeof compareEntry>;
