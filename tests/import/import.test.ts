import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkContent } from '../../src/content-check/load.ts';
import { sectionModel } from '../../src/reviews/section-model.ts';
import { parsePublished } from '../../src/reviews/date.ts';
import { boundFromText, publishedField } from '../../tools/import/dates.ts';
import { importArticle, type ImportResult } from '../../tools/import/import.ts';
import { REAL_CONTENT } from '../helpers/content.ts';
import { articleHtml, newsPage, SEED, seedParts } from './fixtures.ts';
import { encodeGb18030, fillTodos } from './helpers.ts';

/**
 * `npm run import` on our own source: the seed article, as text, as a news page and in GB18030,
 * must give back today's 2024 review (text, byline, credit, date bound, a candidate for every
 * figure), and every input it cannot use must fail with its message and write nothing.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REAL_2024 = path.join(REAL_CONTENT, 'reviews', '2024');

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) fs.rmSync(t, { recursive: true, force: true });
});
function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pingan-import-${prefix}-`));
  temps.push(dir);
  return dir;
}

/** A copy of content/ without its 2024 year (so that the seed can be imported as 2024). */
function contentWithout2024(): string {
  const root = path.join(tempDir('content'), 'content');
  fs.cpSync(REAL_CONTENT, root, { recursive: true });
  fs.rmSync(path.join(root, 'reviews', '2024'), { recursive: true });
  return root;
}

function inputFile(name: string, data: string | Buffer): string {
  const file = path.join(tempDir('input'), name);
  fs.writeFileSync(file, data);
  return file;
}

/** Frontmatter and reading paragraphs of an MDX section file. */
function section(file: string): { fm: Record<string, string>; paragraphs: string[] } {
  const text = fs.readFileSync(file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) throw new Error(`${file} has no frontmatter`);
  return {
    fm: parseYaml(m[1] ?? '') as Record<string, string>,
    paragraphs: sectionModel(text, path.basename(file, '.mdx')).paragraphs.map((p) => p.text),
  };
}

const yaml = (file: string) => parseYaml(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;

interface Stat {
  id: string;
  section: string;
  value: number;
  low?: number;
  unit: string;
  kind: string;
  direction?: string;
  qualifier?: string;
  quote: string;
}

/** Where each digit run of a quote stands in its section's text (its one occurrence). */
function numberPositions(dir: string, s: Stat): number[] {
  const { fm, paragraphs } = section(path.join(dir, 'zh-hans', `${s.section}.mdx`));
  const text = [fm['title'] ?? '', fm['kicker'] ?? '', ...paragraphs].join('\n');
  const at = text.indexOf(s.quote);
  expect(at, `${s.id}: “${s.quote}” is in ${s.section}`).toBeGreaterThanOrEqual(0);
  return [...s.quote.matchAll(/\d+/g)].map((m) => at + m.index);
}

/** Everything the round trip promises, for one imported 2024 folder. */
function expectSameAs2024(result: ImportResult): void {
  const dir = result.dir;
  const real = yaml(path.join(REAL_2024, 'review.yml'));
  const got = yaml(path.join(dir, 'review.yml'));

  // Sections, in order, each paragraph for paragraph: nav, heading, kicker and body.
  expect(got['sections']).toEqual(real['sections']);
  for (const id of real['sections'] as string[]) {
    const want = section(path.join(REAL_2024, 'zh-hans', `${id}.mdx`));
    const have = section(path.join(dir, 'zh-hans', `${id}.mdx`));
    expect(have.fm, id).toEqual(want.fm);
    expect(have.paragraphs, id).toEqual(want.paragraphs);
  }

  // Byline and credit, as review.yml gives them in zh-hans; editions: zh-hans only.
  const zh = (v: unknown) => (v as Record<string, string>)['zh-hans'];
  const people = (v: unknown) =>
    (v as { role: unknown; name: unknown }[]).map((b) => [zh(b.role), zh(b.name)]);
  expect(people(got['byline'])).toEqual(people(real['byline']));
  const credit = (v: unknown) =>
    Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, zh(x)]));
  expect(credit(got['credit'])).toEqual(credit(real['credit']));
  expect(got['editions']).toEqual(['zh-hans']);

  // The date: bounded by the text (今年1月6日 → on or after 2025-01-06), never made a month or day.
  const reviewText = fs.readFileSync(path.join(dir, 'review.yml'), 'utf8');
  expect(got['published']).toBe('2025 (on or after 2025-01-06)');
  expect(got['published']).toBe(real['published']);
  expect(reviewText).toMatch(
    /# The text bounds it: published in 2025, on or after 2025-01-06 \(.*今年1月6日/,
  );
  expect(String(real['published'])).toMatch(/^2025/);

  // A candidate for every figure of today's stats.yml: same section, value, unit, kind,
  // direction, qualifier and range, at the same place in the text.
  const realStats = (yaml(path.join(REAL_2024, 'stats.yml'))['stats'] as Stat[]) ?? [];
  const candidates = (yaml(path.join(dir, 'stats.yml'))['stats'] as Stat[]) ?? [];
  expect(realStats.length).toBeGreaterThan(30);
  for (const want of realStats) {
    const wantAt = numberPositions(REAL_2024, want);
    const match = candidates.find(
      (c) =>
        c.section === want.section &&
        c.value === want.value &&
        c.low === want.low &&
        c.unit === want.unit &&
        c.kind === want.kind &&
        c.direction === want.direction &&
        c.qualifier === want.qualifier &&
        numberPositions(dir, c).some((p) => wantAt.includes(p)),
    );
    expect(match, `a candidate for ${want.id} (“${want.quote}”)`).toBeDefined();
  }
  // Labels and the chart choice are the editor's.
  for (const c of candidates) expect(c.id).toMatch(/^TODO-figure-\d+$/);

  // The furniture is not body text, and is reported as dropped.
  const body = (real['sections'] as string[])
    .map((id) => fs.readFileSync(path.join(dir, 'zh-hans', `${id}.mdx`), 'utf8'))
    .join('\n');
  for (const footer of ['版权所有', 'ICP', '举报电话', '记者 朱文君', '联系地址'])
    expect(body).not.toContain(footer);
  expect(result.summary.dropped.map((d) => d.text).join('\n')).toMatch(/ICP备[\s\S]*举报电话[\s\S]*联系地址/);
}

describe('importing the seed article', () => {
  test('From its text (naive Traditional, UTF-8): the 2024 review, paragraph for paragraph, with byline, credit, date bound and every figure.', () => {
    const root = contentWithout2024();
    const result = importArticle({ file: path.join(ROOT, 'tests/fixtures/seed-2024.txt'), root });
    expect(result.year).toBe(2024);
    expect(result.dir).toBe(path.join(root, 'reviews', '2024'));
    expectSameAs2024(result);
    // Nothing left behind: no staging folder beside the years.
    expect(fs.readdirSync(path.join(root, 'reviews'))).toEqual(['2024']);
  });

  test('From a news page wrapping it in navigation, related links, share bar, sidebar and footer: the same, and the headline as title.', () => {
    const root = contentWithout2024();
    const { article, footer } = seedParts();
    const page = newsPage([articleHtml(article, '2024年“平安南通”年度回眸')], footer);
    const result = importArticle({ file: inputFile('page.html', page), root });
    expectSameAs2024(result);
    expect(yaml(path.join(result.dir, 'review.yml'))['title']).toEqual({
      'zh-hans': '2024年“平安南通”年度回眸',
    });
    const dropped = result.summary.dropped.map((d) => d.text).join('\n');
    for (const furniture of ['首页', '相关新闻', '责任编辑：李小红', '分享到', '热点新闻', '扫一扫']) {
      expect(dropped, furniture).toContain(furniture);
    }
  });

  test('From a GB18030 copy of the text: the same, read as GB18030.', () => {
    const root = contentWithout2024();
    const bytes = encodeGb18030(SEED);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const result = importArticle({ file: inputFile('seed-gb18030.txt', bytes), root });
    expect(result.summary.found[0]).toMatch(/^encoding: gb18030/);
    expectSameAs2024(result);
  });

  test('From a GBK news page that declares its charset: the same.', () => {
    const root = contentWithout2024();
    const { article, footer } = seedParts();
    const page = newsPage([articleHtml(article, '2024年“平安南通”年度回眸')], footer, 'gbk');
    const result = importArticle({ file: inputFile('page-gbk.html', encodeGb18030(page)), root });
    expect(result.summary.found[0]).toMatch(/^encoding: gbk \(as the page declares/);
    expectSameAs2024(result);
  });

  test('The summary lists every TODO with its file and line, and the content check refuses the year until each is settled.', () => {
    const root = contentWithout2024();
    const result = importArticle({ file: path.join(ROOT, 'tests/fixtures/seed-2024.txt'), root });
    const { uncertain } = result.summary;
    expect(uncertain.length).toBeGreaterThan(50);
    for (const u of uncertain) {
      const line = fs.readFileSync(path.join(ROOT, u.file), 'utf8').split('\n')[u.line - 1];
      expect(line?.trim(), `${u.file}:${u.line}`).toBe(u.text);
      expect(u.text).toContain('TODO');
    }
    // The date is no TODO: the text bounds it, and review.yml says exactly that much.
    expect(uncertain.map((u) => u.text)).not.toContain('published: TODO');
    expect(uncertain.map((u) => u.text)).toContain('zh-hans: TODO');

    // Chinese-numeral figures are accounted for as not_charted entries: a count's reason the
    // editor writes, a rank's the import fills in from its words (issue 23); drawn-or-listed is
    // the editor's choice too (form and why TODO).
    const stats = fs.readFileSync(path.join(result.dir, 'stats.yml'), 'utf8');
    expect(stats).toMatch(/- section: team-building\n {4}quote: [^\n]*六名[^\n]*\n {4}reason: TODO\n/);
    expect(stats).toMatch(
      /- section: lede\n {4}quote: [^\n]*全国第一[^\n]*\n {4}reason: a rank \(第一\), not a quantity\n/,
    );
    expect(stats).toMatch(/^ {4}form: TODO .*\n {4}why: TODO/m);

    const before = checkContent(root).problems;
    expect(before.length).toBeGreaterThan(0);
    for (const p of before) expect(p.message, `${p.file}:${p.line}`).toMatch(/not yet written/);
    fillTodos(result.dir, { published: '2025-01', title: '2024年“平安南通”年度回眸' });
    // Settled, the candidates pass every check of the figures (quotes, values, coverage).
    expect(checkContent(root).problems).toEqual([]);
  });
});

describe('another layout', () => {
  test('A wire-style opening, a dateline with its source, numbered headings and full-width digits are read as such.', () => {
    const root = path.join(tempDir('content'), 'content');
    fs.cpSync(REAL_CONTENT, root, { recursive: true });
    const text = [
      '2022年全市政法工作综述',
      '2023-01-20 08:30:00 来源：南通日报',
      '本报讯（记者 王小明 通讯员 赵刚）2022年，全市刑事案件发案数同比下降１２.５%，建成法治文化阵地３００余个。',
      '一、政治引领，铸牢忠诚警魂',
      '2022年，全市政法机关组织专题学习150场，查处违纪违法干警12人，建成标准化党支部86个。',
      '二、平安建设，守护万家安宁',
      '2022年，全市共化解矛盾纠纷3.2万件，化解率达98.5%，止付冻结涉案资金2.1亿元。',
      '近年来，我市累计建成平安小区1200个。',
      '新的一年，全市政法系统将继续聚焦主责主业，奋力谱写平安南通建设新篇章。',
      '（责任编辑：钱多多）',
    ].join('\n');
    const result = importArticle({ file: inputFile('2022.txt', text), root });
    const meta = fs.readFileSync(path.join(result.dir, 'review.yml'), 'utf8');
    expect(meta).toMatch(/^published: 2023-01-20$/m);
    expect(meta).toMatch(/^ {2}source: \{ zh-hans: 南通日报 \}$/m);
    expect(meta).toMatch(
      /- role: \{ zh-hans: 记者 \}\n {4}name: \{ zh-hans: 王小明 \}\n {2}- role: \{ zh-hans: 通讯员 \}/,
    );
    expect(yaml(path.join(result.dir, 'review.yml'))['sections']).toEqual([
      'lede',
      'political-leadership',
      'TODO-section-3',
      'outlook',
    ]);
    const lede = section(path.join(result.dir, 'zh-hans', 'lede.mdx'));
    expect(lede.paragraphs).toEqual(['2022年，全市刑事案件发案数同比下降12.5%，建成法治文化阵地300余个。']);
    const second = section(path.join(result.dir, 'zh-hans', 'TODO-section-3.mdx'));
    expect(second.fm).toEqual({ nav: '平安建设', title: '二、平安建设，守护万家安宁' });
    expect(second.paragraphs).toHaveLength(2);
    expect(result.summary.dropped.map((d) => d.why)).toEqual([
      'a dateline',
      'the wire-style opening: its byline is in review.yml',
      "the page's editor credit",
    ]);
    fillTodos(result.dir, { published: '2023-01-20', title: '2022年全市政法工作综述' });
    const problems = checkContent(root).problems.filter((p) => p.file.includes('/2022/'));
    expect(problems.map((p) => p.message)).toEqual([
      'review.yml: "credit.copyright.zh-hans" is not yet written (it still says TODO)',
    ]);
  });
});

describe('the date model, in one adapter', () => {
  test('A stated day or month is written as far as it is known; a bound is written as the year with its lower bound, a year alone as the year.', () => {
    expect(publishedField({ known: { year: 2025, month: 1, day: 8, how: 'x' } }).value).toBe('2025-01-08');
    expect(publishedField({ known: { year: 2025, month: 1, how: 'x' } }).value).toBe('2025-01');
    expect(publishedField({ known: { year: 2025, how: 'x' } })).toMatchObject({ value: '2025', todo: false });
    const bound = publishedField({ after: { year: 2025, month: 1, day: 6, quote: '今年1月6日', how: 'y' } });
    expect(bound).toMatchObject({ value: '2025 (on or after 2025-01-06)', todo: false });
    expect(bound.comment.join(' ')).toContain('lower bound, not a date');
    // A bound of a month only (今年1月) is on or after its first day: no day is invented beyond it.
    expect(publishedField({ after: { year: 2025, month: 1, quote: '今年1月', how: 'y' } }).value).toBe(
      '2025 (on or after 2025-01-01)',
    );
    // Every value the adapter writes is one the review.yml schema accepts.
    for (const v of [
      '2025-01-08',
      '2025-01',
      '2025',
      '2025 (on or after 2025-01-06)',
      '2025 (on or after 2025-01-01)',
    ])
      expect(parsePublished(v)).not.toHaveProperty('error');
    expect(publishedField({})).toMatchObject({ value: 'TODO', todo: true });
  });

  test('A stated date earlier than the text’s own bound is not written: the editor decides.', () => {
    const field = publishedField({
      known: { year: 2025, month: 1, day: 3, how: 'a dateline' },
      after: { year: 2025, month: 1, day: 6, quote: '今年1月6日', how: 'y' },
    });
    expect(field.value).toBe('TODO');
    expect(field.comment.join(' ')).toMatch(
      /states 2025-01-03 .* but the text is later.*on or after 2025-01-06/,
    );
  });

  test('今年 is read as the next year only when the text calls the year under review 去年, and only in a sentence told as past.', () => {
    expect(boundFromText(['去年5月，启动。', '今年1月6日，法院发布了案例。'], 2024)).toMatchObject({
      year: 2025,
      month: 1,
      day: 6,
    });
    expect(boundFromText(['今年1月6日，法院发布了案例。'], 2024)).toBeUndefined();
    expect(boundFromText(['去年5月，启动。', '今年3月将召开会议。'], 2024)).toBeUndefined();
  });

  test('A page’s meta tag gives the day, which review.yml then states.', () => {
    const root = contentWithout2024();
    const { article, footer } = seedParts();
    const page = newsPage([articleHtml(article, '2024年“平安南通”年度回眸')], footer).replace(
      '<title>',
      '<meta property="article:published_time" content="2025-01-10T08:05:00+08:00"><title>',
    );
    const result = importArticle({ file: inputFile('page.html', page), root });
    const text = fs.readFileSync(path.join(result.dir, 'review.yml'), 'utf8');
    expect(text).toMatch(/^published: 2025-01-10$/m);
    expect(text).toMatch(
      /# Found: the page's meta tag article:published_time, content="2025-01-10T08:05:00\+08:00"/,
    );
  });
});

describe('input the import cannot use fails with its message and writes nothing', () => {
  const { article, footer } = seedParts();
  const cases: [string, () => { file: string; year?: string; pick?: number }, RegExp][] = [
    ['an empty file', () => ({ file: inputFile('empty.txt', '') }), /empty\.txt is empty/],
    ['a file of blank lines', () => ({ file: inputFile('blank.txt', '\n  \n\n') }), /is empty/],
    [
      'a binary file',
      () => ({
        file: inputFile(
          'scan.txt',
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
        ),
      }),
      /scan\.txt is not a text file \(it holds binary data/,
    ],
    [
      'a page with no article (only navigation and links)',
      () => ({ file: inputFile('index.html', newsPage([], footer)) }),
      /index\.html has no recognisable article/,
    ],
    [
      'a text too short to be an article',
      () => ({ file: inputFile('short.txt', '平安南通\n記者 朱文君\n') }),
      /short\.txt has no recognisable article/,
    ],
    [
      'a year that exists',
      () => ({ file: path.join(ROOT, 'tests/fixtures/seed-2024.txt'), year: '2023', existing: true }),
      /reviews\/2023\/ already exists: import never writes over a year/,
    ],
    [
      'two candidate articles on one page',
      () => ({
        file: inputFile(
          'two.html',
          newsPage(
            [
              articleHtml(article, '2024年“平安南通”年度回眸'),
              articleHtml(article.slice(0, 12), '另一篇报道'),
            ],
            footer,
          ),
        ),
      }),
      /two\.html holds 2 articles; which one is the review\?\n {2}--pick 1: 2024年“平安南通”年度回眸[\s\S]*--pick 2: 另一篇报道[\s\S]*--pick N/,
    ],
    [
      'an encoding it cannot read (neither UTF-8 nor GB18030)',
      () => ({
        file: inputFile('latin.txt', Buffer.from('Caf\xe9 \xff\xff au lait\n'.repeat(20), 'latin1')),
      }),
      /latin\.txt cannot be read: it is neither UTF-8 nor GB18030/,
    ],
    [
      'a page declaring an encoding it does not know',
      () => ({ file: inputFile('odd.html', newsPage([articleHtml(article, 'x')], footer, 'x-mac-klingon')) }),
      /odd\.html is in the encoding "x-mac-klingon", which this tool cannot read/,
    ],
    ['a file that is not there', () => ({ file: '/nonexistent/article.txt' }), /there is no such file/],
    [
      'a malformed --year',
      () => ({ file: path.join(ROOT, 'tests/fixtures/seed-2024.txt'), year: '24' }),
      /--year 24 is not a year/,
    ],
  ];
  for (const [what, make, message] of cases) {
    test(`${what}`, () => {
      const root = path.join(tempDir('content'), 'content');
      fs.cpSync(REAL_CONTENT, root, { recursive: true });
      const options = make() as { file: string; year?: string; existing?: boolean };
      if (options.existing) fs.mkdirSync(path.join(root, 'reviews', '2023'));
      const listing = () => fs.readdirSync(path.join(root, 'reviews'), { recursive: true }).sort();
      const before = listing();
      expect(() => importArticle({ file: options.file, root, year: options.year })).toThrow(message);
      expect(listing()).toEqual(before);
    });
  }

  test('With --pick, the chosen article of two is imported.', () => {
    const root = contentWithout2024();
    const page = newsPage(
      [
        articleHtml(article.slice(0, 5).concat(['別的報道'.repeat(60)]), '另一篇报道'),
        articleHtml(article, '2024年“平安南通”年度回眸'),
      ],
      footer,
    );
    const result = importArticle({ file: inputFile('two.html', page), root, pick: 2 });
    expectSameAs2024(result);
  });

  test('The command rejects an unknown flag and says how to use it, writing nothing.', () => {
    const root = path.join(tempDir('content'), 'content');
    fs.cpSync(REAL_CONTENT, root, { recursive: true });
    const run = spawnSync(
      process.execPath,
      ['tools/import/cli.ts', 'tests/fixtures/seed-2024.txt', '--yaer', '2023'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, CONTENT_DIR: root },
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Unknown option '--yaer'[\s\S]*usage: npm run import -- <file/);
    expect(fs.readdirSync(path.join(root, 'reviews'))).toEqual(['2024']);
  });

  test('The command prints what it found, each TODO with file and line, and what it dropped.', () => {
    const root = contentWithout2024();
    const run = spawnSync(process.execPath, ['tools/import/cli.ts', 'tests/fixtures/seed-2024.txt'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: root },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Found:\n {2}encoding: utf-8/);
    expect(run.stdout).toMatch(/byline: 记者 朱文君, 见习记者 陈凯文, 通讯员 陈相/);
    expect(run.stdout).toMatch(
      /Uncertain: \d+ TODOs for an editor to settle:\n {2}\S*reviews\/2024\/review\.yml:\d+ {2}zh-hans: TODO/,
    );
    expect(run.stdout).toMatch(/Dropped \(not article text\): 4 lines[\s\S]*\[a licence number\] 苏ICP备/);
  });
});
