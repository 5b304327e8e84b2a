// @ts-check
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/content-check.ts';
import mdxPipeline from './src/integrations/mdx-pipeline.ts';
import postbuild from './src/integrations/postbuild.ts';
import { astroCacheDir } from './src/config/paths.ts';
import { publishedSite } from './src/publish/site-file.ts';

// The public address and base path: content/site.yml, overridden by SITE_URL / BASE_PATH.
// Without one the build is a preview for the local address (noindex, robots.txt disallows all).
const { site, base } = publishedSite();

export default defineConfig({
  site,
  base,
  // Directory URLs (/en/2024/) written as folders with index.html: what every CDN serves as-is.
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Components' scoped styles keep their selectors' specificity (`:where([data-astro-cid-…])`
  // adds none), so a rule moved from a shared sheet into a component's <style> still ties, and
  // loses or wins, exactly as before (print and engines.css overrides keep working).
  scopedStyleStrategy: 'where',
  // Test and benchmark builds of other content trees keep their own output and content cache.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: astroCacheDir(),
  // Lossless whitespace removal. Astro 7's default ('jsx') glues words across line breaks
  // (`fell\n<strong>12%</strong>\nyear` → `fell<strong>12%</strong>year`); tests check for it.
  compressHTML: true,
  // mdxPipeline(): @astrojs/mdx with the content guard, paragraph ids and typesetting inside its
  // compiler. postbuild(): the one pass over the built pages (each parsed once): search bundle,
  // then sitemap.xml, _headers and notices.
  integrations: [contentCheck(), mdxPipeline(), postbuild()],
  devToolbar: { enabled: false },
  // Astro's logger minus the per-route listing, so the build output does not grow with the archive.
  logger: { entrypoint: './src/build/logger.ts' },
  vite: {
    build: {
      rollupOptions: {
        // Astro's MDX pipeline emits a module-level "use astro:head-inject" directive that the
        // bundler warns about once per MDX file (ten lines each, growing with every year of
        // archive). It is harmless and upstream: https://github.com/withastro/astro/issues/18087
        // Only that exact warning is dropped; every other warning still prints (a test checks).
        onwarn(warning, warn) {
          if (
            warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
            String(warning.message).includes('astro:head-inject')
          )
            return;
          warn(warning);
        },
      },
    },
  },
});
