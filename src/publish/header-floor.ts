import fs from 'node:fs';
import path from 'node:path';
import { directiveSources } from './csp.ts';
import { headersFor, parseHeadersFile, type HeaderRule } from './headers.ts';

/**
 * The floor for the site's security headers, written once: what every page (an HTML document)
 * must carry whatever `_headers` or a host's configuration says, and what every other response
 * must carry. The build refuses a `_headers` below it (src/integrations/publish.ts and
 * tools/build.ts, on the folder about to be published); `npm run smoke` refuses a deployed site
 * whose responses are below it, whatever its `_headers` says.
 *
 * For a page:
 * - Content-Security-Policy with no `'unsafe-inline'` or `'unsafe-eval'` in script-src or
 *   style-src (nor in default-src when they fall back to it), `require-trusted-types-for
 *   'script'` (Trusted Types) and `frame-ancestors 'none'`;
 * - Strict-Transport-Security with max-age of at least 180 days;
 * - X-Content-Type-Options: nosniff;
 * - X-Frame-Options: DENY.
 * For a figure embed (`/…/figures/<id>/embed/`, issue 25), the one page other sites may frame: the
 * same, except that its CSP must name its own `frame-ancestors` (not `'none'`) and it must carry no
 * X-Frame-Options (either would refuse the frame the embed exists for). Only these paths may.
 * For every other response: X-Content-Type-Options: nosniff.
 */

/** The shortest HSTS max-age accepted: 180 days. */
export const MIN_HSTS_MAX_AGE = 180 * 24 * 60 * 60;

/** A page (HTML document) gets the whole floor, an embed the floor minus the frame refusal; anything else nosniff. */
export type ResponseKind = 'page' | 'embed' | 'file';

/** The floor's headers, by name, for reports. */
export const FLOOR_HEADERS = [
  'content-security-policy',
  'strict-transport-security',
  'x-content-type-options',
  'x-frame-options',
] as const;

function cspProblems(csp: string | undefined, kind: 'page' | 'embed'): string[] {
  if (!csp) return ['Content-Security-Policy is missing'];
  const out: string[] = [];
  for (const directive of ['script-src', 'style-src']) {
    const sources = (directiveSources(csp, directive) ?? []).map((s) => s.toLowerCase());
    if (sources.length === 0) out.push(`Content-Security-Policy has no ${directive} (nor default-src)`);
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*'])
      if (sources.includes(bad)) out.push(`Content-Security-Policy ${directive} allows ${bad}`);
  }
  const has = (re: RegExp) => csp.split(';').some((d) => re.test(d.trim()));
  if (!has(/^require-trusted-types-for\s+'script'$/i))
    out.push("Content-Security-Policy lacks require-trusted-types-for 'script' (Trusted Types)");
  if (kind === 'page' && !has(/^frame-ancestors\s+'none'$/i))
    out.push("Content-Security-Policy lacks frame-ancestors 'none'");
  if (kind === 'embed' && (!has(/^frame-ancestors\s/i) || has(/^frame-ancestors\s+'none'$/i)))
    out.push("Content-Security-Policy of an embed lacks its own frame-ancestors (it has none, or 'none')");
  return out;
}

/** What a response with `headers` (names in any case) lacks against the floor; [] when none. */
export function floorProblems(headers: Record<string, string>, kind: ResponseKind): string[] {
  const h = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v.trim()]));
  const out: string[] = [];
  if ((h['x-content-type-options'] ?? '').toLowerCase() !== 'nosniff')
    out.push(`X-Content-Type-Options is ${h['x-content-type-options'] ?? 'missing'}, not nosniff`);
  if (kind === 'file') return out;
  out.push(...cspProblems(h['content-security-policy'], kind));
  const maxAge = /(?:^|;)\s*max-age\s*=\s*"?(\d+)"?/i.exec(h['strict-transport-security'] ?? '')?.[1];
  if (maxAge === undefined) out.push('Strict-Transport-Security is missing');
  else if (Number(maxAge) < MIN_HSTS_MAX_AGE)
    out.push(`Strict-Transport-Security max-age=${maxAge} is under ${MIN_HSTS_MAX_AGE} (180 days)`);
  if (kind === 'page' && (h['x-frame-options'] ?? '').toUpperCase() !== 'DENY')
    out.push(`X-Frame-Options is ${h['x-frame-options'] ?? 'missing'}, not DENY`);
  if (kind === 'embed' && h['x-frame-options'] !== undefined)
    out.push(
      `X-Frame-Options is ${h['x-frame-options']} on an embed, which other sites must be able to frame`,
    );
  return out;
}

/** Whether a request path is a page: a folder URL or an .html file. */
export const isPagePath = (urlPath: string): boolean => urlPath.endsWith('/') || urlPath.endsWith('.html');

/** Whether a request path (any base) is a figure embed: `/en/2024/figures/honours/embed/`. */
export const isEmbedPath = (urlPath: string): boolean =>
  /\/[^/]+\/\d{4}\/figures\/[^/]+\/embed\/(index\.html)?$/.test(urlPath);

/** What the floor asks of a request path's response. */
export const responseKind = (urlPath: string): ResponseKind =>
  isEmbedPath(urlPath) ? 'embed' : isPagePath(urlPath) ? 'page' : 'file';

/** The request paths of a built site's files under `base`: folder URLs for index.html pages. */
export function requestPaths(files: string[], base: string): string[] {
  const b = base.endsWith('/') ? base : `${base}/`;
  return files
    .filter((f) => f !== '_headers')
    .map((f) => `${b}${f.endsWith('index.html') ? f.slice(0, -'index.html'.length) : f}`);
}

/** Every path of `paths` whose headers, as `rules` give them, fall below the floor: `path: problem` lines. */
export function rulesBelowFloor(rules: HeaderRule[], paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    for (const problem of floorProblems(headersFor(rules, p), responseKind(p))) out.push(`${p}: ${problem}`);
  }
  return out;
}

/** The built site in `dir` (under `base`) checked against the floor by its own `_headers`. */
export function distBelowFloor(dir: string, base: string): string[] {
  const file = path.join(dir, '_headers');
  if (!fs.existsSync(file)) return ['_headers is missing'];
  const files = fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
  return rulesBelowFloor(parseHeadersFile(fs.readFileSync(file, 'utf8')), requestPaths(files, base));
}

/** The message a build fails with when its `_headers` is below the floor (at most 12 lines listed). */
export function floorFailure(problems: string[]): string {
  const shown = problems.slice(0, 12);
  const more = problems.length - shown.length;
  return (
    `_headers falls below the security-header floor (src/publish/header-floor.ts) in ${problems.length} place(s):\n  ` +
    `${shown.join('\n  ')}${more > 0 ? `\n  … and ${more} more` : ''}\n` +
    'Fix: the headers are written by src/publish/site-headers.ts and csp.ts; restore what the floor requires there, never edit dist/_headers.'
  );
}
