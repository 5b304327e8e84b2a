import fs from 'node:fs';
import type { AstroIntegration } from 'astro';
import { mdxSafetyProblems } from '../reviews/mdx-safety.ts';
import { ContentError, relativeFile } from '../content-check/problems.ts';

/**
 * The build's own guard that content is data: every `.mdx` file Vite is asked to load is parsed
 * and checked against the safe subset (src/reviews/mdx-safety.ts) BEFORE the MDX compiler turns
 * it into a module, and long before any module is evaluated. The content check runs the same
 * rules first; this guard holds for any file that reaches the bundler some other way.
 *
 * It reads the file from disk (not the code handed to the hook), so it sees what the editor wrote
 * whatever plugin order Vite settles on.
 */
export default function mdxSafety(): AstroIntegration {
  return {
    name: 'pingan:mdx-safety',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'pingan:mdx-safety',
                enforce: 'pre',
                load: {
                  order: 'pre',
                  handler(id: string) {
                    checkMdxFile(id);
                    return null;
                  },
                },
                transform: {
                  order: 'pre',
                  handler(_code: string, id: string) {
                    checkMdxFile(id);
                    return null;
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}

/**
 * Files that passed, with the modification time they passed at: both hooks (and each `?query`
 * variant of an id) ask about the same file, which is parsed once unless it changes.
 */
const passed = new Map<string, number>();

/** Throws a ContentError (file, line, fix) when `id` is an MDX file outside the safe subset. */
function checkMdxFile(id: string): void {
  const file = id.split('?')[0] ?? id;
  if (!file.endsWith('.mdx')) return;
  const mtime = fs.statSync(file).mtimeMs;
  if (passed.get(file) === mtime) return;
  const source = fs.readFileSync(file, 'utf8');
  const problems = mdxSafetyProblems(source).map((p) => ({ file: relativeFile(file), ...p }));
  if (problems.length > 0) throw new ContentError(problems);
  passed.set(file, mtime);
}
