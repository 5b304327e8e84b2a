import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginEntry, type PluginFactoryContext } from 'satteri';
import { compiledBody } from './frontmatter.ts';
import { splitParagraphs } from './paragraphs.ts';

/**
 * Paragraph ids on the page (build time, MDX compile): every reading paragraph of a section file
 * gets `id="<section>-<n>"`, n counted by THE paragraph rule (src/reviews/paragraphs.ts), the
 * rule by which the content check counts paragraphs and chart source links name them
 * (src/stats/sources.ts). The parser finds the paragraph; the rule numbers it: a top-level
 * paragraph the rule does not count stops the build with its file and line.
 */

/** `…/reviews/<year>/<edition>/<section>.mdx`: a section file, named by its section id. */
const SECTION_FILE = /\/reviews\/\d{4}\/[a-z-]+\/([a-z0-9-]+)\.mdx$/;
/** The paragraph ids of a section file's source, by the line each paragraph starts on. */
export function paragraphIdsByLine(source: string, section: string): Map<number, string> {
  // The compiler hands its plugins the text with the frontmatter already blanked (then this is a
  // no-op); the content check hands the whole file. Both split it by the compiler's rule.
  return new Map(splitParagraphs(compiledBody(source)).map((p, i) => [p.line, `${section}-${i + 1}`]));
}

/** The plugin for one file (a satteri plugin factory): none for files that are not sections. */
export function paragraphIds(ctx: PluginFactoryContext): MdastPluginEntry {
  const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '';
  const section = SECTION_FILE.exec(file.split('\\').join('/'))?.[1];
  if (!section) return null;
  const ids = paragraphIdsByLine(ctx.source, section);
  return defineMdastPlugin({
    name: 'pingan:paragraph-ids',
    // The parser records where each node starts only when a plugin asks.
    options: { position: true },
    paragraph(node, visit) {
      if (visit.parent(node)?.type !== 'root') return;
      const line = node.position?.start.line ?? 0;
      const id = ids.get(line);
      if (!id) {
        throw new Error(
          `${file}:${line}: the page sees a paragraph here that the content check does not count.\n` +
            '  fix: separate paragraphs by one blank line, and put each <Chart id="…" /> on a line of its own.',
        );
      }
      visit.setProperty(node, 'data', { ...node.data, hProperties: { id } });
    },
  });
}
