/**
 * Synthetic archives for the scale measurement (`--years`; tool, writes only to a temp folder):
 * the real 2024 review plus clearly marked copies for earlier years.
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * A synthetic archive of `n` years in `tmp`: the real 2024 review plus n−1 clearly marked copies
 * for earlier years, with years shifted and every one-decimal percentage changed (never content/
 * or dist/). Copies carry no charts (their figures are not checked data).
 */
export function syntheticContent(n: number, tmp: string, root = process.cwd()): string {
  const dir = path.join(tmp, `content-${n}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(root, 'content'), dir, { recursive: true });
  const src = path.join(dir, 'reviews', '2024');
  for (let i = 1; i < n; i++) copyYear(src, path.join(dir, 'reviews', String(2024 - i)), i);
  return dir;
}

/** The review in `src` as the review `back` years earlier, marked synthetic, into `dst`. */
function copyYear(src: string, dst: string, back: number): void {
  fs.mkdirSync(dst);
  const shift = (text: string) =>
    text
      .replace(/\b(20[0-3]\d)\b/g, (y) => String(Number(y) - back))
      .replace(
        /(\d+)\.(\d)%/g,
        (_, a: string, b: string) => `${((Number(`${a}.${b}`) * 10 + back) / 10).toFixed(1)}%`,
      );
  for (const ed of ['zh-hans', 'en']) {
    fs.mkdirSync(path.join(dst, ed));
    for (const f of fs.readdirSync(path.join(src, ed))) {
      const text = fs.readFileSync(path.join(src, ed, f), 'utf8').replace(/\n<Chart id="[^"]+" \/>\n/g, '');
      fs.writeFileSync(path.join(dst, ed, f), shift(text));
    }
  }
  const meta = shift(fs.readFileSync(path.join(src, 'review.yml'), 'utf8'))
    .replace(/^(\s+zh-hans: )(.*年度回眸)$/m, '$1【合成测试数据】$2')
    .replace(/^(\s+en: )'(Safe Nantong: .*)'$/m, "$1'[SYNTHETIC] $2'");
  fs.writeFileSync(path.join(dst, 'review.yml'), meta);
}
