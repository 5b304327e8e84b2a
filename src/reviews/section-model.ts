import { mdxToMdast } from 'satteri';
import { idOf, usesIn, type ComponentUse } from './components.ts';
import { compiledFile } from './frontmatter.ts';

/**
 * A section file parsed ONCE into what everything after it reads (build time): THE definition of a
 * paragraph is the MDX compiler's — a top-level `paragraph` node of the tree satteri (the parser
 * behind @astrojs/mdx) makes of the text the compiler is handed (src/reviews/frontmatter.ts). The
 * content check, the page's paragraph ids (src/reviews/paragraph-ids.ts, a plugin inside the
 * compiler calling this same function), the figures' source links, reading time, the front
 * door's opening and the 对照 page all read this model, so none can count a paragraph another way.
 *
 * Charts (`<Chart id="…" />` on its own line) and `{/* comments *\/}` are not paragraphs because
 * the parser does not make them paragraphs, not because a pattern says so.
 */

/** A `<Term id="…">words</Term>` in the text: the glossary id and the words it marks. */
export interface TermUse {
  id: string;
  words: string;
  line: number;
}

export interface ModelParagraph {
  /** Its id on the review page and the 对照 page: `<section>-<n>`, n counted from 1. */
  id: string;
  /** The line it starts on, in the text modelled (the whole file for the check: file lines). */
  line: number;
  /** Its MDX source, as written (tags and comments kept). */
  text: string;
  /** What a reader sees: the text of its words, no tags, no comments; a line break stays `\n`. */
  visible: string;
  terms: TermUse[];
}

/** The top-level blocks in order: a paragraph, a chart place, or something else (for the check). */
export type ModelBlock =
  | { kind: 'paragraph'; id: string; line: number }
  | { kind: 'chart'; chart: string; line: number }
  | { kind: 'other'; type: string; name?: string; line: number };

export interface SectionModel {
  section: string;
  /** The frontmatter's kicker as written, when the compiler reads one (the check validates it). */
  kicker?: string;
  paragraphs: ModelParagraph[];
  blocks: ModelBlock[];
  /** Every component of the text, as the parser tokenizes it (src/reviews/components.ts). */
  components: ComponentUse[];
  /** Every `<Term>` in order, repeats kept. */
  terms: TermUse[];
  /** What reading time counts: Han characters and English words of the text a reader sees. */
  reading: { han: number; words: number };
  /** The parse itself, for the safe-subset rules (src/reviews/mdx-safety.ts); none when it failed. */
  tree?: unknown;
  /** Why MDX cannot read the text, where (then only what parses, block by block, is modelled). */
  parseError?: { line: number | undefined; message: string };
}

/**
 * How deep section text may nest (paragraph > strong > emphasis > link > Term is 5): deeper is a
 * paste gone wrong, which the check refuses (src/reviews/mdx-safety.ts); walking (then rendering)
 * thousands of levels would exhaust the stack, and reading the terms of each would take seconds.
 */
export const MAX_DEPTH = 24;

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; offset?: number }; end: { offset?: number } };
}

/** The model of one section file (`source`: the whole file, or the body the compiler is handed). */
export function sectionModel(source: string, section: string): SectionModel {
  const { body, data } = compiledFile(source.replace(/\r\n/g, '\n'));
  const { top, tree, parseError } = parse(body);
  const paragraphs: ModelParagraph[] = [];
  const blocks: ModelBlock[] = [];
  for (const node of top) {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'paragraph') {
      const id = `${section}-${paragraphs.length + 1}`;
      const text = body.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
      paragraphs.push({ id, line, text, visible: visible(node), terms: termsIn(node) });
      blocks.push({ kind: 'paragraph', id, line });
    } else if (node.type === 'mdxJsxFlowElement' && node.name === 'Chart' && !node.children?.length) {
      blocks.push({ kind: 'chart', chart: ownId(node) ?? '', line });
    } else if (node.type !== 'mdxFlowExpression') {
      // A comment is nothing to the reader; anything else is for the check to explain.
      blocks.push({ kind: 'other', type: node.type, ...(node.name ? { name: node.name } : {}), line });
    }
  }
  const words = top.map(allText).join(' ');
  return {
    section,
    ...(typeof data.kicker === 'string' ? { kicker: data.kicker } : {}),
    paragraphs,
    blocks,
    components: top.flatMap((n) => usesIn(n)),
    terms: top.flatMap(termsIn),
    reading: {
      han: (words.match(/\p{Script=Han}/gu) ?? []).length,
      words: (words.match(/[A-Za-z0-9’'-]+/g) ?? []).length,
    },
    ...(tree ? { tree } : {}),
    ...(parseError ? { parseError } : {}),
  };
}

/**
 * The top-level nodes of `body`. A text MDX cannot read (the build stops on it) is parsed block by
 * block, blocks being what blank lines separate, so the check can still say where each paragraph
 * is and what else is wrong; a block that does not parse either stands as one paragraph.
 */
function parse(body: string): { top: Node[]; tree?: unknown; parseError?: SectionModel['parseError'] } {
  try {
    const tree = mdxToMdast(body) as unknown as Node;
    return { top: tree.children ?? [], tree };
  } catch (e) {
    const text = (e as Error).message;
    const at = /^(\d+):(\d+):\s*/.exec(text);
    const parseError = {
      line: at ? Number(at[1]) : undefined,
      message: text.replace(/^(\d+):(\d+):\s*/, '').split('\n')[0] ?? '',
    };
    const top: Node[] = [];
    for (const m of body.matchAll(/[^\n]*\S[^\n]*(?:\n[ \t]*\S[^\n]*)*/g)) {
      // Everything before the block blanked, so lines and offsets are the file's.
      const padded = body.slice(0, m.index).replace(/[^\n]/g, ' ') + m[0];
      try {
        top.push(...((mdxToMdast(padded) as unknown as Node).children ?? []));
      } catch {
        const line = body.slice(0, m.index).split('\n').length;
        const position = { start: { line, offset: m.index }, end: { offset: m.index + m[0].length } };
        top.push({ type: 'paragraph', position, children: [{ type: 'text', value: m[0].trim() }] });
      }
    }
    return { top, parseError };
  }
}

/**
 * The pieces of text a reader sees in a node, in order: its text, a line break as `\n`; comments
 * and tags give none. Iterative: a deeply nested paste (which the check refuses) cannot exhaust the stack.
 */
function leaves(node: Node): string[] {
  const out: string[] = [];
  const stack = [node];
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    if (n.type === 'text' || n.type === 'inlineCode') out.push(String(n.value ?? ''));
    else if (n.type === 'break') out.push('\n');
    else if (n.type !== 'mdxTextExpression' && n.type !== 'mdxFlowExpression') {
      stack.push(...[...(n.children ?? [])].reverse());
    }
  }
  return out;
}

/** What a reader sees of a node, as one text. */
const visible = (node: Node): string => leaves(node).join('');

/** Every word of a node's text, pieces apart (so words either side of a tag stay two words). */
const allText = (node: Node): string => leaves(node).join(' ');

function termsIn(node: Node): TermUse[] {
  const out: TermUse[] = [];
  const stack: [Node, number][] = [[node, 0]];
  while (stack.length > 0) {
    const [n, depth] = stack.pop() as [Node, number];
    if ((n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement') && n.name === 'Term') {
      const id = ownId(n);
      if (id) out.push({ id, words: visible(n), line: n.position?.start.line ?? 0 });
    }
    // Deeper than the check allows: refused there, not worth reading here.
    if (depth < MAX_DEPTH)
      stack.push(...[...(n.children ?? [])].reverse().map((c): [Node, number] => [c, depth + 1]));
  }
  return out;
}

/** A component node's own `id` attribute, read by the one attribute reader (src/reviews/components.ts). */
function ownId(node: Node): string | undefined {
  const [own] = usesIn({ ...node, children: [] });
  return own ? idOf(own) : undefined;
}
