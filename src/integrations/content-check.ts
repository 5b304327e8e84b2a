import type { AstroIntegration } from 'astro';
import { hantTiming } from '../i18n/hant.ts';
import { checkContent } from '../content-check/load.ts';
import { ContentError } from '../content-files/problems.ts';

/**
 * Checks all content before Astro reads it, so an editor's mistake fails the build with every
 * problem listed (file, line, fix) rather than with the first schema error or a stack trace. This
 * is the build's one run of the check: pages read the checked files through the content layer.
 */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'pingan:content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const { reviews, problems } = checkContent();
        if (problems.length > 0) throw new ContentError(problems);
        logger.info(`content OK: ${reviews.map((r) => r.year).join(', ')}`);
      },
      // For the build report: how long making the zh-hant edition took in this build. It is made
      // when the content loads (the check's reading of review.yml and stats.yml, the collections);
      // an entry Astro's content store kept from the last build is not converted again.
      'astro:build:done': ({ logger }) => {
        logger.info(
          `zh-hant conversion: ${Math.round(hantTiming.ms)} ms in ${hantTiming.calls} calls, when the content loaded`,
        );
      },
    },
  };
}
