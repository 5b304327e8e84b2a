import type { AstroIntegration } from 'astro';
import { satteri } from '@astrojs/markdown-satteri';
import { paragraphIds } from '../reviews/paragraph-ids.ts';

/**
 * Gives the MDX compiler the paragraph ids of the one paragraph rule (src/reviews/paragraph-ids.ts),
 * on Astro's default Markdown processor (satteri). Its own integration, so that a build without
 * the content check (the hostile-content suite's guard test) still numbers paragraphs as the page
 * and the check do.
 */
export default function paragraphIdsIntegration(): AstroIntegration {
  return {
    name: 'pingan:paragraph-ids',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ markdown: { processor: satteri({ mdastPlugins: [paragraphIds] }) } });
      },
    },
  };
}
