/**
 * The smoke check's report (tool, runs in Node): what was checked, per page and per header, in a
 * form a press officer can attach to a release note. A compact table for the terminal, and the
 * same in Markdown for `--report FILE`.
 */
import { FLOOR_HEADERS } from '../../src/publish/header-floor.ts';
import type { CheckedResponse } from './fetcher.ts';

export interface SmokeSummary {
  base: string;
  /** When the check ran (ISO). */
  at: string;
  counts: { pages: number; assets: number; searches: number; headerChecks: number };
  /** Whether `_headers` was compared (false with --no-headers). */
  comparedHeaders: boolean;
  responses: CheckedResponse[];
  problems: string[];
}

const mark = (ok: boolean) => (ok ? '✓' : '✗');
const pathOf = (url: string, base: string) => (url.startsWith(base) ? `/${url.slice(base.length)}` : url);

/** One row per page (HTML response): path, status, headers as `_headers` gives them, the floor. */
function pageRows(s: SmokeSummary): string[][] {
  return s.responses
    .filter((r) => r.type.startsWith('text/html'))
    .sort((a, b) => a.url.localeCompare(b.url))
    .map((r) => {
      const bad = r.headers.filter((h) => !h.ok).length;
      return [
        pathOf(r.url, s.base),
        String(r.status),
        s.comparedHeaders ? `${mark(bad === 0)} ${r.headers.length - bad}/${r.headers.length}` : '—',
        r.floor.length === 0 ? '✓' : `✗ ${r.floor.length}`,
      ];
    });
}

/** One row per header name: how many responses carried it as `_headers` says, and the floor. */
function headerRows(s: SmokeSummary): string[][] {
  const byName = new Map<string, { ok: number; total: number }>();
  for (const r of s.responses) {
    for (const h of r.headers) {
      const row = byName.get(h.name) ?? { ok: 0, total: 0 };
      row.total += 1;
      if (h.ok) row.ok += 1;
      byName.set(h.name, row);
    }
  }
  const pages = s.responses.filter((r) => r.type.startsWith('text/html'));
  const floorOf = (name: string) => {
    const pageHeader = name !== 'x-content-type-options';
    const scope = pageHeader ? pages : s.responses;
    const failing = scope.filter((r) => r.floor.some((p) => p.toLowerCase().startsWith(name))).length;
    return `${mark(failing === 0)} ${scope.length - failing}/${scope.length} ${pageHeader ? 'pages' : 'responses'}`;
  };
  const names = [...new Set([...byName.keys(), ...FLOOR_HEADERS])].sort();
  return names.map((name) => {
    const row = byName.get(name);
    return [
      name,
      row ? `${mark(row.ok === row.total)} ${row.ok}/${row.total}` : '—',
      (FLOOR_HEADERS as readonly string[]).includes(name) ? floorOf(name) : '—',
    ];
  });
}

function table(head: string[], rows: string[][], markdown: boolean): string[] {
  if (markdown) {
    const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
    return [line(head), line(head.map(() => '---')), ...rows.map(line)];
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

const PAGE_HEAD = ['Page', 'Status', 'Headers as _headers', 'Security floor'];
const HEADER_HEAD = ['Header', 'Sent as _headers says', 'Security floor'];

/** The compact tables for the terminal. */
export function terminalReport(s: SmokeSummary): string {
  return ['', ...table(PAGE_HEAD, pageRows(s), false), '', ...table(HEADER_HEAD, headerRows(s), false)].join(
    '\n',
  );
}

/** The Markdown report (`--report FILE`). */
export function markdownReport(s: SmokeSummary): string {
  const passed = s.problems.length === 0;
  return [
    `# Smoke check of ${s.base}`,
    '',
    `- Checked: ${s.at}`,
    `- Result: **${passed ? 'passed' : `FAILED, ${s.problems.length} problem(s)`}**`,
    `- ${s.counts.pages} pages, ${s.counts.assets} files they load, ${s.counts.searches} searches; ` +
      `${s.comparedHeaders ? `${s.counts.headerChecks} responses compared with _headers` : 'headers not compared with _headers'}; ` +
      `every response checked against the security floor (src/publish/header-floor.ts).`,
    '',
    '## Pages',
    '',
    ...table(PAGE_HEAD, pageRows(s), true),
    '',
    '## Headers',
    '',
    ...table(HEADER_HEAD, headerRows(s), true),
    '',
    '## Problems',
    '',
    ...(passed ? ['None.'] : s.problems.map((p) => `- ${p.replace(/\n/g, ' ')}`)),
    '',
  ].join('\n');
}
