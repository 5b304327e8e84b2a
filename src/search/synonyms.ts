import fs from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { contentRoot } from '../config/paths.ts';
import { ContentError, relativeFile, type Problem } from '../content-files/problems.ts';

/**
 * Build time: reads and checks the reviewed synonym table `content/search-synonyms.yml` (see the
 * file's own header). Every problem names the file, the line and a fix, like the content check.
 */
export interface SynonymTable {
  /** Chinese groups, in Simplified. */
  zh: string[][];
  /** English groups, lower case. */
  en: string[][];
  /** Groups of variant forms of one Traditional character. */
  variants: string[][];
}

export const synonymFile = (): string => path.join(contentRoot(), 'search-synonyms.yml');

const KEYS = ['zh', 'en', 'variants'] as const;

type Key = (typeof KEYS)[number];

/** Where problems go: the file, a line for a YAML node, and the list. */
interface Report {
  lineOf: (node: Node | null | undefined) => number | undefined;
  problem: (node: Node | null | undefined, message: string, fix: string) => void;
}

/** One entry of a group, normalised, or a problem: plain words; lower-case English; Han for zh; one character for variants. */
function entryOf(key: Key, e: Node, report: Report): string | undefined {
  const value = isScalar(e) ? e.value : undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    report.problem(e, 'an entry must be a word or phrase', 'write plain words, e.g. `[fraud, scam]`.');
    return undefined;
  }
  const entry = value.normalize('NFKC').trim();
  const wrong: [boolean, string, string][] = [
    [/[<>{}&"`\\]/.test(entry), `"${entry}" contains markup characters`, 'write plain words only.'],
    [
      key === 'en' && entry !== entry.toLowerCase(),
      `"${entry}" is not lower case`,
      `write it as "${entry.toLowerCase()}".`,
    ],
    [
      key === 'zh' && !/^\p{Script=Han}+$/u.test(entry),
      `"${entry}" is not a Chinese word`,
      'put English words under en:, and write Chinese without spaces or punctuation.',
    ],
    [
      key === 'variants' && [...entry].length !== 1,
      `"${entry}" is not one character`,
      'list single characters, e.g. `[裡, 裏]`.',
    ],
  ];
  const first = wrong.find(([is]) => is);
  if (first) {
    report.problem(e, first[1], first[2]);
    return undefined;
  }
  return entry;
}

/** One group's entries (each entry once in the whole table), or undefined with a problem. */
function groupOf(
  key: Key,
  item: Node,
  seen: Map<string, number | undefined>,
  report: Report,
): string[] | undefined {
  if (!isSeq(item)) {
    report.problem(item, 'a group must be a list of at least two entries', 'write it as `[a, b]`.');
    return undefined;
  }
  const entries: string[] = [];
  for (const e of item.items as Node[]) {
    const entry = entryOf(key, e, report);
    if (entry === undefined) continue;
    const id = `${key}:${entry}`;
    if (seen.has(id)) {
      report.problem(
        e,
        `"${entry}" is already in the group on line ${seen.get(id)}`,
        'merge the two groups into one.',
      );
      continue;
    }
    seen.set(id, report.lineOf(item));
    entries.push(entry);
  }
  if (entries.length < 2) {
    report.problem(
      item,
      'a group needs at least two different entries',
      'add the other form, or delete the line.',
    );
    return undefined;
  }
  return entries;
}

/** Parses and checks the table's text; `file` is only for messages. */
export function parseSynonyms(text: string, file: string): { table: SynonymTable; problems: Problem[] } {
  const rel = relativeFile(file);
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const problems: Problem[] = [];
  const report: Report = {
    lineOf: (node) => (node?.range ? lines.linePos(node.range[0]).line : undefined),
    problem: (node, message, fix) => problems.push({ file: rel, line: report.lineOf(node), message, fix }),
  };
  const table: SynonymTable = { zh: [], en: [], variants: [] };
  for (const error of doc.errors) {
    problems.push({
      file: rel,
      line: error.linePos?.[0]?.line,
      message: `not valid YAML: ${error.message.split('\n')[0]}`,
      fix: 'write each group as a list on one line, e.g. `  - [电信网络诈骗, 电诈]`.',
    });
  }
  if (problems.length > 0) return { table, problems };
  const root = doc.contents;
  if (root !== null && !isMap(root)) {
    report.problem(
      root,
      'expected the keys zh, en and variants',
      'start the file with `zh:`, `en:` and `variants:` lists.',
    );
    return { table, problems };
  }
  const seen = new Map<string, number | undefined>();
  for (const pair of root?.items ?? []) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!(KEYS as readonly string[]).includes(key)) {
      report.problem(pair.key as Node, `unknown key "${key}"`, 'use only zh, en and variants.');
      continue;
    }
    const list = pair.value as Node | null;
    if (list === null) continue;
    if (!isSeq(list)) {
      report.problem(
        list,
        `${key} must be a list of groups`,
        `write each group as \`  - [a, b]\` under \`${key}:\`.`,
      );
      continue;
    }
    for (const item of list.items as Node[]) {
      const group = groupOf(key as Key, item, seen, report);
      if (group) table[key as Key].push(group);
    }
  }
  return { table, problems };
}

/** The table's problems, for `npm run check:content`. */
export function synonymProblems(file = synonymFile()): Problem[] {
  return fs.existsSync(file) ? parseSynonyms(fs.readFileSync(file, 'utf8'), file).problems : [];
}

let cached: SynonymTable | undefined;

/** The checked table; throws a ContentError listing every problem. */
export function loadSynonyms(file = synonymFile()): SynonymTable {
  if (cached && file === synonymFile()) return cached;
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const { table, problems } = parseSynonyms(text, file);
  if (problems.length > 0) throw new ContentError(problems);
  if (file === synonymFile()) cached = table;
  return table;
}
