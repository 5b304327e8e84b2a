import { isPlaceholder } from '../content-files/placeholder.ts';
import { notPlainText } from '../content-files/visible-text.ts';
import { MAX_DEPTH, sectionModel, type SectionModel } from './section-model.ts';

/**
 * Section files are data, not code: a safe subset of MDX, checked by PARSING the file with the
 * same MDX parser Astro compiles it with (satteri, behind @astrojs/mdx), never by pattern.
 *
 * Allowed: paragraphs of text with emphasis, strong, line breaks and links that stay on the site
 * or use https; the project's own components with string attributes only (`<Term id="…">`,
 * `<Chart id="…" />`); `{/* comments *\/}`. Everything else MDX can do runs or ships code and is
 * refused with the line and a fix: `import` / `export` (ESM runs on the build machine),
 * `{expressions}` and `attr={…}` (evaluated at build time), `{...spread}`, raw HTML elements
 * (`<script>`, `<div>`), unknown components (`<Script>`, `<Fragment set:html>`), images (external
 * ones are trackers; local ones would be imported by the build) and non-https links.
 *
 * The rules walk a tree as the compiler produces it, after the compiler's own frontmatter split
 * (src/reviews/frontmatter.ts): the build runs them as a plugin INSIDE the MDX compiler
 * (src/integrations/mdx-safety.ts) on the compiler's own tree, and the content check runs them on
 * the same parser's tree of the same text, so neither can read a file another way than Astro does.
 */

export interface MdxSafetyProblem {
  line: number | undefined;
  message: string;
  fix: string;
}

/** The project's components, the attributes each takes, and whether it wraps text. */
export const SAFE_COMPONENTS: Record<string, { attributes: string[]; children: boolean }> = {
  Term: { attributes: ['id'], children: true },
  Chart: { attributes: ['id'], children: false },
};

/** Markdown node types that are plain reading text (no code, no markup, no remote fetch). */
const TEXT_NODES = new Set(['root', 'paragraph', 'text', 'emphasis', 'strong', 'delete', 'break']);

/** A component id: the form of glossary and chart ids (never `__proto__`, never markup). */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A comment-only expression `{/* … *\/}` (one block comment, nothing else). */
const COMMENT_ONLY = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;

const componentList = () =>
  Object.entries(SAFE_COMPONENTS)
    .map(([name, c]) => (c.children ? `<${name} id="…">…</${name}>` : `<${name} id="…" />`))
    .join(', ');

/**
 * Where a link may point: on this site (a path or `#anchor`, never `//host`), or https.
 * Returns why not, or undefined when it is fine.
 */
export function unsafeUrl(url: string): string | undefined {
  // Browsers drop ASCII whitespace and controls inside a scheme (`java\tscript:`); so do we.
  // eslint-disable-next-line no-control-regex -- control characters are what browsers drop
  const bare = url.replace(/[\u0000-\u0020\u007f]/g, '');
  if (/^[\\/]{2}/.test(bare) || /^\/\\/.test(bare)) return 'points to another site without saying https';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(bare)?.[1]?.toLowerCase();
  if (scheme === undefined) return undefined;
  if (scheme === 'https') return undefined;
  if (scheme === 'http') return 'uses http, not https';
  return `uses the "${scheme}:" scheme, which is not a web link`;
}

/**
 * Every problem of one MDX file (the whole file: lines are file lines), read as the compiler reads
 * it: the frontmatter split off by the compiler's rule, the rest parsed by its parser.
 */
export function mdxSafetyProblems(source: string): MdxSafetyProblem[] {
  return modelSafetyProblems(sectionModel(source, ''));
}

/** Every problem of a section model's parse (the content check's one parse of the file). */
export function modelSafetyProblems(model: Pick<SectionModel, 'tree' | 'parseError'>): MdxSafetyProblem[] {
  if (model.parseError) {
    return [
      {
        line: model.parseError.line,
        message: `MDX cannot read this text: ${model.parseError.message}`,
        fix: 'write a literal { } < as \\{ \\} &lt; (or the full-width ｛ ｝ ＜ in Chinese text); a component starts with a capital, like <Term id="…">…</Term>.',
      },
    ];
  }
  return treeProblems(model.tree);
}

/** Every problem of a tree the MDX compiler produced (the build's guard hands it the compiler's own). */
export function treeProblems(tree: unknown): MdxSafetyProblem[] {
  const problems: MdxSafetyProblem[] = [];
  walk(tree as Node, problems, 0);
  return problems;
}

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  title?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

export { MAX_DEPTH };

function walk(node: Node, problems: MdxSafetyProblem[], depth: number): void {
  const line = node.position?.start.line;
  const refuse = (message: string, fix: string) => problems.push({ line, message, fix });
  if (depth > MAX_DEPTH) {
    refuse(
      `the text is nested more than ${MAX_DEPTH} levels deep (components or emphasis inside one another)`,
      'close each <Term>…</Term>, *…* and **…** before the next one opens; nothing in a section nests that deep.',
    );
    return;
  }
  switch (node.type) {
    case 'mdxjsEsm':
      refuse(
        '`import` / `export` is code: MDX would run it on the build machine',
        'delete these lines; section files hold text only (components like <Term> and <Chart> need no import).',
      );
      return;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (typeof node.value === 'string' && COMMENT_ONLY.test(node.value)) return;
      refuse(
        `{${String(node.value).slice(0, 40)}} is a code expression: MDX would evaluate it at build time`,
        'write a literal brace as \\{ (or the full-width ｛ ｝ in Chinese text); a comment is {/* … */}.',
      );
      return;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      checkElement(node, problems, depth);
      return;
    case 'link':
    case 'definition': {
      const title = typeof node.title === 'string' ? notPlainText(node.title) : undefined;
      if (title || /[<>"]/.test(node.title ?? '')) {
        refuse(
          `the link title "${(node.title ?? '').slice(0, 40)}" ${title ?? 'holds < > or ", which the page would have to escape inside an attribute'}`,
          'write the title as plain words, without < > " or invisible characters (or leave it out).',
        );
      }
      const why = unsafeUrl(node.url ?? '');
      if (why) {
        refuse(
          `the link "${(node.url ?? '').slice(0, 60)}" ${why}`,
          'link to a page of this site (/en/2024/, #section) or to https://…; nothing else is allowed.',
        );
      }
      break;
    }
    case 'linkReference':
      break;
    case 'yaml':
    case 'toml':
      // The compiler has already taken the file's frontmatter off: a frontmatter node here is a
      // block the compiler reads differently from the editor (and what it holds is never checked).
      refuse(
        'a second frontmatter block: the compiler ended the frontmatter earlier, so this --- … --- block is read as section text',
        'keep one frontmatter block at the top, closed by a line holding only ---; remove this one.',
      );
      return;
    case 'image':
    case 'imageReference':
      refuse(
        'an image in section text: an external one is a tracker, a local one would be read by the build',
        'remove it; figures come from stats.yml through <Chart id="…" />.',
      );
      return;
    default:
      if (!TEXT_NODES.has(node.type)) {
        refuse(
          `"${node.type}" is not part of section text`,
          'section files hold paragraphs separated by blank lines, with *emphasis*, **strong**, links and the project’s components only.',
        );
        return;
      }
  }
  for (const child of node.children ?? []) walk(child, problems, depth + 1);
}

function checkElement(node: Node, problems: MdxSafetyProblem[], depth: number): void {
  const line = node.position?.start.line;
  const name = node.name ?? '';
  const refuse = (message: string, fix: string) => problems.push({ line, message, fix });
  const spec = SAFE_COMPONENTS[name];
  if (!spec) {
    if (name === '') {
      refuse('a fragment <>…</> is markup, not text', 'remove the <> and </>.');
    } else if (/^[a-z]/.test(name)) {
      refuse(
        `<${name}> is raw HTML, which section text cannot hold`,
        `remove it; write a literal < as &lt; (or the full-width ＜). Allowed components: ${componentList()}.`,
      );
    } else {
      refuse(
        `<${name}> is not one of the project's components`,
        `use one of ${componentList()}, or write a literal < as &lt;.`,
      );
    }
    return;
  }
  const seen = new Set<string>();
  for (const attr of node.attributes ?? []) {
    if (attr.type === 'mdxJsxAttribute' && seen.has(attr.name ?? '')) {
      refuse(
        `<${name}> gives "${attr.name ?? ''}" twice`,
        `write ${attr.name ?? ''}="…" once; which one the page would use is not what the check would read.`,
      );
      continue;
    }
    seen.add(attr.name ?? '');
    // A TODO id (the import's placeholder) is reported as not yet written, by the content check.
    if (
      typeof attr.value === 'string' &&
      attr.name === 'id' &&
      !ID.test(attr.value) &&
      !isPlaceholder(attr.value)
    ) {
      refuse(
        `<${name} id="${attr.value.slice(0, 40)}"> is not an id: ids are lowercase words joined by hyphens`,
        `write the id as it is in content/glossary/en.yml or stats.yml, e.g. <${name} id="rule-of-law">.`,
      );
    }
    if (attr.type !== 'mdxJsxAttribute') {
      refuse(
        `<${name} {…}> spreads code into a component`,
        `write ${componentList()} with a quoted id only.`,
      );
      continue;
    }
    if (!spec.attributes.includes(attr.name ?? '')) {
      refuse(
        `<${name}> has no attribute "${attr.name ?? ''}"`,
        `write <${name} ${spec.attributes.map((a) => `${a}="…"`).join(' ')}>; nothing else.`,
      );
    } else if (typeof attr.value !== 'string') {
      refuse(
        `<${name} ${attr.name ?? ''}=…> must be a quoted text value, not ${attr.value == null ? 'empty' : 'a {code} expression'}`,
        `write ${attr.name ?? ''}="…" in straight double quotes.`,
      );
    }
  }
  if (!spec.children && (node.children ?? []).length > 0) {
    refuse(`<${name}> takes no text inside it`, `write it alone on its line as <${name} id="…" />.`);
    return;
  }
  for (const child of node.children ?? []) walk(child, problems, depth + 1);
}
