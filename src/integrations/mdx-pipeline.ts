import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroIntegration } from 'astro';
import { paragraphIds } from '../reviews/paragraph-ids.ts';
import { mdxSafety } from './mdx-safety.ts';

/**
 * The MDX compiler with the project's plugins in its own pipeline: the safe-subset guard first
 * (src/integrations/mdx-safety.ts: it sees the compiler's tree before anything changes it), then
 * the paragraph ids of the one paragraph rule (src/reviews/paragraph-ids.ts).
 *
 * `guard: false` exists only for tests/hostile/no-guards.config.mjs, the control case proving
 * that the payloads the guard stops are real.
 */
export default function mdxPipeline({ guard = true }: { guard?: boolean } = {}): AstroIntegration {
  return mdx({ processor: satteri({ mdastPlugins: guard ? [mdxSafety, paragraphIds] : [paragraphIds] }) });
}
