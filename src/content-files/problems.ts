import path from 'node:path';

/** One thing wrong in the content, said so an editor can act on it. */
export interface Problem {
  /** Path of the file, relative to the project folder. */
  file: string;
  /** 1-based line in that file, where known. */
  line?: number | undefined;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  fix: string;
}

/** Thrown when content is invalid; its message lists every problem at once. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

export function relativeFile(file: string, cwd = process.cwd()): string {
  return path.relative(cwd, file).split(path.sep).join('/');
}

/** `file:line — message` then `  fix: …`, grouped in file order, with a count first. */
export function formatProblems(problems: Problem[]): string {
  const n = problems.length;
  const lines = [`Content check found ${n} problem${n === 1 ? '' : 's'}:`, ''];
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  for (const p of sorted) {
    lines.push(`${p.file}${p.line ? `:${p.line}` : ''} — ${p.message}`, `    fix: ${p.fix}`, '');
  }
  return lines.join('\n');
}
