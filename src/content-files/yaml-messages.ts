import type { z } from 'astro/zod';
import { writtenSegments } from '../config/locales.ts';

/**
 * The editor's words for what is wrong in a YAML file and what to do: an empty file, a file that
 * is not a set of fields, a TODO still to write, and each kind of zod issue.
 */

/** What to do about an empty file, by what the file is. */
export const EMPTY_FIX: Record<string, string> = {
  'review.yml':
    'write the review’s fields (published, title, description, byline, credit, sections): copy another year’s review.yml, whose comments say what goes where.',
  'stats.yml':
    'write the year’s figures, or for a year without charts the two lines `stats: []` and `charts: []`.',
  'the frontmatter': 'write at least `nav: <short label>` between the two --- lines.',
};

/** What a YAML value is, in an editor's words, when a file should hold `key: value` fields. */
export function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list (lines starting with "-")';
  if (typeof value === 'string') return 'plain text';
  if (typeof value === 'number' || typeof value === 'boolean') return `the single value ${String(value)}`;
  return 'not a set of fields';
}

/** What each value of stats.yml holds, in plain words (its comments say more). */
const STATS_HINTS: Record<string, string> = {
  'stats.id':
    'a short name for the figure in lowercase English words joined by hyphens (crime-cases), saying what it counts',
  'stats.section':
    'the id of the section whose text states the figure (one of the sections listed in review.yml)',
  'stats.value': 'the number exactly as the quote prints it (98.79 for 98.79%, 12600000 for 1260万)',
  'stats.unit': 'what the number counts in: count, percent, yuan, months, years or percentage-point',
  'stats.kind': 'level (a count or amount), change (up or down), rate (a share of 100%) or range (from–to)',
  'stats.quote': 'the exact words of the Chinese text that state the figure',
  'stats.label': 'what the figure counts, in words, without the number',
  'charts.id':
    'a short name for the chart in lowercase English words joined by hyphens, the same as in its <Chart id="…" /> line in the text',
  'charts.stats':
    'the names (id) of the figures this chart or list shows, e.g. [crime-cases, street-incidents]',
  'charts.form': 'how its figures are shown: numbers (a list), or change, bars, units or range for a drawing',
  'charts.why': 'a few words on why this form suits these figures',
  'charts.title': 'the chart’s title, without digits',
  'charts.takeaway': 'one sentence saying what the chart shows, without digits',
  'not_charted.section': 'the id of the section the number stands in',
  'not_charted.quote': 'the exact words of the Chinese text around the number',
  'not_charted.reason': 'why the number is not a figure to show: year under review, date, name, period …',
};

/**
 * Where a value sits, in words: `"published"`, or for a list entry `"id" of entry 4 under "stats"`
 * (never a program path like stats.3.id).
 */
export function placeOf(keyPath: string[]): string {
  const at = keyPath.findIndex((k) => /^\d+$/.test(k));
  if (at < 0) return `"${keyPath.join('.')}"`;
  const edition = writtenSegments.find((s) => s === keyPath.at(-1));
  const path = edition ? keyPath.slice(0, -1) : keyPath;
  const inEdition = edition ? ` (${edition})` : '';
  const entry = `entry ${Number(path[at]) + 1} under "${path.slice(0, at).join('.')}"`;
  const rest = path.slice(at + 1);
  return rest.length > 0 ? `"${rest.join('.')}"${inEdition} of ${entry}` : `${entry}${inEdition}`;
}

/** What a TODO at `keyPath` stands for, in the words of the file's comments. */
export function hintFor(what: string, keyPath: string[]): string {
  const edition = writtenSegments.find((s) => s === keyPath.at(-1));
  const key = keyPath.filter((k) => !/^\d+$/.test(k) && k !== edition).join('.');
  const hints: Record<string, string> = {
    published:
      'the date it was published, as far as the source tells it: YYYY-MM-DD, YYYY-MM, YYYY or "YYYY (on or after YYYY-MM-DD)"',
    title:
      what === 'the frontmatter'
        ? 'the section heading as printed (or delete the line if it has none)'
        : 'the page title',
    description: 'one line for search engines and link previews',
    'byline.role': 'the author’s role as printed (记者, Reporter …)',
    'byline.name': 'the author’s name',
    'credit.source':
      'the newspaper the text comes from (or the word unknown, when the text survives only as a repost)',
    'credit.carried_by': 'the site the text was taken from (or delete "carried_by")',
    'credit.copyright': 'who holds the copyright in the article',
    permission:
      'the permission under which this site reproduces the article (or delete "permission" until there is one)',
    nav: 'a short label for the section bar (1–3 words)',
    kicker: 'the one-line lead under the heading (or delete the line if it has none)',
    sections:
      'the section’s id, lowercase English words joined by hyphens (team-building), which is also the name of its .mdx files: `npm run rename-section -- <year> <old-id> <new-id>` renames them all at once',
    ...STATS_HINTS,
  };
  const hint = hints[key] ?? `what the comments at the top of the file say "${key || 'this value'}" holds`;
  return edition ? `${hint}, in ${edition}` : hint;
}

export function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys')
    return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) return 'is missing';
  return `is invalid: ${issue.message}`;
}

export function fixFor(issue: z.core.$ZodIssue, keyPath: string[]): string {
  const last = keyPath.at(-1);
  // A schema refinement may carry its own fix (src/stats/schema.ts does).
  if (issue.code === 'custom' && typeof issue.params?.['fix'] === 'string') return issue.params['fix'];
  if (issue.code === 'unrecognized_keys')
    return 'remove the field or correct its spelling; see the comments at the top of an existing file for the fields.';
  if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) {
    if (last && writtenSegments.some((s) => s === last))
      return `add the ${last} text under "${keyPath.slice(0, -1).join('.')}".`;
    return `add "${last ?? 'it'}".`;
  }
  return `correct "${keyPath.join('.') || 'the value'}" as the message says.`;
}
