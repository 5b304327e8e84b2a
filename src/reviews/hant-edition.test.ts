import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { sectionModel } from './section-model.ts';
import { hantSource, loadPhraseTable, toHans, toHant, withHant } from '../i18n/hant.ts';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-phrases-'));
afterAll(() => fs.rmSync(tempDir, { recursive: true, force: true }));

function tempTable(name: string, text: string): string {
  const file = path.join(tempDir, name);
  fs.writeFileSync(file, text);
  return file;
}

describe('toHant', () => {
  test('It converts words to Taiwan-standard Traditional: 联系 → 聯繫, 最后 → 最後, 干警 → 幹警.', () => {
    expect(toHant('联系')).toBe('聯繫');
    expect(toHant('最后')).toBe('最後');
    expect(toHant('干警')).toBe('幹警');
    expect(toHant('全市政法干警深学习')).toBe('全市政法幹警深學習');
  });

  test('The reviewed phrase table applies: 海安家具 stays 海安家具 and 紧抓快干 becomes 緊抓快幹.', () => {
    expect(toHant('海安家具快维中心')).toBe('海安家具快維中心');
    expect(toHant('干字当头，紧抓快干，实干争先')).toBe('幹字當頭，緊抓快幹，實幹爭先');
    expect(toHant('境外回流人员')).toBe('境外回流人員');
    // The source's vocabulary stays: 網絡, not Taiwan's 網路 (only characters are Taiwan's).
    expect(toHant('强化电信网络诈骗打击整治')).toBe('強化電信網絡詐騙打擊整治');
    expect(toHant('知识产权司法保护布局')).toBe('知識產權司法保護布局');
  });

  test('Quotation marks are Taiwan’s: “” becomes 「」 and ‘’ nested inside becomes 『』, and back.', () => {
    expect(toHant('“平安南通”')).toBe('「平安南通」');
    expect(toHant('“他说‘无诈’创建”')).toBe('「他說『無詐』創建」');
    expect(toHans('「他說『無詐』創建」')).toBe('“他说‘无诈’创建”');
    // Markup uses ASCII quotes, so HTML converts safely.
    expect(toHant('<p class="x">“网格”</p>')).toBe('<p class="x">「網格」</p>');
  });

  test('Every entry of the real phrase table is a correction OpenCC alone would not make.', () => {
    const table = loadPhraseTable(path.join(CONTENT, 'zh-hant-phrases.yml'));
    expect(Object.keys(table).length).toBeGreaterThan(0);
    for (const [wrong, right] of Object.entries(table)) {
      expect(wrong, `${wrong} → ${right}`).not.toBe(right);
      expect(toHant(toHans(wrong)), `${wrong} should be corrected to ${right}`).toBe(right);
    }
  });
});

describe('loadPhraseTable', () => {
  test('It reads a map of OpenCC output to the correct form.', () => {
    const file = tempTable('ok.yml', '# comment\n海安傢俱: 海安家具\n緊抓快乾: 緊抓快幹\n');
    expect(loadPhraseTable(file)).toEqual({ 海安傢俱: '海安家具', 緊抓快乾: '緊抓快幹' });
  });

  test('An empty file is an empty table.', () => {
    expect(loadPhraseTable(tempTable('empty.yml', '# nothing yet\n'))).toEqual({});
  });

  test('A non-string value throws a message naming the file, the line and the entry.', () => {
    const file = tempTable('number.yml', '海安傢俱: 海安家具\n緊抓快乾: 42\n');
    expect(() => loadPhraseTable(file)).toThrow(
      /number\.yml:2 — the entry "緊抓快乾" is not Chinese text on both sides/,
    );
  });

  test('An empty value throws a message naming the file and the entry.', () => {
    const file = tempTable('blank.yml', '緊抓快乾: ""\n');
    expect(() => loadPhraseTable(file)).toThrow(/blank\.yml:1 — the entry "緊抓快乾" is not Chinese text/);
  });

  test('A list instead of a map throws a message naming the file.', () => {
    const file = tempTable('list.yml', '- 海安傢俱\n- 海安家具\n');
    expect(() => loadPhraseTable(file)).toThrow(
      /list\.yml:1 — the phrase table is not a list of `from: to` lines/,
    );
  });

  // Checked when loaded, not only by the content check: a build with the check off applies the
  // table to every zh-hant page (issue 21: a <meta http-equiv="refresh"> value was published).
  test.each([
    [
      'markup',
      '迴流人員: "回流人員<meta http-equiv=refresh content=0;url=https://evil.example/>"',
      /holds the character "<"/,
    ],
    ['a right-to-left override', '迴流人員: "回流\u202e人員"', /invisible character U\+202E/],
    ['a zero-width space', '迴流人員: "回流\u200b人員"', /invisible character U\+200B/],
    ['an isolate', '迴流人員: "\u2067回流人員"', /invisible character U\+2067/],
    ['a left-to-right mark', '迴流人員: "回流人員\u200e"', /invisible character U\+200E/],
  ])('%s in an entry is refused when the table is loaded, with file and line', (_name, line, message) => {
    const file = tempTable('hostile.yml', `海安傢俱: 海安家具\n${line}\n`);
    expect(() => loadPhraseTable(file)).toThrow(message);
    expect(() => loadPhraseTable(file)).toThrow(/hostile\.yml:2 — /);
  });
});

describe('the zh-hant edition made from zh-hans', () => {
  test('An MDX source converts its text, frontmatter and Chinese attribute values; ids, names and markup stay as written.', () => {
    const mdx = [
      '---',
      'nav: 政治引领',
      'kicker: “政法姓党”',
      '---',
      '',
      '全市政法干警深学习，<Term id="safe-nantong" note="联系">平安南通</Term>。',
      '',
      '<Chart id="sentence-range" />',
      '',
    ].join('\n');
    expect(hantSource(mdx, 'lede.mdx')).toBe(
      [
        '---',
        'nav: 政治引領',
        'kicker: 「政法姓黨」',
        '---',
        '',
        '全市政法幹警深學習，<Term id="safe-nantong" note="聯繫">平安南通</Term>。',
        '',
        '<Chart id="sentence-range" />',
        '',
      ].join('\n'),
    );
  });

  test('Text given per edition gains its zh-hant text, the others as written.', () => {
    expect(withHant({ 'zh-hans': '“最后一米”', en: 'the last metre' })).toEqual({
      'zh-hans': '“最后一米”',
      en: 'the last metre',
      'zh-hant': '「最後一米」',
    });
  });
});

describe('toHans', () => {
  test('A paragraph of the real zh-hans lede round-trips through toHant and toHans.', () => {
    const source = fs.readFileSync(path.join(CONTENT, 'reviews/2024/zh-hans/lede.mdx'), 'utf8');
    const { paragraphs } = sectionModel(source, 'lede');
    expect(paragraphs.length).toBe(5);
    const second = paragraphs[1]?.text ?? '';
    expect(second).toContain('联系服务群众的“最后一米”');
    const hant = toHant(second);
    expect(hant).toContain('聯繫服務群眾的「最後一米」');
    expect(toHans(hant)).toBe(second);
    for (const p of paragraphs) expect(toHans(toHant(p.text))).toBe(p.text);
  });
});

describe('the zh-hans text nests quotation marks the way the 「」 mapping needs', () => {
  test('Every zh-hans text nests ‘’ inside “”, never “” inside “”, so “” → 「」 and ‘’ → 『』 map exactly.', () => {
    const files = fs
      .readdirSync(path.join(CONTENT, 'reviews'), { recursive: true, encoding: 'utf8' })
      .filter((f) => /zh-hans\/.*\.mdx$|\.yml$/.test(f))
      .map((f) => path.join(CONTENT, 'reviews', f));
    expect(files.length).toBeGreaterThan(5);
    const wrong: string[] = [];
    for (const file of files) {
      // YAML holds English too: look only at lines with Chinese.
      const lines = fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => /\p{Script=Han}/u.test(l));
      for (const line of lines) {
        let depth = 0;
        for (const ch of line) {
          if (ch === '“') depth += 1;
          if (ch === '”') depth -= 1;
          if (depth > 1 || ((ch === '‘' || ch === '’') && depth === 0 && !file.endsWith('.yml'))) {
            wrong.push(`${path.relative(CONTENT, file)}: ${line.trim().slice(0, 60)}`);
            break;
          }
        }
      }
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
  });
});
