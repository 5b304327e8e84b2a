import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicy, cspSources, formatHeadersFile, siteHeaderRules } from '../publish/headers.ts';
import { sitemapEntries, sitemapXml } from '../publish/sitemap.ts';

/**
 * The publishing kit, written after everything else (`astro:build:done`, after the Pagefind
 * integration, so the bundle is there):
 * - `sitemap.xml`, from the built pages' own canonical and hreflang links (`src/publish/sitemap.ts`);
 * - `_headers` for Netlify / Cloudflare Pages: caching by file type and a Content-Security-Policy
 *   whose hashes are those of the inline code actually in the built pages (`src/publish/headers.ts`).
 * RSS, robots.txt and share images are Astro endpoints under src/pages/.
 */
export default function publishIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'pingan:publish',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = files(outDir)
          .filter((f) => f.endsWith('.html'))
          .map((f) => ({ file: f, html: fs.readFileSync(path.join(outDir, f), 'utf8') }));

        const entries = sitemapEntries(pages);
        fs.writeFileSync(path.join(outDir, 'sitemap.xml'), sitemapXml(entries));

        const sources = cspSources(pages);
        const pagefindDir = path.join(outDir, 'pagefind');
        const pagefindFiles = fs.existsSync(pagefindDir) ? files(pagefindDir) : [];
        const rules = siteHeaderRules({ base, csp: contentSecurityPolicy(sources), pagefindFiles });
        fs.writeFileSync(
          path.join(outDir, '_headers'),
          formatHeadersFile(rules, [
            'Written by the build (src/integrations/publish.ts): do not edit. Netlify / Cloudflare Pages format;',
            'README "Publishing" has the same rules for other servers.',
          ]),
        );
        logger.info(
          `sitemap.xml (${entries.length} URLs), _headers (${rules.length} rules; CSP allows ` +
            `${sources.scriptHashes.length} inline script(s), ${sources.styleHashes.length} inline style(s) by hash)`,
        );
      },
    },
  };
}

/** Files under `dir`, as `/`-separated paths relative to it, sorted. */
function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}
