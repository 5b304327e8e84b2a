import fs from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { ContentError, relativeFile, type Problem } from '../content-files/problems.ts';
import { codePoint, notPlainText } from '../content-files/visible-text.ts';
import { yamlTagProblems } from '../content-files/yaml.ts';

/**
 * `content/zh-hant-phrases.yml` is applied to the zh-hant sections' whole MDX source (markup
 * included), so an entry is text, never markup: a key with ASCII could rewrite a tag, component or
 * attribute (`p` → `script`, an id), a value with `<` could add one. Both sides must be Chinese text, with no ASCII
 * character at all. Build-tool module, called by the content check; a broken file is named here
 * rather than failing later inside OpenCC without a file name.
 */
export function phraseTableProblems(root: string): Problem[] {
  return phraseFileProblems(path.join(root, 'zh-hant-phrases.yml'));
}

/**
 * The table as the converter uses it, checked whenever it is loaded (src/i18n/hant.ts), so a
 * build with the content check switched off still never applies markup to a page (issue 21).
 */
export function phraseTableOf(file: string): Record<string, string> {
  const problems = phraseFileProblems(file);
  if (problems.length > 0) throw new ContentError(problems);
  if (!fs.existsSync(file)) return {};
  return (parseDocument(fs.readFileSync(file, 'utf8')).toJS() ?? {}) as Record<string, string>;
}

function phraseFileProblems(file: string): Problem[] {
  if (!fs.existsSync(file)) return [];
  const rel = relativeFile(file);
  const counter = new LineCounter();
  let doc;
  try {
    doc = parseDocument(fs.readFileSync(file, 'utf8'), { lineCounter: counter, uniqueKeys: true });
  } catch (e) {
    return [
      {
        file: rel,
        message: `the phrase table cannot be read: ${(e as Error).message}`,
        fix: 'save it as UTF-8 text.',
      },
    ];
  }
  const fixFormat =
    'write one `OpenCC output: correct form` line per phrase, both sides Chinese text, like `海安傢俱: 海安家具`.';
  if (doc.errors.length > 0) {
    return doc.errors.map((e) => ({
      file: rel,
      line: e.linePos?.[0].line,
      message: `the phrase table is not valid YAML: ${(e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+/, '')}`,
      fix: fixFormat,
    }));
  }
  const tagged = yamlTagProblems(doc, (offset) => counter.linePos(offset).line, rel);
  if (tagged.length > 0) return tagged;
  if (doc.contents === null) return [];
  if (!isMap(doc.contents)) {
    return [
      { file: rel, line: 1, message: 'the phrase table is not a list of `from: to` lines', fix: fixFormat },
    ];
  }
  const problems: Problem[] = [];
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    const value = isScalar(pair.value) ? pair.value.value : undefined;
    const at = (isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? 0;
    const line = counter.linePos(at).line;
    if (typeof key !== 'string' || typeof value !== 'string' || key === '' || value === '') {
      problems.push({
        file: rel,
        line,
        message: `the entry "${String(key)}" is not Chinese text on both sides`,
        fix: fixFormat,
      });
      continue;
    }
    // eslint-disable-next-line no-control-regex -- every ASCII character, controls included
    const ascii = /[\u0000-\u007f]/.exec(key + value);
    const invisible = notPlainText(key + value);
    if (ascii || invisible) {
      problems.push({
        file: rel,
        line,
        message: ascii
          ? `the entry "${key}: ${value}" holds the character "${ascii[0]}" (${codePoint(ascii[0])}); the table rewrites the page's HTML, so it takes Chinese text only`
          : `the entry "${key}: ${value}" ${invisible}`,
        fix: 'write only the Chinese phrase on each side (no Latin letters, digits, spaces or < > & " \').',
      });
    }
  }
  return problems;
}
