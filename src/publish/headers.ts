import { createHash } from 'node:crypto';
import { parse as parseHtml } from 'node-html-parser';

/**
 * HTTP headers for the published site, as a `_headers` file (Netlify / Cloudflare Pages format),
 * and the Content-Security-Policy that goes in it.
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

/** Hashed file names never change content: cache for a year, never revalidate. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else keeps its URL across builds: the browser and CDN revalidate every time. */
export const CACHE_REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * Pagefind's chunks are named by a short hash of their content, so a new build renames what
 * changed and a long cache is right; but not a year and never `immutable`: a chunk damaged in
 * transit or by a half-finished upload would then stay broken in the reader's cache (and CDN)
 * for a year, and a reload could not heal it. A day bounds that; an unchanged chunk costs one
 * 304 a day.
 */
export const CACHE_PAGEFIND_CHUNK = 'public, max-age=86400';

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

/** `sha256-…` source expression of a script or style text, as CSP hashes it (UTF-8 bytes). */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Script types a browser executes (and so CSP governs); JSON and JSON-LD data blocks are not. */
const EXECUTABLE_TYPE = /^(|module|importmap|speculationrules|(text|application)\/(x-)?(java|ecma)script)$/i;

/** The inline code of a page that CSP governs. */
export interface InlineCode {
  /** Texts of inline `<script>` elements the browser executes. */
  scripts: string[];
  /** Texts of `<style>` elements. */
  styles: string[];
  /** Values of `style="…"` attributes (decoded). */
  styleAttributes: string[];
  /** Event-handler attributes (`onclick="…"`) and `javascript:` URLs: never allowed here. */
  handlers: string[];
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|#39);/gi, (m, e: string) => {
    const k = e.toLowerCase();
    if (k.startsWith('#x')) return String.fromCodePoint(parseInt(k.slice(2), 16));
    if (k.startsWith('#')) return String.fromCodePoint(Number(k.slice(1)));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[k] ?? m;
  });
}

/** Attributes of one start tag (`<link rel="x" href='y' hidden>`), names lower-cased, values decoded. */
export function tagAttributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const body = tag.replace(/^<[^\s>/]+/, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = (m[1] ?? '').toLowerCase();
    if (!(name in attrs)) attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/**
 * Finds the inline code in an HTML document, with an HTML parser (node-html-parser), so text
 * that merely looks like a tag (a title `<script>…` written into a `content="…"` attribute,
 * where it is inert) is not taken for one. Script and style contents are raw text; the hash is
 * of the text between the tags, byte for byte, as the browser computes it. `<noscript>` is raw
 * text too when scripts run, and nothing runs when they do not.
 */
export function inlineCode(html: string): InlineCode {
  const out: InlineCode = { scripts: [], styles: [], styleAttributes: [], handlers: [] };
  const root = parseHtml(html, {
    comment: false,
    blockTextElements: { script: true, style: true, noscript: true, textarea: true },
  });
  for (const el of root.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    const attrs = Object.fromEntries(Object.entries(el.attributes).map(([k, v]) => [k.toLowerCase(), v]));
    if (
      tag === 'script' &&
      attrs['src'] === undefined &&
      EXECUTABLE_TYPE.test((attrs['type'] ?? '').trim())
    ) {
      out.scripts.push(el.rawText);
    }
    if (tag === 'style') out.styles.push(el.rawText);
    for (const [name, value] of Object.entries(attrs)) {
      if (name === 'style') out.styleAttributes.push(value);
      else if (/^on[a-z]+$/.test(name)) out.handlers.push(`${name}="${value}"`);
      else if (['href', 'src', 'action', 'formaction'].includes(name) && /^\s*javascript:/i.test(value)) {
        out.handlers.push(`${name}="${value}"`);
      }
    }
  }
  return out;
}

/** What the site's pages load: all from the site's own origin. */
export interface CspSources {
  scriptHashes: string[];
  styleHashes: string[];
  /** Hashes of `style` attributes; they need `'unsafe-hashes'` in style-src. */
  styleAttributeHashes: string[];
}

/**
 * Collects the hashes every page needs, failing on code that CSP could only allow unsafely.
 *
 * With `knownScripts` (the hashes of the inline scripts the project's own source produced, as
 * the bundler emitted them), an inline script found in a page that is not one of them fails the
 * build: the policy allows what we wrote, never whatever the output happens to contain (a script
 * smuggled in by content would otherwise have its hash added and run).
 */
export function cspSources(
  pages: { file: string; html: string }[],
  knownScripts?: ReadonlySet<string>,
): CspSources {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const styleAttributes = new Set<string>();
  const problems: string[] = [];
  for (const { file, html } of pages) {
    const code = inlineCode(html);
    for (const s of code.scripts) {
      const hash = cspHash(s);
      if (knownScripts && !knownScripts.has(hash)) {
        problems.push(
          `${file}: an inline script the project's source did not write: ${JSON.stringify(s.slice(0, 80))}`,
        );
      }
      scripts.add(hash);
    }
    code.styles.forEach((s) => styles.add(cspHash(s)));
    code.styleAttributes.forEach((s) => styleAttributes.add(cspHash(s)));
    for (const h of code.handlers)
      problems.push(`${file}: inline event handler or javascript: URL ${h.slice(0, 80)}`);
  }
  if (problems.length > 0) {
    throw new Error(
      `The Content-Security-Policy allows only the project's own inline scripts (no event handlers, no javascript: URLs, nothing from content); the build output has others:\n  ${problems.join('\n  ')}\n` +
        'Fix: remove it from the content (section files are text), or move code into a bundled <script> in src/.',
    );
  }
  return {
    scriptHashes: [...scripts].sort(),
    styleHashes: [...styles].sort(),
    styleAttributeHashes: [...styleAttributes].sort(),
  };
}

/**
 * The site's Content-Security-Policy. Everything is same-origin; inline code is allowed by hash
 * only (Astro inlines small scripts and, with `inlineStylesheets: 'always'`, every stylesheet).
 * Pagefind compiles its WebAssembly (`'wasm-unsafe-eval'`, which allows no JS eval) and may run a
 * worker from `pagefind-worker.js`.
 */
export function contentSecurityPolicy(src: CspSources): string {
  const styleSrc = ["'self'", ...src.styleHashes];
  if (src.styleAttributeHashes.length > 0) styleSrc.push("'unsafe-hashes'", ...src.styleAttributeHashes);
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", "'wasm-unsafe-eval'", ...src.scriptHashes]],
    ['style-src', styleSrc],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
    // Trusted Types: no script may write HTML or script URLs from strings (innerHTML, new Worker
    // with a string …). The site's scripts set text only, and Pagefind runs without its worker.
    ['require-trusted-types-for', ["'script'"]],
    ['trusted-types', ["'none'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/** The sources one directive of a policy allows (`script-src` falls back to `default-src`). */
export function directiveSources(csp: string, directive: string): string[] | undefined {
  const parts = new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map((d) => [(d[0] ?? '').toLowerCase(), d.slice(1)] as const),
  );
  return parts.get(directive) ?? parts.get('default-src');
}

/**
 * Inline code in `html` that `csp` does not allow: what the browser would refuse to run or apply.
 * The build checks use it on every page; a page with one more inline script fails.
 */
export function cspViolations(html: string, csp: string): string[] {
  const code = inlineCode(html);
  const scriptSrc = directiveSources(csp, 'script-src') ?? [];
  const styleSrc = directiveSources(csp, 'style-src') ?? [];
  const unsafeInline = (list: string[]) =>
    list.includes("'unsafe-inline'") && !list.some((s) => /^'(sha256|sha384|sha512|nonce)-/.test(s));
  const out: string[] = [];
  for (const s of code.scripts) {
    if (!unsafeInline(scriptSrc) && !scriptSrc.includes(cspHash(s)))
      out.push(`inline script ${JSON.stringify(s.slice(0, 60))}`);
  }
  for (const s of code.styles) {
    if (!unsafeInline(styleSrc) && !styleSrc.includes(cspHash(s)))
      out.push(`inline style ${JSON.stringify(s.slice(0, 60))}`);
  }
  for (const s of code.styleAttributes) {
    const ok =
      unsafeInline(styleSrc) || (styleSrc.includes("'unsafe-hashes'") && styleSrc.includes(cspHash(s)));
    if (!ok) out.push(`style attribute ${JSON.stringify(s.slice(0, 60))}`);
  }
  for (const h of code.handlers) {
    if (!unsafeInline(scriptSrc)) out.push(`event handler ${h.slice(0, 60)}`);
  }
  return out;
}

/** Headers every response gets. */
export function securityHeaders(csp: string): [string, string][] {
  return [
    ['Content-Security-Policy', csp],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    // frame-ancestors in the CSP is the modern form; X-Frame-Options for older browsers.
    ['X-Frame-Options', 'DENY'],
    [
      'Permissions-Policy',
      'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    ],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    // HTTPS only, for a year, once a browser has seen the site over HTTPS (ignored over http://).
    // No includeSubDomains: the host may serve other sites this one knows nothing of.
    ['Strict-Transport-Security', 'max-age=31536000'],
  ];
}

/**
 * Which files of Pagefind's bundle are content-hashed (their name changes when their content
 * does): the index chunks, fragments and filters, and the per-language `.pf_meta`. The loader
 * (`pagefind.js`), its worker, `pagefind-entry.json` (which names the current hashes) and the
 * per-language wasm keep their names across builds, so they must be revalidated.
 */
export function isHashedPagefindFile(rel: string): boolean {
  return (
    /^(index|fragment|filter)\/[^/]+_[0-9a-f]{7,}\.pf_(index|fragment|filter)$/.test(rel) ||
    /^pagefind\.[^/]+_[0-9a-f]{7,}\.pf_meta$/.test(rel)
  );
}

/** Astro's `_astro/` folder holds only hashed build output (`name.Hash8.js`). */
export function isHashedAstroFile(rel: string): boolean {
  return /^_astro\/.+[.-][A-Za-z0-9_-]{8}\.[a-z0-9]+$/.test(rel);
}

/**
 * The site's `_headers` rules. Paths include the base path (the CDN serves the site under it).
 * Only one rule sets the security headers; Cache-Control is set once for everything and then
 * replaced for hashed files: a later rule overrides on Netlify, and `! Cache-Control` detaches
 * the general value on Cloudflare Pages (which would otherwise join both with a comma).
 *
 * @param pagefindFiles paths inside the bundle folder, e.g. `pagefind.js`, `index/en_ab12cd3.pf_index`
 */
export function siteHeaderRules(opts: { base: string; csp: string; pagefindFiles: string[] }): HeaderRule[] {
  const b = opts.base.endsWith('/') ? opts.base : `${opts.base}/`;
  const immutable = (path: string, comments?: string[]): HeaderRule => ({
    path,
    detach: ['Cache-Control'],
    set: [['Cache-Control', CACHE_IMMUTABLE]],
    ...(comments ? { comments } : {}),
  });
  const pagefindChunk = (path: string, comments?: string[]): HeaderRule => ({
    path,
    detach: ['Cache-Control'],
    set: [['Cache-Control', CACHE_PAGEFIND_CHUNK]],
    ...(comments ? { comments } : {}),
  });
  const hashedDirs = [
    ...new Set(opts.pagefindFiles.filter(isHashedPagefindFile).map((f) => f.split('/')[0] ?? '')),
  ]
    .filter((d) => d !== '' && !d.includes('.'))
    .sort();
  const hashedMeta = opts.pagefindFiles.filter((f) => isHashedPagefindFile(f) && !f.includes('/')).sort();
  const unhashed = opts.pagefindFiles.filter((f) => !isHashedPagefindFile(f)).sort();
  return [
    {
      path: `${b}*`,
      comments: [
        'Every response: security headers, and revalidation (HTML, feeds, share images, and',
        `Pagefind's unhashed files: ${unhashed.join(', ')}).`,
      ],
      detach: [],
      set: [...securityHeaders(opts.csp), ['Cache-Control', CACHE_REVALIDATE]],
    },
    immutable(`${b}_astro/*`, [
      'Hashed build output (scripts, styles, images): the URL changes when the content does.',
    ]),
    ...hashedDirs.map((d, i) =>
      pagefindChunk(
        `${b}pagefind/${d}/*`,
        i === 0
          ? ['Pagefind chunks, named by content hash: a day, so a damaged copy heals (headers.ts).']
          : undefined,
      ),
    ),
    ...hashedMeta.map((f) => pagefindChunk(`${b}pagefind/${f}`)),
  ];
}
