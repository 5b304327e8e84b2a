import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginEntry, type PluginFactoryContext } from 'satteri';
import { modelOfFile } from './model-store.ts';
import { sectionModel } from './section-model.ts';

/**
 * Paragraph ids on the page (build time, MDX compile): every reading paragraph of a section file
 * gets `id="<section>-<n>"`, the id its section model gives it (src/reviews/section-model.ts), the
 * model the content check, the figures' source links and the 对照 page read. The model is the
 * compiler's own parse of the same text, so the two cannot count differently; were the compiler
 * ever handed other text than the model read (a parser option changing what is a paragraph), the
 * build stops with the file and line rather than number paragraphs by guess.
 */

/** `…/reviews/<year>/<edition>/<section>.mdx`: a section file, named by its section id. */
const SECTION_FILE = /\/reviews\/\d{4}\/[a-z-]+\/([a-z0-9-]+)\.mdx$/;

/** The paragraph ids of a section file's source, by the line each paragraph starts on. */
export function paragraphIdsByLine(source: string, section: string): Map<number, string> {
  return new Map(sectionModel(source, section).paragraphs.map((p) => [p.line, p.id]));
}

/** The plugin for one file (a satteri plugin factory): none for files that are not sections. */
export function paragraphIds(ctx: PluginFactoryContext): MdastPluginEntry {
  const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '';
  const section = SECTION_FILE.exec(file.split('\\').join('/'))?.[1];
  if (!section) return null;
  // The compiler hands its plugins the text with the frontmatter already blanked: lines are the file's.
  // The content check modelled this file before the compiler runs: its model, not a second parse.
  const ids = new Map(modelOfFile(file, ctx.source, section).paragraphs.map((p) => [p.line, p.id]));
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
          `${file}:${line}: the compiler sees a paragraph here that the section model does not.\n` +
            '  fix: this is a bug in the build, not in the text: the compiler and src/reviews/section-model.ts must parse alike.',
        );
      }
      visit.setProperty(node, 'data', { ...node.data, hProperties: { id } });
    },
  });
}
