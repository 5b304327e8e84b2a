import { createHash } from 'node:crypto';
import { inlineCode } from './inline-code.ts';
import type { PageSource } from './html.ts';

/**
 * The site's Content-Security-Policy (build time): made from the inline code actually in the
 * built pages, allowing each piece by hash, and checked against pages the same way a browser
 * would check it. Which headers carry it is `site-headers.ts`.
 */

/** `sha256-…` source expression of a script or style text, as CSP hashes it (UTF-8 bytes). */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
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
  pages: { file: string; html: PageSource }[],
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

/**
 * The same policy with other `frame-ancestors`: the figure embeds (`/…/figures/<id>/embed/`) are
 * the one kind of page other sites may frame (`framedBy(csp, '*')`); every other page keeps
 * `'none'`. The rest of the policy (scripts, styles by hash) is the site's, unchanged.
 */
export function framedBy(csp: string, ancestors: string): string {
  const directives = csp
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d !== '' && !/^frame-ancestors(\s|$)/i.test(d));
  return [...directives, `frame-ancestors ${ancestors}`].join('; ');
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

/** `'unsafe-inline'` counts only in a list with no hash or nonce (CSP Level 2 and later ignore it then). */
const allowsAnyInline = (list: string[]): boolean =>
  list.includes("'unsafe-inline'") && !list.some((s) => /^'(sha256|sha384|sha512|nonce)-/.test(s));

/**
 * Inline code in `html` that `csp` does not allow: what the browser would refuse to run or apply.
 * The build checks use it on every page; a page with one more inline script fails.
 */
export function cspViolations(html: string, csp: string): string[] {
  const code = inlineCode(html);
  const scriptSrc = directiveSources(csp, 'script-src') ?? [];
  const styleSrc = directiveSources(csp, 'style-src') ?? [];
  const out: string[] = [];
  for (const s of code.scripts) {
    if (!allowsAnyInline(scriptSrc) && !scriptSrc.includes(cspHash(s)))
      out.push(`inline script ${JSON.stringify(s.slice(0, 60))}`);
  }
  for (const s of code.styles) {
    if (!allowsAnyInline(styleSrc) && !styleSrc.includes(cspHash(s)))
      out.push(`inline style ${JSON.stringify(s.slice(0, 60))}`);
  }
  for (const s of code.styleAttributes) {
    const ok =
      allowsAnyInline(styleSrc) || (styleSrc.includes("'unsafe-hashes'") && styleSrc.includes(cspHash(s)));
    if (!ok) out.push(`style attribute ${JSON.stringify(s.slice(0, 60))}`);
  }
  for (const h of code.handlers) {
    if (!allowsAnyInline(scriptSrc)) out.push(`event handler ${h.slice(0, 60)}`);
  }
  return out;
}
