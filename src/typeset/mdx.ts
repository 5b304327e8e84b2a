/**
 * Typesetting of section paragraphs inside the MDX compiler (a satteri hast plugin, in
 * src/integrations/mdx-pipeline.ts), so the compiled section already carries its no-wrap spans,
 * in `astro dev` as in the build. The script is the section file's edition (its folder:
 * `…/reviews/2024/en/lede.mdx` is English). zh-hant pages render the zh-hans section and convert
 * it; the body rules give the same spans in either script (./text.ts), so converting set text
 * equals setting converted text; a generated zh-hant section file is set as Traditional.
 *
 * Each text run of a top-level paragraph is set by the rules of ./text.ts, as the browser will
 * see the runs: in English, a run of Chinese is its own run (the page marks it `lang="zh-Hans"`,
 * src/i18n/han-lang.ts), and the paragraph's last run is the one that ends it.
 */
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent, Text } from 'hast';
import { defineHastPlugin, type HastPluginEntry, type PluginFactoryContext } from 'satteri';
import { hanRuns } from '../i18n/han-lang.ts';
import { astroEscape, scriptOf } from './render.ts';
import { bodyChinese, bodyEnglish, decode, type TextScript } from './text.ts';

/** `…/reviews/<year>/<edition>/<section>.mdx`: the edition of a section file. */
const SECTION_EDITION = /\/reviews\/\d{4}\/([a-z-]+)\/[a-z0-9-]+\.mdx$/;

type Node =
  | ElementContent
  | { type: 'mdxJsxTextElement'; name: string | null; attributes?: unknown[]; children: Node[] };
interface Run {
  text: Text;
  /** A piece of the text node (a Chinese run inside English is one piece of its own). */
  piece: string;
  chinese: boolean;
  /** The first piece of a text right after a note term (Term.astro). */
  afterTerm: boolean;
}
/** A text node, set: the punctuation kept with the term before it, and the rest as HTML. */
interface SetText {
  held?: string;
  html: string;
}

/** The HTML the rules return (text, `<span class="nobr">`, `<wbr>`) as hast nodes. */
export function htmlToHast(html: string): ElementContent[] {
  const root: ElementContent[] = [];
  const stack: ElementContent[][] = [root];
  for (const token of html.split(/(<span class="nobr">|<\/span>|<wbr>)/)) {
    const into = stack.at(-1) ?? root;
    if (token === '<span class="nobr">') {
      const span = nobr([]);
      into.push(span);
      stack.push(span.children);
    } else if (token === '</span>') stack.pop();
    else if (token === '<wbr>') into.push({ type: 'element', tagName: 'wbr', properties: {}, children: [] });
    else if (token !== '') into.push({ type: 'text', value: decode(token) });
  }
  return root;
}

function runsOf(node: Node, script: TextScript, out: Run[] = []): Run[] {
  const children = 'children' in node ? (node.children as Node[]) : [];
  children.forEach((child, i) => {
    if (child.type === 'text') {
      const pieces = script === 'en' ? hanRuns(child.value) : [{ text: child.value, han: false }];
      pieces.forEach((p, k) =>
        out.push({
          text: child,
          piece: p.text,
          chinese: p.han,
          afterTerm: k === 0 && isTerm(children[i - 1]),
        }),
      );
    } else if (child.type === 'element' || child.type === 'mdxJsxTextElement') runsOf(child, script, out);
  });
  return out;
}

const isTerm = (n: Node | undefined): boolean => n?.type === 'mdxJsxTextElement' && n.name === 'Term';

/** One paragraph's children, set. */
export function setParagraph(p: Element, script: TextScript): ElementContent[] {
  const runs = runsOf(p as Node, script);
  const lastRun = runs.at(-1);
  // The last run ends the paragraph only if no element follows it (nor a Chinese run in English,
  // which the page wraps in an element).
  const endsWithRun = lastRun !== undefined && !lastRun.chinese && p.children.at(-1) === lastRun.text;
  const byText = new Map<Text, SetText>();
  for (const run of runs) {
    const set = byText.get(run.text) ?? { html: '' };
    byText.set(run.text, set);
    const last = endsWithRun && run === lastRun;
    let raw = astroEscape(run.piece);
    if (run.chinese) {
      set.html += raw;
      continue;
    }
    // A note term followed by punctuation: the term and the marks go on one line.
    const held = script === 'en' && run.afterTerm ? /^[,.;:!?)\]”’]+/.exec(raw)?.[0] : undefined;
    if (held) {
      set.held = held;
      raw = raw.slice(held.length);
    }
    set.html += script === 'en' ? bodyEnglish(raw, last) : bodyChinese(raw, last);
  }
  return setChildren(p.children as Node[], byText) as ElementContent[];
}

function setChildren(children: Node[], byText: Map<Text, SetText>): Node[] {
  const out: Node[] = [];
  for (const child of children) {
    if (child.type === 'text') {
      const set = byText.get(child) ?? { html: astroEscape(child.value) };
      const term = out.at(-1);
      // The term renders the punctuation inside its no-wrap span (Term.astro; the parallel page's
      // ParallelTerm writes it plain after the button).
      if (set.held && term?.type === 'mdxJsxTextElement') {
        const attribute = { type: 'mdxJsxAttribute', name: 'punctuation', value: decode(set.held) };
        out[out.length - 1] = { ...term, attributes: [...(term.attributes ?? []), attribute] };
      }
      out.push(...htmlToHast(set.html));
    } else if ('children' in child)
      out.push({ ...child, children: setChildren(child.children as Node[], byText) } as Node);
    else out.push(child);
  }
  return out;
}

const nobr = (children: ElementContent[]): Element => ({
  type: 'element',
  tagName: 'span',
  properties: { className: ['nobr'] },
  children,
});

/** The plugin for one file (a satteri plugin factory): none for files that are not sections. */
export function typesetSection(ctx: PluginFactoryContext): HastPluginEntry {
  const file = ctx.fileURL ? fileURLToPath(ctx.fileURL).split('\\').join('/') : '';
  const edition = SECTION_EDITION.exec(file)?.[1];
  if (!edition) return null;
  const script = scriptOf(edition);
  return defineHastPlugin({
    name: 'pingan:typeset',
    element: {
      filter: ['p'],
      visit(node, visit) {
        if (visit.parent(node)?.type !== 'root') return;
        return { ...node, children: setParagraph(node, script) };
      },
    },
  });
}
