import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkContent } from '../../src/content-check/load.ts';
import { sectionModel } from '../../src/reviews/section-model.ts';
import { importArticle, type ImportResult } from '../../tools/import/import.ts';
import { canonical, classifyLine } from '../../tools/import/lines.ts';
import { labelFrom } from '../../tools/import/prefill.ts';
import { repeats } from '../../tools/import/repeats.ts';
import { REAL_CONTENT } from '../helpers/content.ts';
import { encodeGb18030, fillTodos } from './helpers.ts';
import { ARTICLE, CARRIER, repostHtml, repostText } from './reposts.ts';

/**
 * `npm run import` on what is really out there (issue 23): a 2019 review as an aggregator carries
 * it years later (tests/import/reposts.ts), as text and as HTML, in UTF-8 and GB18030, whole and
 * as two pages. None of its traps is taken for a fact: not the carrier's date, name or footer,
 * not the summary printed twice, not an image file name, caption or pager, not a date, a session
 * or a rank for a figure.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) fs.rmSync(t, { recursive: true, force: true });
});
function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pingan-repost-${prefix}-`));
  temps.push(dir);
  return dir;
}
function content(): string {
  const root = path.join(tempDir('content'), 'content');
  fs.cpSync(REAL_CONTENT, root, { recursive: true });
  return root;
}
function inputFile(name: string, data: string | Buffer): string {
  const file = path.join(tempDir('input'), name);
  fs.writeFileSync(file, data);
  return file;
}

interface Section {
  id: string;
  fm: Record<string, string>;
  paragraphs: string[];
}
function sections(dir: string): Section[] {
  const ids = (parseYaml(fs.readFileSync(path.join(dir, 'review.yml'), 'utf8')) as { sections: string[] })
    .sections;
  return ids.map((id) => {
    const text = fs.readFileSync(path.join(dir, 'zh-hans', `${id}.mdx`), 'utf8');
    const m = /^---\n([\s\S]*?)\n---\n/.exec(text) as RegExpExecArray;
    const paragraphs = sectionModel(text, id).paragraphs.map((p) => p.text);
    return { id, fm: parseYaml(m[1] ?? '') as Record<string, string>, paragraphs };
  });
}

interface Stats {
  stats: { id: string; value: number; quote: string; label: Record<string, string> }[];
  not_charted: { section: string; quote: string; reason: string }[];
}

/** Everything the bar asks of an imported repost. */
function expectNoTrapTaken(result: ImportResult, html: boolean): void {
  expect(result.year).toBe(2019);
  const dir = result.dir;
  const review = fs.readFileSync(path.join(dir, 'review.yml'), 'utf8');
  const all = sections(dir);
  const text = all.flatMap((s) => [s.fm['title'] ?? '', s.fm['kicker'] ?? '', ...s.paragraphs]).join('\n');

  // Carrier vs original: the page's date and name are doubted, said, and not written.
  expect(review).toMatch(/^published: TODO$/m);
  expect(review).not.toMatch(/^published: .*2023/m);
  expect(review).toMatch(
    /# Doubted, not written: the page states 2023-05-20 .*repost.*4 years after the 2019/,
  );
  expect(review).toMatch(/^ {2}source: \{ zh-hans: TODO \}$/m);
  expect(review).toMatch(/# source doubted, not written: the page names 法律常识 .*not a paper's name/);
  expect(review).not.toContain('原文版权归法律常识');
  expect(review).toMatch(/- role: \{ zh-hans: 特约记者 \}\n {4}name: \{ zh-hans: 陈立 \}/);
  expect(result.summary.doubted.map((d) => d.field)).toEqual(
    expect.arrayContaining(['published', 'credit.source']),
  );

  // Every paragraph once: the summary above the text is merged into the first paragraph.
  const body = [ARTICLE.first, ARTICLE.lede2, ...ARTICLE.s1, ...ARTICLE.s2, ARTICLE.closing].map((p) =>
    p.replace('成果:', '成果：'),
  );
  const paragraphs = all.flatMap((s) => s.paragraphs);
  expect(paragraphs).toEqual(body);
  expect(result.summary.merged.map((m) => m.text)).toContain(CARRIER.summary);

  // No furniture in the text: image name, caption, font size, pager, editor, carrier's dateline.
  for (const f of [
    CARRIER.image,
    CARRIER.caption,
    '字号',
    '下一页',
    '第1页',
    '责任编辑',
    '法律常识',
    '12:19',
  ])
    expect(text, f).not.toContain(f);
  const dropped = result.summary.dropped.map((d) => `[${d.why}] ${d.text}`).join('\n');
  expect(dropped).toContain(`[an image file name] ${CARRIER.image}`);
  expect(dropped).toContain(`[an image caption] ${CARRIER.caption}`);
  if (html) {
    expect(dropped).toContain(`[an image caption] ${CARRIER.bareCaption}`);
    expect(dropped).toContain(`[an image caption] ${CARRIER.figcaption}`);
  }

  // Headings whole: label and heading one section; the space between a heading's parts kept.
  const [, first, second] = all;
  expect(first?.fm).toMatchObject({ nav: '统筹力度', title: '统筹力度', kicker: '“大平安”体系再完善' });
  expect(second?.fm).toMatchObject({ nav: '“防”为先', title: '“防”为先 压实源头防控' });
  expect(all.map((s) => s.id)).toEqual(['lede', 'TODO-section-2', 'TODO-section-3', 'outlook']);

  // Punctuation one way: the colon after Chinese is full-width, like the commas.
  expect(text).toContain('数据印证成果：2019年');

  // Figures: no anniversary, session, ordinal, rank or date is a candidate; a repeat is one.
  const stats = parseYaml(fs.readFileSync(path.join(dir, 'stats.yml'), 'utf8')) as Stats;
  expect(stats.stats.map((s) => s.value).sort((a, b) => a - b)).toEqual([
    8.5, 12.4, 98.79, 460, 580, 1200, 2300, 8600, 31000,
  ]);
  for (const s of stats.stats) expect(s.quote).not.toMatch(/周年|届|第|\d+月|\d{4}年|\d+:\d+/);
  const reason = (q: RegExp) => stats.not_charted.find((n) => q.test(n.quote))?.reason;
  expect(reason(/70周年/)).toBe('an anniversary (70周年), not a quantity');
  expect(reason(/十九届/)).toBe('a session number (十九届四中全会), part of a name, not a quantity');
  expect(reason(/全省第一/)).toBe('a rank (第一), not a quantity');
  expect(reason(/第二次/)).toBe('a session number (第二次全会), part of a name, not a quantity');
  expect(reason(/第三年/)).toBe('an ordinal (第三), not a quantity');
  expect(reason(/^11月/)).toBe('date');
  expect(reason(/460起的经验/)).toMatch(/^the same figure again in its paragraph/);
  for (const n of stats.not_charted) expect(n.reason, n.quote).not.toBe('TODO');

  // Pre-filled: labels from the quotes, ids where the 2024 review named the same figure.
  const byValue = (v: number) => stats.stats.find((s) => s.value === v);
  expect(byValue(12.4)).toMatchObject({ id: 'crime-cases', label: { 'zh-hans': '刑事案件发案数' } });
  expect(byValue(460)).toMatchObject({ id: 'fraud-cases', label: { 'zh-hans': '破获的电信诈骗案件' } });
  expect(byValue(98.79)?.label['zh-hans']).toBe('群众安全感');
  // A candidate chart of one figure can only be a numbers block: its form and why are written.
  const charts = (
    parseYaml(fs.readFileSync(path.join(dir, 'stats.yml'), 'utf8')) as {
      charts: { stats: string[]; form: string; why: string; title?: unknown }[];
    }
  ).charts;
  for (const c of charts.filter((x) => x.stats.length === 1)) {
    expect(c).toMatchObject({ form: 'numbers', why: expect.stringMatching(/^one figure/) });
    expect(c.title).toBeUndefined();
  }
  expect(charts.some((c) => c.stats.length > 1 && c.form === 'TODO')).toBe(true);
}

describe('a repost of a 2019 review, as an aggregator carries it', () => {
  const cases: [string, () => string | string[]][] = [
    ['as text, UTF-8', () => inputFile('repost.txt', repostText())],
    ['as text, GB18030', () => inputFile('repost-gb.txt', encodeGb18030(repostText()))],
    ['as an HTML page, UTF-8', () => inputFile('repost.html', repostHtml())],
    [
      'as an HTML page, GBK (declared)',
      () => inputFile('repost-gbk.html', encodeGb18030(repostHtml('whole', 'gbk'))),
    ],
    [
      'as two HTML pages, given as two files',
      () => [inputFile('page1.html', repostHtml(1)), inputFile('page2.html', repostHtml(2))],
    ],
    [
      'as two GB18030 HTML pages',
      () => [
        inputFile('p1.html', encodeGb18030(repostHtml(1, 'gb18030'))),
        inputFile('p2.html', encodeGb18030(repostHtml(2, 'gb18030'))),
      ],
    ],
  ];
  for (const [what, make] of cases) {
    test(`${what}: every paragraph once, headings whole, no carrier date, name, image or date taken for the article's.`, () => {
      const result = importArticle({ file: make(), root: content() });
      expectNoTrapTaken(result, /HTML/.test(what));
    });
  }

  test('Two pages: the second page’s headline is reported as merged, its pager as dropped.', () => {
    const result = importArticle({
      file: [inputFile('page1.html', repostHtml(1)), inputFile('page2.html', repostHtml(2))],
      root: content(),
    });
    expect(result.summary.merged.map((m) => m.text)).toContain(`${ARTICLE.title}（2）`);
    expect(result.summary.dropped.map((d) => d.text)).toEqual(
      expect.arrayContaining(['第1页 共2页 下一页', '第2页 共2页 上一页']),
    );
  });

  test('The text’s pager, font-size control and editor credit are dropped as such.', () => {
    const result = importArticle({ file: inputFile('repost.txt', repostText()), root: content() });
    expect(result.summary.dropped).toEqual(
      expect.arrayContaining([
        { text: CARRIER.pages, why: 'page numbers and links' },
        { text: CARRIER.fontSize, why: 'a page control' },
        { text: CARRIER.editor, why: "the page's editor credit" },
      ]),
    );
  });

  test('Settled by an editor, the imported year passes the content check.', () => {
    const root = content();
    const result = importArticle({ file: inputFile('repost.txt', repostText()), root });
    const before = checkContent(root).problems;
    for (const p of before) expect(p.message, `${p.file}:${p.line}`).toMatch(/not yet written/);
    fillTodos(result.dir, { published: '2020-01' });
    const review = path.join(result.dir, 'review.yml');
    fs.writeFileSync(
      review,
      fs
        .readFileSync(review, 'utf8')
        .replace('source: { zh-hans: TODO }', 'source: { zh-hans: 南通日报 }')
        .replace(/copyright:\n {4}zh-hans: TODO/, 'copyright:\n    zh-hans: 原文版权归南通日报社所有。'),
    );
    expect(checkContent(root).problems).toEqual([]);
  });

  test('The command takes the pages as several files and ends by saying what it doubted, merged and dropped.', () => {
    const root = content();
    const run = spawnSync(
      process.execPath,
      ['tools/import/cli.ts', inputFile('page1.html', repostHtml(1)), inputFile('page2.html', repostHtml(2))],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: root } },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Imported \S*page1\.html \+ \S*page2\.html into/);
    expect(run.stdout).toMatch(
      /\nDoubted: 3 claims of the page, not written[^\n]*because it reads as a repost: its date 2023-05-20 is 4 years after the 2019 it reviews[^\n]*\n {2}published: the page says 2023-05-20/,
    );
    expect(run.stdout).toMatch(/ {2}credit\.copyright: the page says 法律常识网/);
    expect(run.stdout).toMatch(/ {2}credit\.source: the page says 法律常识/);
    expect(run.stdout).toMatch(/\nMerged \(printed more than once, imported once\): 2 lines[\s\S]*摘要：/);
    expect(run.stdout).toMatch(
      /\nDropped \(not article text\): \d+ lines[\s\S]*\[an image file name\] W020220331591380941466\.jpg/,
    );
  });
});

describe('other carriers’ furniture and numbers', () => {
  test('Another aggregator’s dateline, font control, pager, disclaimer, link, photo credit and image names are dropped; a day, a time and a session are no figures.', () => {
    const text = [
      '2019年全市政法工作回眸（测试样例）_平安法治网',
      '发布时间：2022-11-03 来源：平安法治网作者：佚名 浏览：236次',
      '作者：佚名',
      '【字体：大 中 小】',
      ARTICLE.byline,
      ARTICLE.first,
      '11日凌晨3时许，市公安局接警后迅速出警，当场抓获犯罪嫌疑人2名，追回被盗电动车15辆。',
      'W020191211402761578235.jpg W020191211402761578236.png',
      '（记者 周晓明 摄）',
      ARTICLE.heading2,
      ...ARTICLE.s2,
      ARTICLE.closing,
      '[1] [2] [下一页]',
      '声明：本站部分文章来源于网络，如有侵权请联系删除。',
      '本文链接：http://example.org/flcs/2022/1103/12345.html',
    ].join('\n');
    const result = importArticle({ file: inputFile('other.txt', text), root: content() });
    expect(Object.fromEntries(result.summary.dropped.map((d) => [d.text, d.why]))).toMatchObject({
      '【字体：大 中 小】': 'a page control',
      'W020191211402761578235.jpg W020191211402761578236.png': 'an image file name',
      '（记者 周晓明 摄）': 'an image caption',
      '[1] [2] [下一页]': 'page numbers and links',
      '声明：本站部分文章来源于网络，如有侵权请联系删除。': "the carrier's disclaimer",
      '本文链接：http://example.org/flcs/2022/1103/12345.html': 'a link',
      '作者：佚名': "the carrier's field line",
      平安法治网: "the carrier's name after the headline",
    });
    expect(fs.readFileSync(path.join(result.dir, 'review.yml'), 'utf8')).toMatch(
      /^ {2}zh-hans: 2019年全市政法工作回眸（测试样例）$/m,
    );
    expect(result.summary.doubted.map((d) => [d.field, d.claim.split(' ')[0]])).toEqual([
      ['published', '2022-11-03'],
      ['credit.source', '平安法治网'],
    ]);
    const stats = parseYaml(fs.readFileSync(path.join(result.dir, 'stats.yml'), 'utf8')) as Stats;
    expect(stats.stats.map((s) => s.value)).not.toContain(11);
    expect(stats.stats.map((s) => s.value)).not.toContain(3);
    expect(stats.stats.map((s) => s.value)).toEqual(expect.arrayContaining([2, 15]));
    const reasons = stats.not_charted.map((n) => n.reason);
    expect(reasons).toEqual(expect.arrayContaining(['date', 'a time of day (3时许), not a quantity']));
  });
});

describe('what is not a repost stays as the page says', () => {
  test('A page dated the year after its review, with a paper as source, is the original: its date and source are written.', () => {
    const text = repostText()
      .replace(CARRIER.dateline, '2020-01-08 08:30 来源：南通日报')
      .replace(`${CARRIER.summary}\n`, '');
    const result = importArticle({ file: inputFile('original.txt', text), root: content() });
    const review = fs.readFileSync(path.join(result.dir, 'review.yml'), 'utf8');
    expect(review).toMatch(/^published: 2020-01-08$/m);
    expect(review).toMatch(/^ {2}source: \{ zh-hans: 南通日报 \}$/m);
    expect(result.summary.doubted).toEqual([]);
    expect(result.summary.merged).toEqual([]);
  });

  test('A repost’s date is bounded from its own text, never taken from the carrier.', () => {
    const text = repostText()
      .replace(ARTICLE.lede2, ARTICLE.lede2.replace('这一年', '去年'))
      .replace(ARTICLE.closing, `今年1月10日，市委政法委召开了全市政法工作会议。${ARTICLE.closing}`);
    const result = importArticle({ file: inputFile('bounded.txt', text), root: content() });
    const review = fs.readFileSync(path.join(result.dir, 'review.yml'), 'utf8');
    expect(review).toMatch(/^published: 2020 \(on or after 2020-01-10\)$/m);
    expect(review).toMatch(/# Doubted, not written: the page states 2023-05-20 /);
  });

  test('A site for a source is a repost’s sign by itself, even dated the year after and with no byline.', () => {
    const text = repostText()
      .replace(CARRIER.dateline, '2020-02-01 09:00 来源：平安法治网')
      .replace(`${ARTICLE.byline}\n`, '');
    const result = importArticle({ file: inputFile('site.txt', text), root: content() });
    expect(result.summary.doubted.map((d) => d.field)).toEqual(['published', 'credit.source']);
    expect(result.summary.doubted[0]?.repost).toBe(
      "its source 平安法治网 is a web site's name, not a paper's",
    );
  });

  test('A summary is merged only when it repeats the paragraph; a lead that differs stays.', () => {
    expect(repeats(CARRIER.summary, ARTICLE.first)).toBe(true);
    // Labelled or cut short, a summary may give only the paragraph's first sentence.
    expect(repeats('摘要：2019年是新中国成立70周年…', ARTICLE.first)).toBe(true);
    expect(repeats('2019年是新中国成立70周年。', ARTICLE.first)).toBe(false);
    expect(repeats(ARTICLE.first, ARTICLE.first.replace('580处', '580余处'))).toBe(true);
    expect(repeats(ARTICLE.lede2, ARTICLE.first)).toBe(false);
    expect(repeats('法治，城市之基。', '法治，城市之本。')).toBe(false);
  });

  test('Punctuation one way: , ; : ! ? after Chinese set full-width; a time, an address and Latin text keep theirs.', () => {
    expect(canonical('数据印证成果:2019年,全市;成效明显!还有吗?')).toBe(
      '数据印证成果：2019年，全市；成效明显！还有吗？',
    );
    expect(canonical('时间:2023-05-20 12:19:56')).toBe('时间：2023-05-20 12:19:56');
    expect(canonical('本文链接：http://example.org/a.html')).toBe('本文链接：http://example.org/a.html');
  });

  test('A pager is furniture in every form a CMS prints it; a line of text with a page in it is not.', () => {
    const why = (line: string) => {
      const kind = classifyLine(canonical(line));
      return kind?.kind === 'furniture' ? kind.why : undefined;
    };
    for (const pager of [
      '第1页 共2页 下一页',
      '[1] [2] [下一页]',
      '首页上一页12下一页尾页',
      '<< 上一页 1 2 下一页 >>',
      '共2页: 1 2',
      '1',
    ])
      expect(why(pager), pager).toMatch(/^(page numbers and links|a page control)$/);
    expect(why('全市政法系统翻开了平安建设新的一页。')).toBeUndefined();
  });

  test('Labels come from the quoted phrase, never with a digit; a quote without words gives none.', () => {
    expect(labelFrom('全市刑事案件发案数下降12.4%')).toBe('刑事案件发案数');
    expect(labelFrom('服务满意度达99.7%')).toBe('服务满意度');
    expect(labelFrom('抓获境外回流人员1000余名')).toBe('抓获的境外回流人员');
    expect(labelFrom('100家“家门口式”网格服务驿站建成')).toBe('“家门口式”网格服务驿站');
    expect(labelFrom('46起')).toBeUndefined();
  });
});
