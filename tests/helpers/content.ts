import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

/** The real content folder, which tests copy and never change. */
export const REAL_CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

/**
 * Fresh copies of the real content folder for tests to break freely, removed after each test.
 * Call once at the top of a test file: `const { copyContent, yearFile } = contentCopies('load')`.
 */
export function contentCopies(prefix: string): {
  copyContent: () => string;
  yearFile: (root: string, ...parts: string[]) => string;
} {
  const roots: string[] = [];
  afterEach(() => {
    for (const dir of roots.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  return {
    copyContent() {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), `pingan-${prefix}-`));
      roots.push(root);
      fs.cpSync(REAL_CONTENT, root, { recursive: true });
      return root;
    },
    yearFile: (root, ...parts) => path.join(root, 'reviews', '2024', ...parts),
  };
}
