import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DEFAULT_SITE_URL, isLocalAddress } from '../config/site.ts';
import { readHtml } from '../publish/html.ts';
import { writeSearchBundle } from './pagefind.ts';
import { recorders, writeKit, type Shipped } from './publish.ts';

/**
 * The one post-build pass (`astro:build:done`): each built page is read and parsed once
 * (src/publish/html.ts readHtml), and that parsed page is what the search records, the sitemap,
 * the CSP sources and the markup guard read. Then, in the order they need: the Pagefind bundle
 * (./pagefind.ts), and the publishing kit (./publish.ts), whose _headers lists the bundle's
 * files. Typesetting is not here: it happens while pages render (src/typeset/).
 * tests/build/postbuild-once.test.ts holds the pass to one parse per page.
 */

export default function postbuild(): AstroIntegration {
  let base = '/';
  let preview = false;
  let srcDir = '';
  const shipped: Shipped = { ownScripts: new Set(), packages: new Set() };
  return {
    name: 'pingan:postbuild',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        srcDir = fileURLToPath(config.srcDir);
        // The recorders of what the browser build ships (our inline scripts, bundled packages).
        updateConfig({ vite: recorders(() => srcDir, shipped) });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
        preview = isLocalAddress(config.site ?? DEFAULT_SITE_URL);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = parsePages(outDir);
        logger.info(await writeSearchBundle(outDir, pages));
        logger.info(writeKit(outDir, pages, { base, preview, shipped }));
      },
    },
  };
}

/** Every built page, read and parsed once, sorted by path. */
export function parsePages(outDir: string) {
  return fs
    .readdirSync(outDir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(outDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort()
    .map((file) => ({ file, html: readHtml(fs.readFileSync(path.join(outDir, file), 'utf8')) }));
}
