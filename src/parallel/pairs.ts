import type { ModelBlock } from '../reviews/section-model.ts';

/**
 * Build-time pairing for the parallel page (对照): one section's rendered MDX in each edition is
 * cut into its blocks (reading paragraphs and chart places), each named by its section model
 * (src/reviews/section-model.ts, the model the content check read and the review page's ids come
 * from), and block i of one edition is paired with block i of the other. A pair has the same id as
 * the paragraph on both review pages, so one URL fragment finds it in every view.
 *
 * Anything else in the rendered text, a rendered block the model does not have, or two editions
 * whose blocks do not line up, stops the build with the files and the block that differ (the
 * content check normally catches this first).
 */

/** How the parallel page's MDX renders `<Chart id="…" />`: a place, filled in by the page. */
export const chartPlace = (id: string): string => `<figure data-parallel-chart="${id}"></figure>`;

export type Block = { kind: 'text'; id: string; html: string } | { kind: 'chart'; id: string; chart: string };

export type Pair =
  | { kind: 'text'; id: string; n: number; a: string; b: string }
  | { kind: 'chart'; id: string; chart: string };

const BLOCK =
  /\s*(?:<p(?: id="([a-z0-9-]+)")?>([\s\S]*?)<\/p>|<figure data-parallel-chart="([a-z0-9-]+)"><\/figure>)\s*/y;

/**
 * The blocks of one section's rendered HTML, in order, named by the section's model (its
 * paragraphs and charts, in order). `file` names the MDX for errors.
 */
export function sectionBlocks(html: string, model: { blocks: ModelBlock[] }, file: string): Block[] {
  const expected = model.blocks.filter((b) => b.kind !== 'other');
  const describe = (b: ModelBlock | undefined) =>
    b === undefined
      ? 'nothing'
      : b.kind === 'chart'
        ? `<Chart id="${b.chart}" />`
        : `paragraph ${b.kind === 'paragraph' ? b.id : ''}`;
  const blocks: Block[] = [];
  BLOCK.lastIndex = 0;
  while (BLOCK.lastIndex < html.length) {
    const at = BLOCK.lastIndex;
    const m = BLOCK.exec(html);
    if (!m) {
      if (html.slice(at).trim() === '') break;
      throw new Error(
        `${file}: the parallel page pairs paragraphs and charts only, and found other markup: “${html.slice(at, at + 60)}…”.\n` +
          '  fix: write the section as plain paragraphs separated by blank lines, with <Term> and <Chart /> only.',
      );
    }
    const want = expected[blocks.length];
    const shown = m[3] !== undefined ? `<Chart id="${m[3]}" />` : `paragraph ${m[1] ?? '(no id)'}`;
    if (m[3] !== undefined && want?.kind === 'chart' && want.chart === m[3]) {
      blocks.push({ kind: 'chart', id: `chart-${m[3]}`, chart: m[3] });
    } else if (m[3] === undefined && want?.kind === 'paragraph' && (m[1] ?? want.id) === want.id) {
      blocks.push({ kind: 'text', id: want.id, html: m[2] ?? '' });
    } else {
      throw new Error(
        `${file}: block ${blocks.length + 1} renders as ${shown}, but the section model has ${describe(want)} there.`,
      );
    }
  }
  if (blocks.length < expected.length) {
    throw new Error(
      `${file}: block ${blocks.length + 1} (${describe(expected[blocks.length])}) of the section model renders as nothing.`,
    );
  }
  return blocks;
}

/**
 * Pairs two editions' blocks one to one. Throws when they differ in count, kind or chart, naming
 * both files and the first place they part.
 */
export function pairBlocks(a: Block[], b: Block[], files: [string, string]): Pair[] {
  const describe = (x: Block | undefined) =>
    x === undefined ? 'nothing' : x.kind === 'chart' ? `<Chart id="${x.chart}" />` : `paragraph ${x.id}`;
  const pairs: Pair[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x?.kind === 'text' && y?.kind === 'text' && x.id === y.id) {
      pairs.push({
        kind: 'text',
        id: x.id,
        n: Number(x.id.slice(x.id.lastIndexOf('-') + 1)),
        a: x.html,
        b: y.html,
      });
    } else if (x?.kind === 'chart' && y?.kind === 'chart' && x.chart === y.chart) {
      pairs.push({ kind: 'chart', id: x.id, chart: x.chart });
    } else {
      throw new Error(
        `${files[0]} and ${files[1]} do not line up at block ${i + 1}: ${describe(x)} beside ${describe(y)}.\n` +
          '  fix: give both editions the same paragraphs and the same <Chart /> lines, in the same order.',
      );
    }
  }
  return pairs;
}
