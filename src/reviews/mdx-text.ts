/**
 * The text of MDX without its markup, where there is no parse to read it from (a sentence cut out
 * of a paragraph, a line of a message; a paragraph's own visible text is its section model's,
 * src/reviews/section-model.ts). Build time. The one place the rule is written: a component tag
 * is `<` + a letter (or `</` + a letter) up to the next `>` — `<Term id="x">`, `</Term>`,
 * `<Chart id="y" />` — so a `<` in prose (`a < b`, `<5%`) is text, and the words inside a
 * `<Term>` stay.
 */

const COMPONENT_TAG = /<\/?[A-Za-z][^>]*>/g;
/** An MDX comment, `{/* … *\/}`: editors' notes that never reach the page. */
export const MDX_COMMENT = /\{\/\*[\s\S]*?\*\/\}/g;

/**
 * `mdx` with its component tags removed (each replaced by `replacement`, default nothing).
 * @example stripTags('a <Term id="x">b</Term> c') // 'a b c'
 */
export function stripTags(mdx: string, replacement = ''): string {
  return mdx.replace(COMPONENT_TAG, replacement);
}

/** What a reader sees of a paragraph: no MDX comments, no component tags (a `<Term>` keeps its words). */
export function visibleText(mdx: string): string {
  return stripTags(mdx.replace(MDX_COMMENT, ''));
}

/** The plain text of a paragraph on one line: tags removed, white space collapsed, trimmed. */
export function plainText(mdx: string): string {
  return stripTags(mdx).replace(/\s+/g, ' ').trim();
}
