import type { z } from 'astro/zod';
import { writtenSegments } from '../config/locales.ts';

/**
 * The editor's words for what is wrong in a YAML file and what to do: an empty file, a file that
 * is not a set of fields, a TODO still to write, and each kind of zod issue.
 */

/** What to do about an empty file, by what the file is. */
export const EMPTY_FIX: Record<string, string> = {
  'review.yml': 'write the review’s fields (published, title, description, byline, credit, sections): copy another year’s review.yml, whose comments say what goes where.',
  'stats.yml': 'write the year’s figures, or for a year without charts the two lines `stats: []` and `charts: []`.',
  'the frontmatter': 'write at least `nav: <short label>` between the two --- lines.',
};

/** What a YAML value is, in an editor's words, when a file should hold `key: value` fields. */
export function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list (lines starting with "-")';
  if (typeof value === 'string') return 'plain text';
  if (typeof value === 'number' || typeof value === 'boolean') return `the single value ${String(value)}`;
  return 'not a set of fields';
}

/** What a TODO at `keyPath` stands for, in the words of the file's comments. */
export function hintFor(what: string, keyPath: string[]): string {
  const edition = writtenSegments.find((s) => s === keyPath.at(-1));
  const key = keyPath.filter((k) => !/^\d+$/.test(k) && k !== edition).join('.');
  const hints: Record<string, string> = {
    published: 'the date it was published, as far as the source tells it: YYYY-MM-DD, YYYY-MM, YYYY or "YYYY (on or after YYYY-MM-DD)"',
    title: what === 'the frontmatter' ? 'the section heading as printed (or delete the line if it has none)' : 'the page title',
    description: 'one line for search engines and link previews',
    'byline.role': 'the author’s role as printed (记者, Reporter …)',
    'byline.name': 'the author’s name',
    'credit.source': 'the newspaper the text comes from (or the word unknown, when the text survives only as a repost)',
    'credit.carried_by': 'the site the text was taken from (or delete "carried_by")',
    'credit.copyright': 'who holds the copyright in the article',
    permission: 'the permission under which this site reproduces the article (or delete "permission" until there is one)',
    nav: 'a short label for the section bar (1–3 words)',
    kicker: 'the one-line lead under the heading (or delete the line if it has none)',
  };
  const hint = hints[key] ?? `the ${key || 'value'}`;
  return edition ? `${hint}, in ${edition}` : hint;
}

export function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) return 'is missing';
  return `is invalid: ${issue.message}`;
}

export function fixFor(issue: z.core.$ZodIssue, keyPath: string[]): string {
  const last = keyPath.at(-1);
  // A schema refinement may carry its own fix (src/stats/schema.ts does).
  if (issue.code === 'custom' && typeof issue.params?.['fix'] === 'string') return issue.params['fix'];
  if (issue.code === 'unrecognized_keys') return 'remove the field or correct its spelling; see the comments at the top of an existing file for the fields.';
  if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) {
    if (last && writtenSegments.some((s) => s === last)) return `add the ${last} text under "${keyPath.slice(0, -1).join('.')}".`;
    return `add "${last ?? 'it'}".`;
  }
  return `correct "${keyPath.join('.') || 'the value'}" as the message says.`;
}
