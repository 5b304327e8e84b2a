import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { mdxToJs } from 'satteri';
import { mdxSafety } from '../../src/integrations/mdx-safety.ts';
import { paragraphIds } from '../../src/reviews/paragraph-ids.ts';

/**
 * What @astrojs/mdx 8 does with an .mdx file, in process: split off the frontmatter with
 * parseFrontmatter ('empty-with-spaces', its own rule), then compile the rest with satteri's
 * mdxToJs and the project's plugins (the guard first, as src/integrations/mdx-pipeline.ts passes
 * them). No Astro build is needed to see whether the guard inside the compiler stops a file:
 * tests/hostile/ builds a few cases for real to show the guard is the one the build runs.
 */
export async function compileAsAstro(source: string, at: string) {
  const { content } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
  return mdxToJs(content, { mdastPlugins: [mdxSafety, paragraphIds], fileURL: pathToFileURL(at) });
}

/** The compile's error (undefined when it compiled). */
export async function compileError(source: string, at: string): Promise<Error | undefined> {
  return compileAsAstro(source, at).then(
    () => undefined,
    (e: unknown) => e as Error,
  );
}
