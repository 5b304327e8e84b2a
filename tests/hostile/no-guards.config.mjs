// The site's config without the content check AND the MDX guard (the compiler keeps only the
// paragraph ids): the control case of tests/hostile/, showing that the payloads are real (an MDX
// export does run at build time).
import config from '../../astro.config.mjs';
import mdxPipeline from '../../src/integrations/mdx-pipeline.ts';

export default {
  ...config,
  integrations: config.integrations
    .filter((i) => i.name !== 'pingan:content-check')
    .map((i) => (i.name === '@astrojs/mdx' ? mdxPipeline({ guard: false }) : i)),
};
