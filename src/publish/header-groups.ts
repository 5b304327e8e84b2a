import { headersFor, rulePattern, type HeaderRule } from './headers.ts';

/**
 * The `_headers` rules turned into what other hosts need (nginx, object storage and a CDN): the
 * request paths of a built site grouped by the rules that match them, each group with the one
 * set of headers those rules give it (headers.ts `headersFor`, the function the test server and
 * the smoke check use). So a host configured from these groups sends exactly what `_headers`
 * says, path by path, and cannot drift from it.
 */

export interface HeaderGroup {
  /** The `_headers` path patterns that all match every path of the group (in file order). */
  patterns: string[];
  /** The headers, names as `_headers` writes them, in a stable order. */
  headers: [string, string][];
  /** The request paths of the built site in this group. */
  paths: string[];
}

/** A header's name as `_headers` writes it (`content-security-policy` → `Content-Security-Policy`). */
function nameCase(rules: HeaderRule[]): (lower: string) => string {
  const names = new Map<string, string>();
  for (const r of rules) for (const [name] of r.set) names.set(name.toLowerCase(), name);
  return (lower) => names.get(lower) ?? lower;
}

/**
 * The groups of `paths` (request paths, base included), most specific first: a group matched by
 * more rules comes before one matched by fewer, so the first group whose patterns all match a path
 * is that path's own group (a path matched by a set of rules matches no longer set first).
 */
export function headerGroups(rules: HeaderRule[], paths: string[]): HeaderGroup[] {
  const patterns = rules.map((r) => rulePattern(r.path));
  const named = nameCase(rules);
  const groups = new Map<string, HeaderGroup>();
  for (const p of paths) {
    const matched = rules.flatMap((_rule, i) => (patterns[i]?.test(p) ? [i] : []));
    const key = matched.join(',');
    let group = groups.get(key);
    if (!group) {
      const headers = Object.entries(headersFor(rules, p))
        .map(([k, v]): [string, string] => [named(k), v])
        .sort(([a], [b]) => a.localeCompare(b));
      group = { patterns: matched.map((i) => rules[i]?.path ?? ''), headers, paths: [] };
      groups.set(key, group);
    }
    group.paths.push(p);
  }
  return [...groups.values()].sort((a, b) => b.patterns.length - a.patterns.length);
}

/**
 * One regular expression (PCRE, as nginx reads it; case-insensitive like `_headers`) matching the
 * paths every pattern of `patterns` matches: a lookahead per distinct pattern, each anchored.
 */
export function groupRegex(patterns: string[]): string {
  const sources = [...new Set(patterns.map((p) => rulePattern(p).source.replace(/\\\//g, '/')))];
  return sources.map((s) => `(?=${s})`).join('');
}
