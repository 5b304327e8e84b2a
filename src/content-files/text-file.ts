import fs from 'node:fs';
import { relativeFile, type Problem } from './problems.ts';

/**
 * A content file's text, or a problem saying why there is none an editor can read: not a file,
 * binary data, or an encoding other than UTF-8 (a Chinese file saved as GBK or Big5).
 */
export function readText(file: string, problems: Problem[], what: string): string | undefined {
  const rel = relativeFile(file);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    problems.push({
      file: rel,
      message: `${what} cannot be read (${code === 'EISDIR' ? 'it is a folder' : (code ?? String(e))})`,
      fix:
        code === 'EISDIR'
          ? 'replace the folder with the file of that name.'
          : 'check that it is a readable file.',
    });
    return undefined;
  }
  if (bytes.includes(0)) {
    problems.push({
      file: rel,
      line: 1,
      message: `${what} is not a text file (it holds binary data)`,
      fix: 'replace it with the text it should hold, saved as UTF-8 text; the same file of another year shows the form.',
    });
    return undefined;
  }
  try {
    // Strips a byte-order mark, which would otherwise hide the first key or the opening ---.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    problems.push({
      file: rel,
      line: 1,
      message: `${what} is not saved as UTF-8 text (perhaps GBK or Big5)`,
      fix: 'open it in a text editor and save it with the encoding UTF-8, then run the check again.',
    });
    return undefined;
  }
}

/** The 1-based line of a top-level `key:` in a text, when it has one. */
export function lineOfKey(text: string, key: string): number | undefined {
  const i = text.split('\n').findIndex((l) => l.startsWith(`${key}:`));
  return i >= 0 ? i + 1 : undefined;
}
