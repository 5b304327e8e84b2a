// The site's config without the content check, for tests/hostile/: proves the build's own guards
// (the MDX guard inside the compiler, the CSP's known-script check, atomic publishing) hold alone.
import config from '../../astro.config.mjs';

export default {
  ...config,
  integrations: config.integrations.filter((i) => i.name !== 'pingan:content-check'),
};
