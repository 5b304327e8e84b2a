import fs from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { isPlaceholder } from './placeholder.ts';
import { relativeFile, type Problem } from './problems.ts';
import { readText } from './text-file.ts';
import { describeIssue, EMPTY_FIX, fixFor, hintFor, kindOf, placeOf } from './yaml-messages.ts';

/**
 * YAML files read and checked against a zod schema, every problem reported at its line: syntax,
 * an empty file, a TODO not yet written, and each schema issue in the editor's words.
 */

/** A YAML file read and checked against its schema, with the line of any key path in it. */
export interface LocatedYaml<T> {
  /** The parsed value; undefined when the file is missing, not YAML, or fails its schema. */
  data: T | undefined;
  /** The plain value of valid YAML, whether or not it passed the schema (for partial checks). */
  raw: unknown;
  /** The 1-based line of a key path (`['stats', 3, 'quote']`), or of its nearest existing parent. */
  lineOf: (keyPath: (string | number)[]) => number | undefined;
}

/** A schema, or a function of the parsed value giving one (review.yml's `editions` decide the rest). */
type SchemaOrFn<T extends z.ZodType> = T | ((raw: unknown) => T);

/** Where a YAML text sits, for problems: its file, what the editor calls it, its first line - 1. */
interface Source {
  file: string;
  what: string;
  lineOffset: number;
}

interface Parsed<T> {
  data: T | undefined;
  raw: unknown;
  doc: Document;
  counter: LineCounter;
}

export function readYaml<T extends z.ZodType>(
  file: string,
  schema: T,
  problems: Problem[],
  what: string,
): z.infer<T> | undefined {
  return readYamlLocated(file, schema, problems, what).data;
}

/**
 * Like readYaml (problems reported the same way), and keeps the document for line numbers.
 * `schema` may be a function of the parsed value, for a file whose own fields decide what else it
 * must hold (review.yml's `editions`).
 */
export function readYamlLocated<T extends z.ZodType>(
  file: string,
  schema: SchemaOrFn<T>,
  problems: Problem[],
  what: string,
): LocatedYaml<z.infer<T>> {
  const none = { data: undefined, raw: undefined, lineOf: () => undefined };
  if (!fs.existsSync(file)) {
    problems.push({
      file: relativeFile(file),
      message: `${what} is missing`,
      fix: `create ${relativeFile(file)}.`,
    });
    return none;
  }
  const text = readText(file, problems, what);
  if (text === undefined) return none;
  const parsed = parseYamlDocument(text, { file, what, lineOffset: 0 }, schema, problems);
  return {
    data: parsed.data,
    raw: parsed.raw,
    lineOf: (keyPath) => lineOfPath(parsed.doc, parsed.counter, keyPath.map(String)) || undefined,
  };
}

/** YAML that is part of a file (an MDX file's frontmatter, starting after line `lineOffset`). */
export function parseYamlText<T extends z.ZodType>(
  text: string,
  file: string,
  schema: T,
  problems: Problem[],
  what: string,
  lineOffset: number,
): z.infer<T> | undefined {
  return parseYamlDocument(text, { file, what, lineOffset }, schema, problems).data;
}

function parseYamlDocument<T extends z.ZodType>(
  text: string,
  source: Source,
  schemaOrFn: SchemaOrFn<T>,
  problems: Problem[],
): Parsed<z.infer<T>> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
  const failed = { data: undefined, raw: undefined, doc, counter };
  const raw = plainValue(doc, counter, source, problems);
  if (raw === NOTHING) return failed;
  const schema =
    typeof schemaOrFn === 'function' && !('safeParse' in schemaOrFn) ? schemaOrFn(raw) : (schemaOrFn as T);
  const result = schema.safeParse(raw);
  const todo = todoProblems(doc, counter, source, problems);
  // A TODO that passes the schema (a title still "TODO") keeps the data, so the checks that need
  // it (paragraph counts, figures) still run; the TODO itself fails the check above.
  if (result.success) return { data: result.data, raw, doc, counter };
  schemaProblems(result.error.issues, { raw, doc, counter, todo }, source, problems);
  return { ...failed, raw };
}

/** Returned by plainValue when the text has no value to check (its problems already reported). */
const NOTHING = Symbol('nothing');

/** The plain value of a YAML document, or NOTHING with a problem: not YAML, empty, bad aliases. */
function plainValue(
  doc: Document,
  counter: LineCounter,
  { file, what, lineOffset }: Source,
  problems: Problem[],
): unknown {
  const rel = relativeFile(file);
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      problems.push({
        file: rel,
        line: (e.linePos?.[0].line ?? 0) + lineOffset || undefined,
        // The parser's own "at line N" counts from the start of the YAML, not of the file.
        message: `${what} is not valid YAML: ${(e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+/, '')}`,
        fix: 'check indentation (spaces, not tabs), that every key ends with ":", and quote values that start with a quote mark or contain ": ".',
      });
    }
    return NOTHING;
  }
  const tagged = yamlTagProblems(doc, (offset) => counter.linePos(offset).line + lineOffset, rel);
  if (tagged.length > 0) {
    problems.push(...tagged);
    return NOTHING;
  }
  if (doc.contents === null) {
    problems.push({
      file: rel,
      line: lineOffset || undefined,
      message: `${what} is empty`,
      fix: EMPTY_FIX[what] ?? `fill in ${rel}: the same file of another year shows the fields.`,
    });
    return NOTHING;
  }
  try {
    return doc.toJS();
  } catch (e) {
    // Only aliases (&a / *a) make toJS throw: too many of them, or one that points nowhere.
    problems.push({
      file: rel,
      line: lineOffset || undefined,
      message: `${what} cannot be read: ${(e as Error).message}`,
      fix: 'write each value out in full instead of using YAML aliases (&name / *name).',
    });
    return NOTHING;
  }
}

/**
 * YAML tags (`!!js/function`, `!!binary`, any `!tag`): content is text, and a tag asks a YAML
 * reader to build something else. Refused at their line, in every YAML file an editor writes,
 * whatever a later reader (Astro's loaders use js-yaml) would make of them.
 */
export function yamlTagProblems(doc: Document, lineOf: (offset: number) => number, rel: string): Problem[] {
  const problems: Problem[] = [];
  visit(doc, (_key, node) => {
    const tag = (node as { tag?: string } | null)?.tag;
    const range = (node as { range?: [number, number, number] } | null)?.range;
    if (typeof tag === 'string' && range) {
      problems.push({
        file: rel,
        line: lineOf(range[0]),
        message: `a YAML tag (${tag.replace(/^tag:yaml.org,2002:/, '!!')}): values are text, never typed or built objects`,
        fix: 'delete the tag (the word starting with !) and write the value as plain text.',
      });
    }
  });
  return problems;
}

/**
 * Values an editor has not yet written (TODO), reported as such rather than as invalid values.
 * Returns their key paths, so schema issues under them are not reported again.
 */
function todoProblems(
  doc: Document,
  counter: LineCounter,
  { file, what, lineOffset }: Source,
  problems: Problem[],
): string[][] {
  const todo = placeholders(doc.contents);
  for (const { keyPath, line } of todo) {
    problems.push({
      file: relativeFile(file),
      line: line ? counter.linePos(line).line + lineOffset : undefined,
      message: `${what}: ${placeOf(keyPath)} is not yet written (it still says TODO)`,
      fix: `replace TODO with ${hintFor(what, keyPath)}; the comments in the file say more.`,
    });
  }
  return todo.map((t) => t.keyPath);
}

/** Each schema issue at its line, in the editor's words; none under a TODO. */
function schemaProblems(
  issues: z.core.$ZodIssue[],
  { raw, doc, counter, todo }: { raw: unknown; doc: Document; counter: LineCounter; todo: string[][] },
  { file, what, lineOffset }: Source,
  problems: Problem[],
) {
  const rel = relativeFile(file);
  const rootType = issues.find((i) => i.path.length === 0 && i.code === 'invalid_type');
  if (rootType) {
    // A list or plain text where fields belong: one clear problem, not one per missing field.
    problems.push({
      file: rel,
      line: lineOffset + 1,
      message: `${what} is ${kindOf(raw)}, but it must be a set of fields, one "key: value" per line`,
      fix: EMPTY_FIX[what] ?? `write it as "key: value" lines, like the same file of another year.`,
    });
    return;
  }
  const underTodo = (keyPath: string[]) =>
    todo.some((t) => t.length <= keyPath.length && t.every((k, i) => k === keyPath[i]));
  for (const issue of issues) {
    const keyPath = issue.path.map(String);
    if (underTodo(keyPath)) continue;
    // For an unknown field, point at the field itself, not at the object holding it.
    const linePath = issue.code === 'unrecognized_keys' ? [...keyPath, ...issue.keys.slice(0, 1)] : keyPath;
    problems.push({
      file: rel,
      line: lineOfPath(doc, counter, linePath) + lineOffset || undefined,
      message: `${what}: ${keyPath.length ? placeOf(keyPath) : 'the file'} ${describeIssue(issue)}`,
      fix: fixFor(issue, keyPath),
    });
  }
}

/** Scalar values that start with TODO, with their key paths and source offsets. */
function placeholders(
  node: unknown,
  keyPath: string[] = [],
): { keyPath: string[]; line: number | undefined }[] {
  if (isMap(node)) {
    return node.items.flatMap((pair) =>
      placeholders(pair.value, [...keyPath, String(isScalar(pair.key) ? pair.key.value : pair.key)]),
    );
  }
  if (isSeq(node)) return node.items.flatMap((item, i) => placeholders(item, [...keyPath, String(i)]));
  if (isScalar(node) && typeof node.value === 'string' && isPlaceholder(node.value)) {
    return [{ keyPath, line: node.range?.[0] }];
  }
  return [];
}

function lineOfPath(doc: Document, counter: LineCounter, keyPath: string[]): number {
  for (let n = keyPath.length; n >= 0; n--) {
    const node =
      n === 0
        ? doc.contents
        : doc.getIn(
            keyPath.slice(0, n).map((k) => (/^\d+$/.test(k) ? Number(k) : k)),
            true,
          );
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range && (n > 0 || isMap(node))) return counter.linePos(range[0]).line;
  }
  return 0;
}
