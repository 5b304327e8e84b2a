import fs from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { contentRoot } from '../config/paths.ts';
import { ContentError, relativeFile, type Problem } from '../content-check/problems.ts';

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

/** Parses and checks the table's text; `file` is only for messages. */
export function parseSynonyms(text: string, file: string): { table: SynonymTable; problems: Problem[] } {
  const rel = relativeFile(file);
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const problems: Problem[] = [];
  const lineOf = (node: Node | null | undefined): number | undefined =>
    node?.range ? lines.linePos(node.range[0]).line : undefined;
  const problem = (node: Node | null | undefined, message: string, fix: string) =>
    problems.push({ file: rel, line: lineOf(node), message, fix });
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
    problem(
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
      problem(pair.key as Node, `unknown key "${key}"`, 'use only zh, en and variants.');
      continue;
    }
    const list = pair.value as Node | null;
    if (list === null) continue;
    if (!isSeq(list)) {
      problem(
        list,
        `${key} must be a list of groups`,
        `write each group as \`  - [a, b]\` under \`${key}:\`.`,
      );
      continue;
    }
    for (const item of list.items as Node[]) {
      const line = lineOf(item);
      if (!isSeq(item)) {
        problem(item, 'a group must be a list of at least two entries', 'write it as `[a, b]`.');
        continue;
      }
      const entries: string[] = [];
      for (const e of item.items as Node[]) {
        const value = isScalar(e) ? e.value : undefined;
        if (typeof value !== 'string' || value.trim() === '') {
          problem(e, 'an entry must be a word or phrase', 'write plain words, e.g. `[fraud, scam]`.');
          continue;
        }
        const entry = value.normalize('NFKC').trim();
        if (/[<>{}&"`\\]/.test(entry)) {
          problem(e, `"${entry}" contains markup characters`, 'write plain words only.');
          continue;
        }
        if (key === 'en' && entry !== entry.toLowerCase()) {
          problem(e, `"${entry}" is not lower case`, `write it as "${entry.toLowerCase()}".`);
          continue;
        }
        if (key === 'zh' && !/^\p{Script=Han}+$/u.test(entry)) {
          problem(
            e,
            `"${entry}" is not a Chinese word`,
            'put English words under en:, and write Chinese without spaces or punctuation.',
          );
          continue;
        }
        if (key === 'variants' && [...entry].length !== 1) {
          problem(e, `"${entry}" is not one character`, 'list single characters, e.g. `[裡, 裏]`.');
          continue;
        }
        const id = `${key}:${entry}`;
        if (seen.has(id)) {
          problem(
            e,
            `"${entry}" is already in the group on line ${seen.get(id)}`,
            'merge the two groups into one.',
          );
          continue;
        }
        seen.set(id, line);
        entries.push(entry);
      }
      if (entries.length < 2) {
        problem(
          item,
          'a group needs at least two different entries',
          'add the other form, or delete the line.',
        );
        continue;
      }
      table[key as keyof SynonymTable].push(entries);
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
