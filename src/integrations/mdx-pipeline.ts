import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroIntegration } from 'astro';
import { paragraphIds } from '../reviews/paragraph-ids.ts';
import { typesetSection } from '../typeset/mdx.ts';
import { mdxSafety } from './mdx-safety.ts';

/**
 * The MDX compiler with the project's plugins in its own pipeline: the safe-subset guard first
 * (src/integrations/mdx-safety.ts: it sees the compiler's tree before anything changes it), then
 * the paragraph ids of the one paragraph rule (src/reviews/paragraph-ids.ts), and on the HTML
 * tree the typesetting of each section paragraph in its edition's script (src/typeset/mdx.ts),
 * so `astro dev` shows the pages as built.
 *
 * `guard: false` exists only for tests/hostile/no-guards.config.mjs, the control case proving
 * that the payloads the guard stops are real.
 */
export default function mdxPipeline({ guard = true }: { guard?: boolean } = {}): AstroIntegration {
  return mdx({
    processor: satteri({
      mdastPlugins: guard ? [mdxSafety, paragraphIds] : [paragraphIds],
      hastPlugins: [typesetSection],
    }),
  });
}
