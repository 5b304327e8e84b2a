import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginEntry, type PluginFactoryContext } from 'satteri';
import { ContentError, relativeFile } from '../content-files/problems.ts';
import { splitFrontmatter } from '../reviews/frontmatter.ts';
import { treeProblems } from '../reviews/mdx-safety.ts';

/**
 * The build's own guard that content is data, as a plugin INSIDE the MDX compiler (passed to
 * `mdx()` in src/integrations/mdx-pipeline.ts): it walks the very tree the compiler produced from
 * the text the compiler was handed (after @astrojs/mdx took the frontmatter off by its own rule),
 * before any plugin transforms it and before any code is generated, let alone run. A check with
 * a parser of its own could read a file differently; this one cannot (issue 21).
 *
 * It also holds the file, as written, to the strict frontmatter form (src/reviews/frontmatter.ts),
 * so a closing line the compiler reads as `---` plus text fails here even with the content check
 * switched off. Any problem stops the build with file, line and fix.
 */
export function mdxSafety(ctx: PluginFactoryContext): MdastPluginEntry {
  const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined;
  const rel = file ? relativeFile(file) : '(an MDX text)';
  return defineMdastPlugin({
    name: 'pingan:mdx-safety',
    // The parser records where each node starts only when a plugin asks.
    options: { position: true },
    before(root) {
      const problems = [...frontmatterProblems(file), ...treeProblems(root)];
      if (problems.length > 0) throw new ContentError(problems.map((p) => ({ file: rel, ...p })));
    },
  });
}

/** The written file's departures from `---` alone … `---` alone (none when it has no frontmatter). */
function frontmatterProblems(file: string | undefined) {
  if (!file || !fs.existsSync(file)) return [];
  const split = splitFrontmatter(fs.readFileSync(file, 'utf8'));
  return split.yaml === undefined ? [] : split.problems;
}
