import type { Problem } from '../../content-files/problems.ts';
import { occurrences } from '../pieces.ts';
import type { StatRecord } from '../schema.ts';
import { problem, type StatsRuleContext } from './context.ts';
import { quotePieces } from './stat-quote.ts';

/**
 * Whose figure it is (content check, build time). A figure whose sentence names a body before it (市公安局,
 * 启东法院, 南通市中级人民法院 …) must say so in `owner`, shown with the figure wherever it
 * appears, so that one body's figure is never read as the whole system's. When it names exactly one
 * body, the owner is that body.
 */

/** A body the text names: a run of Han characters (after punctuation) ending in an institution. */
const BODY = /[\p{Script=Han}]{0,10}?(?:公安局|公安部|法院|检察院|仲裁中心|法律援助中心)/gu;

/** The bodies a sentence names, each once, in order. */
export function bodiesIn(sentence: string): string[] {
  const found: string[] = [];
  // Each clause separately, so a body's name starts after the punctuation before it.
  for (const clause of sentence.split(/[，、；：“”‘’（）\s]/)) {
    for (const m of clause.matchAll(BODY)) if (!found.includes(m[0])) found.push(m[0]);
  }
  return found;
}

/** A new subject that ends a body's attribution: what follows is the city's, the year's. */
const NEW_SUBJECT = /全市|全年|我市/;

/**
 * The zh-hans clause (to 。！？ or ；) of a paragraph that holds the quote, up to the quote: a
 * sentence attributes a figure to the body it names before it (市公安局获评…，…服务满意度达99.7%),
 * not to a body named after it (…五化机制被公安部刊载推广), and not across a new subject.
 * Empty when the quote has its own subject.
 */
export function clauseBefore(text: string, quote: string): string | undefined {
  // A quote with its own subject (全市街面…, 全年共有…) is attributed by its own words.
  if (NEW_SUBJECT.test(quote)) return '';
  const clause = text.split(/(?<=[。！？；])/).find((s) => occurrences(s, quote).length > 0);
  if (clause === undefined) return undefined;
  const head = clause.slice(0, occurrences(clause, quote)[0]);
  const parts = head.split(/[，、]/);
  const fresh = parts.map((p) => NEW_SUBJECT.test(p)).lastIndexOf(true);
  return parts.slice(Math.max(0, fresh)).join('，');
}

export function ownerProblems(ctx: StatsRuleContext): Problem[] {
  return ctx.stats.stats.flatMap((stat, i) => oneOwner(ctx, stat, i));
}

function oneOwner(ctx: StatsRuleContext, stat: StatRecord, i: number): Problem[] {
  const found = quotePieces(ctx, stat);
  if (found?.length !== 1) return []; // the quote rule reports a quote found never or twice
  const sentence = clauseBefore(found[0]?.text ?? '', stat.quote) ?? '';
  const named = bodiesIn(sentence);
  if (named.length === 0) return [];
  if (!stat.owner) {
    return [
      problem(
        ctx,
        ctx.lineOf(['stats', i, 'id']),
        `stat "${stat.id}" has no owner, but its sentence names, before it, ${named.join('、')}: “${sentence}”`,
        `add "owner:" with the body the figure belongs to, per edition (zh-hans: ${named[0]}, en: …), below its label.`,
      ),
    ];
  }
  const owner = stat.owner['zh-hans'];
  if (named.length === 1 && !owner.endsWith(named[0] as string)) {
    return [
      problem(
        ctx,
        ctx.lineOf(['stats', i, 'owner', 'zh-hans']),
        `stat "${stat.id}" is owned by “${owner}”, but its sentence attributes it to ${named[0]}: “${sentence}…”`,
        `write "zh-hans: ${named[0]}" (and its English) as the owner: a figure the source gives one body is that body's.`,
      ),
    ];
  }
  return [];
}
