import fs from 'node:fs';
import path from 'node:path';

/**
 * Test helpers for `npm run import`: an encoder for GB18030 (Node decodes it natively but has
 * no encoder), and the editor's part done by a script: every TODO of an imported year filled in.
 */

let table: Map<string, number[]> | undefined;

/**
 * The GB18030 bytes of a text, found by running Node's own decoder over every two-byte code:
 * the test then checks the import reads back what the platform wrote. Characters outside GBK
 * (the two-byte part) are not needed by our texts, so they throw.
 */
export function encodeGb18030(text: string): Buffer {
  if (!table) {
    table = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`no two-byte GB18030 code for ${ch}`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}

/**
 * Settles every TODO of an imported year the way an editor would (with test values): names each
 * TODO section, figure and chart, writes labels, titles, takeaways, forms (numbers) and why, reasons, the date and
 * the description. Returns the section ids it named, in order.
 */
export function fillTodos(yearDir: string, values: { published: string; title?: string }): void {
  const review = path.join(yearDir, 'review.yml');
  let meta = fs.readFileSync(review, 'utf8');
  const renames: [string, string][] = [...meta.matchAll(/^ {2}- (TODO-section-(\d+))/gm)].map((m) => [
    m[1] ?? '',
    // Not "section-3": an id ending in -<number> would collide with paragraph anchors (refused).
    `section-${'abcdefghijklmnopqrstuvwxyz'[Number(m[2])] ?? 'z'}`,
  ]);
  for (const [from, to] of renames) {
    meta = meta.replaceAll(from, to);
    fs.renameSync(path.join(yearDir, 'zh-hans', `${from}.mdx`), path.join(yearDir, 'zh-hans', `${to}.mdx`));
  }
  meta = meta
    .replace(/^published: TODO$/m, `published: ${values.published}`)
    .replace(/^title:\n {2}zh-hans: TODO$/m, `title:\n  zh-hans: ${values.title ?? 'TODO'}`)
    .replace(/^description:\n {2}zh-hans: TODO$/m, 'description:\n  zh-hans: 测试样例：导入的年度回眸。');
  fs.writeFileSync(review, meta);

  const rename = (text: string) => {
    let out = text.replace(/TODO-figure-/g, 'figure-').replace(/TODO-chart-/g, 'chart-');
    for (const [from, to] of renames) out = out.replaceAll(from, to);
    return out;
  };
  const stats = path.join(yearDir, 'stats.yml');
  fs.writeFileSync(
    stats,
    rename(fs.readFileSync(stats, 'utf8'))
      // The editor's choice of form: a "by the numbers" list satisfies the chart-form rules for
      // any candidate group (a drawn form needs figures that compare, which a test cannot judge).
      .replace(/^ {4}form: TODO.*$/gm, '    form: numbers')
      .replace(/^ {4}why: TODO.*$/gm, '    why: figures of one paragraph, listed')
      .replace(/\{ zh-hans: TODO, en: TODO \}/g, '{ zh-hans: 测试, en: test }')
      // A label the import derived from its quote keeps its zh-hans words; the English is written.
      .replace(/(label: \{ zh-hans: [^,\n]+), en: TODO \}/g, '$1, en: test }')
      // An owner the import read from the text keeps its Chinese; the editor writes the English.
      .replace(/^( {4}owner: \{ zh-hans: [^,]+), en: TODO \}$/gm, '$1, en: test }')
      .replace(/^ {4}reason: TODO$/gm, '    reason: name'),
  );
  for (const f of fs.readdirSync(path.join(yearDir, 'zh-hans'))) {
    const file = path.join(yearDir, 'zh-hans', f);
    fs.writeFileSync(file, rename(fs.readFileSync(file, 'utf8')).replace(/^nav: TODO$/m, 'nav: 测试'));
  }
}
