/**
 * The `_headers` file format (Netlify / Cloudflare Pages): reading, writing, and which headers a
 * request path gets. What the site's file says is `site-headers.ts` (security) and
 * `cache-policy.ts` (caching); the Content-Security-Policy in it is `csp.ts`.
 *
 * Plain TypeScript with erasable syntax only: the build (integration), the test server
 * (`tools/serve.ts`), the smoke check (`tools/smoke.ts`) and the tests all import this one
 * module, so what the build writes, what the test server sends and what the smoke check expects
 * cannot drift apart.
 */

/** One block of a `_headers` file: a path pattern and the headers it sets (or detaches). */
export interface HeaderRule {
  path: string;
  /** `[name, value]` in file order. */
  set: [string, string][];
  /** `! Name` lines: remove a header that a more general rule set (Cloudflare Pages syntax). */
  detach: string[];
  /** Comment lines written above the block. */
  comments?: string[];
}

/** Cloudflare Pages rejects longer lines in `_headers`; the CSP line is the one that can grow. */
export const MAX_HEADER_LINE = 2000;

/**
 * Parses a `_headers` file. Path lines start with `/` (or `https://`); header lines are indented
 * `Name: value`; `! Name` detaches; `#` starts a comment. Netlify ignores `! Name` lines (no
 * colon), Cloudflare honours them, so a file written with both in mind means the same on both.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (line.startsWith('/') || /^https?:\/\//.test(line)) {
      rules.push({ path: line, set: [], detach: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers line ${i + 1}: "${line}" comes before any path line.`);
    if (line.startsWith('!')) {
      rule.detach.push(line.slice(1).trim());
      return;
    }
    const colon = line.indexOf(':');
    if (colon <= 0 || line.slice(colon + 1).trim() === '') {
      throw new Error(`_headers line ${i + 1}: "${line}" is not "Name: value".`);
    }
    rule.set.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  });
  return rules;
}

/** Writes rules back as a `_headers` file; throws if a line is longer than CDNs accept. */
export function formatHeadersFile(rules: HeaderRule[], preamble: string[] = []): string {
  const lines: string[] = preamble.map((c) => `# ${c}`.trimEnd());
  for (const rule of rules) {
    if (lines.length > 0) lines.push('');
    for (const c of rule.comments ?? []) lines.push(`# ${c}`.trimEnd());
    lines.push(rule.path);
    for (const name of rule.detach) lines.push(`  ! ${name}`);
    for (const [name, value] of rule.set) lines.push(`  ${name}: ${value}`);
  }
  for (const line of lines) {
    if (line.length > MAX_HEADER_LINE) {
      throw new Error(
        `_headers: a line is ${line.length} characters, over the ${MAX_HEADER_LINE} that Cloudflare Pages accepts: ${line.slice(0, 80)}…`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The path pattern as Netlify matches it: `*` alone in a segment matches the rest (including
 * nothing), `*` inside a segment matches anything, `:name` matches one segment, a trailing slash
 * is optional, case-insensitive. (Netlify's `getForRegExp` in @netlify/headers-parser.)
 */
export function rulePattern(rulePath: string): RegExp {
  const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const pathOnly = rulePath.replace(/^https?:\/\/[^/]+/, '');
  const parts = pathOnly
    .split('/')
    .map((p) => p.trimEnd())
    .filter(Boolean)
    .map((part) => {
      if (part.startsWith(':')) return '([^/]+)';
      if (part === '*') return '?(.*)';
      return part.split('*').map(escape).join('(.*)');
    });
  return new RegExp(`^/${parts.join('/')}/?$`, 'iu');
}

/**
 * The headers `_headers` gives one request path: every matching rule in file order, a later rule
 * overriding an earlier one's header of the same name (Netlify), `! Name` removing it
 * (Cloudflare). Names are lower-cased.
 */
export function headersFor(rules: HeaderRule[], urlPath: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!rulePattern(rule.path).test(urlPath)) continue;
    for (const name of rule.detach) delete out[name.toLowerCase()];
    const own: Record<string, string> = {};
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      // The same header twice in one block is one comma-separated value (both CDNs).
      own[key] = own[key] === undefined ? value : `${own[key]}, ${value}`;
    }
    Object.assign(out, own);
  }
  return out;
}
