import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { contentSecurityPolicy, cspHash, cspSources } from '../publish/csp.ts';
import { distBelowFloor, floorFailure } from '../publish/header-floor.ts';
import { formatHeadersFile } from '../publish/headers.ts';
import { assertOwnMarkup } from '../publish/markup-guard.ts';
import type { HTMLElement } from 'node-html-parser';
import { noticeFor, noticesText, packageOfModule } from '../publish/notices.ts';
import { siteHeaderRules } from '../publish/site-headers.ts';
import { sitemapEntries, sitemapXml } from '../publish/sitemap.ts';
import { pagefindDataHeaderRules } from '../publish/search-headers.ts';

/**
 * The publishing kit, written last by the one post-build pass (./postbuild.ts), after the
 * search bundle:
 * - `sitemap.xml`, from the built pages' own canonical and hreflang links (`src/publish/sitemap.ts`);
 * - `_headers` for Netlify / Cloudflare Pages: caching by file type and a Content-Security-Policy
 *   whose hashes are those of the inline code actually in the built pages (`src/publish/site-headers.ts`,
 *   `csp.ts`, `cache-policy.ts`; the file format is `headers.ts`).
 * RSS, robots.txt and share images are Astro endpoints under src/pages/.
 */
/** What the browser build shipped: our own script chunks (by CSP hash) and the packages bundled. */
export interface Shipped {
  ownScripts: Set<string>;
  packages: Set<string>;
}

/**
 * Vite plugins that record what the browser build (Vite's client environment) produced from our
 * source: the code of each script chunk of a src/ component (Astro inlines the small ones into
 * pages), and the node_modules packages bundled for readers.
 */
export function recorders(srcDir: () => string, shipped: Shipped) {
  const recordPackages = (moduleIds: readonly string[]) => {
    for (const id of moduleIds) {
      const pkg = packageOfModule(id);
      if (pkg) shipped.packages.add(pkg);
    }
  };
  return {
    // Scripts loaded as `?worker&url` (charts-animate.browser.ts) are bundled by Vite's worker
    // build, which has its own plugin list.
    worker: {
      plugins: (): Plugin[] => [
        {
          name: 'pingan:worker-output',
          generateBundle(_options, bundle) {
            for (const out of Object.values(bundle)) if (out.type === 'chunk') recordPackages(out.moduleIds);
          },
        },
      ],
    },
    plugins: [
      {
        name: 'pingan:client-output',
        applyToEnvironment: (env) => env.name === 'client',
        generateBundle: {
          // Before Astro's own plugin takes the inlined chunks out of the bundle.
          order: 'pre',
          handler(_options, bundle) {
            for (const out of Object.values(bundle)) {
              if (out.type !== 'chunk') continue;
              recordPackages(out.moduleIds);
              const facade = (out.facadeModuleId ?? '').split('?')[0] ?? '';
              if (
                facade.startsWith(srcDir()) &&
                /\.astro\?astro&type=script/.test(out.facadeModuleId ?? '')
              ) {
                shipped.ownScripts.add(cspHash(out.code.trim()));
              }
            }
          },
        },
      } satisfies Plugin,
    ],
  };
}

/**
 * Writes sitemap.xml, _headers and THIRD-PARTY-NOTICES.txt into the built site, from the pages
 * the post-build pass parsed once (./postbuild.ts), after the search bundle (its files get
 * headers); returns the log line.
 */
export function writeKit(
  outDir: string,
  pages: { file: string; html: HTMLElement }[],
  { base, preview, shipped }: { base: string; preview: boolean; shipped: Shipped },
): string {
  const entries = sitemapEntries(pages);
  fs.writeFileSync(path.join(outDir, 'sitemap.xml'), sitemapXml(entries, { preview }));

  assertOwnMarkup(pages, base);
  const sources = cspSources(pages, shipped.ownScripts);
  const pagefindDir = path.join(outDir, 'pagefind');
  const pagefindFiles = fs.existsSync(pagefindDir) ? files(pagefindDir) : [];
  const rules = [
    ...siteHeaderRules({ base, csp: contentSecurityPolicy(sources), pagefindFiles, preview }),
    ...(pagefindFiles.length > 0 ? pagefindDataHeaderRules(base) : []),
  ];
  fs.writeFileSync(
    path.join(outDir, '_headers'),
    formatHeadersFile(rules, [
      'Written by the build (src/integrations/publish.ts): do not edit. Netlify / Cloudflare Pages format;',
      'README "Publishing" has the same rules for other servers.',
    ]),
  );
  // The floor for security headers (header-floor.ts): the file just written, read back as a host reads it.
  const below = distBelowFloor(outDir, base);
  if (below.length > 0) throw new Error(floorFailure(below));
  // Notices for what ships: the bundled packages, and Pagefind (its search bundle).
  const notices = [...shipped.packages].map((p) => noticeFor(p, 'bundled into the page scripts (_astro/)'));
  notices.push(noticeFor('pagefind', 'the search bundle (pagefind/)'));
  fs.writeFileSync(path.join(outDir, 'THIRD-PARTY-NOTICES.txt'), noticesText(notices));
  return (
    `THIRD-PARTY-NOTICES.txt (${notices.map((n) => n.name).join(', ')}); ` +
    `sitemap.xml (${entries.length} URLs), _headers (${rules.length} rules; CSP allows ` +
    `${sources.scriptHashes.length} inline script(s), ${sources.styleHashes.length} inline style(s) by hash)`
  );
}

/** Files under `dir`, as `/`-separated paths relative to it, sorted. */
function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}
