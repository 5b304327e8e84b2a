/**
 * Two whole-site checks of the smoke check (tool, runs in Node): a preview build published on a
 * public address is refused, and a missing page answers 404 with the site's own 404 page.
 */
import { isLocalAddress } from '../../src/config/site.ts';
import { disallowsAll } from '../../src/publish/robots.ts';
import { describe, type Fetcher } from './fetcher.ts';

/**
 * Why the copy at `base` must not be public, or undefined: it is a preview build (made for a local
 * address, robots.txt disallowing all) and `base` is not a local address.
 */
export function previewRefusal(
  base: string,
  builtRoot: string | undefined,
  robots: string,
): string | undefined {
  if (isLocalAddress(base)) return undefined;
  const local = builtRoot !== undefined && isLocalAddress(builtRoot);
  if (!local && !disallowsAll(robots)) return undefined;
  return (
    `${base} serves a PREVIEW build: ${local ? `its URLs name the local address ${builtRoot}` : 'its robots.txt disallows all'}, ` +
    'and every page says noindex. It was built with no public address.\n' +
    '  Fix: set the address in content/site.yml (or SITE_URL for one build), run npm run build, and upload dist/ again.'
  );
}

/** A path no build has: the host must answer 404 with the site's 404 page (404.html). */
export async function checkNotFound(
  base: string,
  fetcher: Fetcher,
  problem: (what: string, detail: string) => void,
): Promise<void> {
  const page = await fetcher.get(new URL('404.html', base).href);
  const missing = await fetcher.get(new URL(`smoke-check-missing-page/`, base).href);
  if (page.status !== 200) problem('404 page', `404.html ${describe(page)}`);
  if (missing.status !== 404) problem('404 page', `a missing page ${describe(missing)}, not 404`);
  else if (page.status === 200 && missing.text() !== page.text())
    problem(
      '404 page',
      "a missing page answers 404, but not with the site's 404.html (set the host's error page)",
    );
  else console.log(`404 page: a missing page answers 404 with the site's 404.html.`);
}
