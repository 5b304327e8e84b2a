// The site's config without the content check AND the MDX guard: the control case of
// tests/hostile/, showing that the payloads are real (an MDX export does run at build time).
import config from '../../astro.config.mjs';

export default {
  ...config,
  integrations: config.integrations.filter(
    (i) => !['pingan:content-check', 'pingan:mdx-safety'].includes(i.name),
  ),
};
