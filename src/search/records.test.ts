import { parse } from 'node-html-parser';
import { buildCharmap } from './build-data.ts';
import { readCharmap } from './charmap.ts';
import { describe, expect, test } from 'vitest';
import { BLOCK_MARKS, markedBlocks, pageRecords, readPage } from './records.ts';

const page = (
  lang: string,
  body: string,
) => `<!doctype html><html lang="${lang}"><head><title>t</title></head><body>
<nav class="section-nav"><a href="#lede">导语</a></nav>
<main id="main" data-pagefind-body data-pagefind-filter="year:2024" data-pagefind-meta="title:2024年“平安南通”年度回眸">
<header><h1>2024年“平安南通”年度回眸</h1><p>记者 朱文君</p></header>
${body}
</main></body></html>`;

const hans = page(
  'zh-Hans',
  `<section id="lede" data-pagefind-filter="section:lede" data-pagefind-meta="section:导语"><p class="kicker">平安，民之所盼</p><p id="lede-1">网格服务驿站建成</p>
     <figure id="chart-a"><p class="chart__source">原文</p></figure></section>
   <section id="outlook" data-pagefind-filter="section:outlook" data-pagefind-meta="section:展望"><p id="outlook-1">展望2025</p>
     <section id="inner"><p id="outlook-2">嵌套</p></section></section>`,
);
const hant = hans
  .replace('zh-Hans', 'zh-Hant')
  .replace('网格服务驿站建成', '網格服務驛站建成')
  .replace('section:导语', 'section:導語');

describe('readPage', () => {
  test('A page without data-pagefind-body is not indexed.', () => {
    expect(
      readPage('<html lang="en"><body><main><section id="a"></section></main></body></html>', 'x.html'),
    ).toBeUndefined();
  });

  test('Only top-level sections of the body become records; a nested section stays part of its parent.', () => {
    const p = readPage(hans, 'zh-hans/2024/index.html');
    expect(p?.sections.map((s) => s.id)).toEqual(['lede', 'outlook']);
    expect(p?.year).toBe('2024');
    expect(p?.title).toBe('2024年“平安南通”年度回眸');
  });

  test('A paragraph without an id gets a record-only id naming where its link lands.', () => {
    const ids = readPage(hans, 'x')
      ?.sections[0]?.element.querySelectorAll('p')
      .map((p) => p.id);
    expect(ids).toEqual(['_0_lede', 'lede-1', '_1_chart-a']);
  });

  test('A page that asks to be indexed but lacks what a record needs fails with every problem named.', () => {
    const broken = '<html><body><main data-pagefind-body><section id="lede"></section></main></body></html>';
    expect(() => readPage(broken, 'en/2024/index.html')).toThrow(
      /en\/2024\/index\.html cannot be indexed[\s\S]*no lang[\s\S]*year:…[\s\S]*title:…[\s\S]*section:lede/,
    );
  });
});

describe('pageRecords', () => {
  const records = pageRecords(readPage(hans, 'a')!, '/zh-hans/2024/');

  test('Each section is one record under its own anchor, with exactly one section filter.', () => {
    expect(records.map((r) => r.url)).toEqual(['/zh-hans/2024/#lede', '/zh-hans/2024/#outlook']);
    for (const r of records) {
      const doc = parse(r.html);
      const filters = doc
        .querySelectorAll('[data-pagefind-filter]')
        .map((e) => e.getAttribute('data-pagefind-filter'));
      expect(
        filters.filter((f) => f?.startsWith('section:')),
        r.url,
      ).toEqual([`section:${r.section}`]);
      expect(
        filters.filter((f) => f?.startsWith('year:')),
        r.url,
      ).toEqual(['year:2024']);
      expect(doc.querySelector('html')?.getAttribute('lang')).toBe('zh-Hans');
    }
  });

  test('Navigation and the byline are not in any record; the section text is.', () => {
    for (const r of records) {
      expect(r.html).not.toContain('section-nav');
      expect(r.html).not.toContain('朱文君');
    }
    expect(records[0]?.html).toContain('网格服务驿站建成');
  });

  test('A Chinese record holds its own script only: no twin text, no alt ids.', () => {
    const doc = parse(records[0]!.html);
    expect(doc.querySelector('#lede-1')?.parentNode?.textContent).toBe('\uE000网格服务驿站建成');
    expect(records[0]!.html).not.toContain('網格');
    expect(records[0]!.html).not.toContain('alt_');
    const ids = doc.querySelectorAll('[id]').map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('An English record has no twin.', () => {
    const en = page(
      'en',
      '<section id="lede" data-pagefind-filter="section:lede" data-pagefind-meta="section:Introduction"><p id="lede-1">grid</p></section>',
    );
    const [r] = pageRecords(readPage(en, 'en')!, '/en/2024/');
    expect(r?.html).not.toContain('alt_');
  });
});

describe('buildCharmap', () => {
  test('Pairs the characters that differ between a zh-hans page and its zh-hant twin, and nothing else.', () => {
    const pages = new Map([
      ['/zh-hans/2024/', readPage(hans, 'a')!],
      ['/zh-hant/2024/', readPage(hant, 'b')!],
    ]);
    const data = buildCharmap(pages, {
      zh: [],
      en: [],
      variants: [
        ['裡', '裏'],
        ['臺', '台'],
      ],
    });
    expect([...data.pairs].length % 2).toBe(0);
    const map = readCharmap(data);
    expect(map.toHans.get('網')).toBe('网');
    expect(map.toHant.get('驿')).toBe('驛');
    expect(map.toHans.has('格')).toBe(false);
    // Neither variant occurs in the Traditional text: nothing to fold to.
    expect(data.variants).toEqual({});
  });
});

describe('markedBlocks', () => {
  test('Each block’s id moves to a marker at its start; a figure’s paragraphs are part of the figure.', () => {
    const section = readPage(hans, 'a')!.sections[0]!.element;
    const doc = parse(markedBlocks(section));
    expect(doc.querySelector('#lede-1')?.tagName).toBe('SPAN');
    expect(doc.querySelector('#lede-1')?.textContent).toBe(BLOCK_MARKS.p);
    expect(doc.querySelector('#chart-a')?.textContent).toBe(BLOCK_MARKS.figure);
    expect(doc.querySelectorAll('p[id], figure[id]')).toHaveLength(0);
    expect(doc.querySelector('#_1_chart-a')).toBeNull();
    // The page itself keeps its ids.
    expect(section.querySelector('p#lede-1')).not.toBeNull();
  });

  test('Ids no result lands on (a term’s link target) are not anchors; a figure’s title is.', () => {
    const section = parse(
      '<section id="s"><p id="s-1">A <span id="term-x">term</span>.</p><figure id="chart-b"><figcaption><span id="chart-b-title">Title</span></figcaption></figure></section>',
    ).querySelector('section')!;
    const doc = parse(markedBlocks(section));
    expect(doc.querySelector('#term-x')).toBeNull();
    expect(doc.querySelector('#chart-b-title')?.textContent).toBe('Title');
    expect(doc.querySelector('#s-1')?.textContent).toBe(BLOCK_MARKS.p);
    expect(doc.querySelector('#chart-b')?.textContent).toBe(BLOCK_MARKS.figure);
  });
});
