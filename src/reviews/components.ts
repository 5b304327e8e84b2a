import { mdxToMdast } from 'satteri';

/**
 * The project's components in a section text, with their attributes, as the MDX parser tokenizes
 * them: the one attribute tokenizer (issue 21). A pattern over the text disagreed with the
 * compiler on `<Term id ="x">` (a space before `=`), on a repeated attribute and on quotes; the
 * parser is what the page is compiled with, so what it reads is what renders. Build-tool module.
 */

export interface ComponentUse {
  name: string;
  /** Each attribute as written: a string value, `true` for a bare name, null for `{…}` code. */
  attributes: { name: string; value: string | true | null }[];
  line: number;
}

interface Node {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

/**
 * Every component of `text` (an MDX body as the compiler is handed it, lines kept), in order.
 * Unparsable text has none here: the content check and the build's guard report it.
 */
export function componentUses(text: string): ComponentUse[] {
  let tree: unknown;
  try {
    tree = mdxToMdast(text);
  } catch {
    return [];
  }
  return usesIn(tree);
}

/** Every component of a tree the MDX parser produced, in order (the section model reads its own). */
export function usesIn(tree: unknown): ComponentUse[] {
  const out: ComponentUse[] = [];
  // Iterative, so a deeply nested paste cannot exhaust the stack (the guard reports the depth).
  const stack: Node[] = [tree as Node];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      out.push({
        name: node.name,
        attributes: (node.attributes ?? []).map((a) => ({
          name: a.type === 'mdxJsxAttribute' ? (a.name ?? '') : '{…}',
          value:
            typeof a.value === 'string'
              ? a.value
              : a.value == null && a.type === 'mdxJsxAttribute'
                ? true
                : null,
        })),
        line: node.position?.start.line ?? 0,
      });
    }
    stack.push(...[...(node.children ?? [])].reverse());
  }
  return out;
}

/** The `id` of a component use, when it has exactly one, written as text. */
export function idOf(use: ComponentUse): string | undefined {
  const ids = use.attributes.filter((a) => a.name === 'id');
  return ids.length === 1 && typeof ids[0]?.value === 'string' ? ids[0].value : undefined;
}
