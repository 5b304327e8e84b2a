import { describe, expect, test } from 'vitest';
import type { SectionText } from '../../reviews/types.ts';
import { sectionModel } from '../../reviews/section-model.ts';
import { statsProblems } from '../check.ts';
import { statsFile } from '../schema.ts';
import { ruleContext } from './context.ts';
import { coverageProblems } from './coverage.ts';
import { idProblems } from './ids.ts';

/**
 * The stats rules are functions of parsed data: a test gives them a stats.yml and a section as
 * values, with no file on disk (issue 13).
 */

/** A section file's text as the reviews check reads it, without touching the disk. */
function section(id: string, file: string, body: string): SectionText {
  const source = `---\nnav: ${id}\n---\n${body}`;
  const model = sectionModel(source, id);
  return { id, file, source, frontmatter: { nav: id }, model, paragraphs: model.paragraphs };
}

const zh = section(
  'lede',
  '/c/reviews/2024/zh-hans/lede.mdx',
  '\n刑事案件下降20.7%。\n\n电诈案件下降0.7%。\n\n<Chart id="falls" />\n',
);
const en = section(
  'lede',
  '/c/reviews/2024/en/lede.mdx',
  '\nCriminal cases fell 20.7%.\n\nFraud cases fell 0.7%.\n\n<Chart id="falls" />\n',
);

const stat = (id: string, quote: string, value: number) => ({
  id,
  section: 'lede',
  quote,
  value,
  unit: 'percent',
  kind: 'change',
  direction: 'down',
  label: { 'zh-hans': '案件', en: 'cases' },
});

function context(stats: unknown) {
  const parsed = statsFile.parse(stats);
  return ruleContext(parsed, {
    file: 'stats.yml',
    lineOf: (keyPath) => keyPath.length,
    sections: ['lede'],
    editions: { 'zh-hans': [zh], en: [en] },
  });
}

describe('stats rules over values in memory', () => {
  test('Two stats quoting 20.7% and 0.7% each find their own figure, and every number is accounted for.', () => {
    const ctx = context({
      stats: [stat('crime', '下降20.7%', 20.7), stat('fraud', '下降0.7%', 0.7)],
      charts: [{ id: 'falls', stats: ['crime', 'fraud'], form: 'numbers', why: 'two changes' }],
    });
    expect(statsProblems(ctx)).toEqual([]);
  });

  test('A bare “0.7%” does not quote the 0.7 inside 20.7%, so the 20.7 is left unaccounted for.', () => {
    const ctx = context({ stats: [stat('fraud', '0.7%', 0.7)], charts: [] });
    const numbers = coverageProblems(ctx).map((p) => p.message);
    expect(numbers).toEqual([expect.stringMatching(/^the number 20\.7 in “…刑事案件下降20\.7%。…”/)]);
  });

  test('A chart id equal to a stat id is a repeated anchor.', () => {
    const ctx = context({
      stats: [stat('crime', '下降20.7%', 20.7)],
      charts: [{ id: 'crime', stats: ['crime'], form: 'numbers', why: 'one' }],
    });
    expect(idProblems(ctx).map((p) => p.message)).toEqual([
      'the id "crime" is used again (first by the stat at stats.yml:3)',
    ]);
  });
});
