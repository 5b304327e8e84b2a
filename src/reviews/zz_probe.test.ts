import { test } from 'vitest';
import fs from 'node:fs'; import os from 'node:os'; import path from 'node:path';
import { checkContent } from './load.ts';
function copy() { const d = fs.mkdtempSync(path.join(os.tmpdir(), 'probe-')); fs.cpSync('content', d, { recursive: true }); return d; }
function run(name: string, mut: (root: string, meta: string) => void) {
  const root = copy(); const meta = path.join(root, 'reviews/2024/review.yml');
  mut(root, meta);
  console.log('## ' + name + '\n' + JSON.stringify(checkContent(root).problems, null, 1));
  fs.rmSync(root, { recursive: true });
}
const lines = (f: string, fn: (l: string[]) => void) => { const l = fs.readFileSync(f, 'utf8').split('\n'); fn(l); fs.writeFileSync(f, l.join('\n')); };
test('probe', () => {
  run('dedent', (r, m) => lines(m, (l) => { l[12] = " en: 'Safe Nantong: the 2024 review'"; }));
  run('tab', (r, m) => lines(m, (l) => { l[12] = "\ten: 'Safe Nantong: the 2024 review'"; }));
  run('dup key', (r, m) => lines(m, (l) => { l.splice(8, 0, 'published: 2025-02'); }));
});
