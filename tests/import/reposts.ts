/**
 * Fixtures for the traps of real reposts (issue 23), written for the tests: an invented 2019
 * review of Nantong's political-legal work, as a legal-news aggregator carries it years later and
 * as a government portal's CMS prints it. Not copied from any site. Each trap is named where it is
 * set, so a test can say which one it checks.
 */

/** The article's own text, in the order the newspaper printed it. */
export const ARTICLE = {
  title: '2019年平安南通建设综述（测试样例）',
  byline: '本报记者 周晓明 特约记者 陈立 通讯员 吴平',
  /** Trap: the page prints this as a summary above the text, then again as the first paragraph. */
  first:
    '2019年是新中国成立70周年。全市政法系统深入学习贯彻党的十九届四中全会精神，排查整治安全隐患580处，群众安全感达98.79%，位列全省第一。',
  lede2: '这一年，全市刑事案件发案数下降12.4%，抓获各类违法犯罪嫌疑人2300余名。',
  /** Trap: a label and its heading on two lines. */
  label1: '统筹力度',
  heading1: '“大平安”体系再完善',
  s1: [
    // Trap: a half-width colon between Chinese, as pasted from the CMS.
    '数据印证成果:2019年，全市建成综治中心1200个，网格员达到8600名，化解矛盾纠纷3.1万件。',
    '11月，市委召开第二次全会，部署市域社会治理现代化试点工作。',
  ],
  /** Trap: a heading whose two parts are separated by a space. */
  heading2: '“防”为先 压实源头防控',
  s2: [
    // Trap: the same figure quoted twice in one paragraph.
    '全市开展“春雷”专项行动，破获电信诈骗案件460起，破获电信诈骗案件460起的经验在全省推广。',
    '市公安局连续第三年获评全省公安工作先进集体，全市信访总量同比下降8.5%。',
  ],
  closing: '2020年，全市政法系统将继续推进平安南通建设，为高水平全面建成小康社会提供坚强保障。',
};

/** The carrier's furniture around the article: none of it is the article's. */
export const CARRIER = {
  dateline: '时间:2023-05-20 12:19:56来源:法律常识',
  fontSize: '字号：大 中 小',
  image: 'W020220331591380941466.jpg',
  caption: '图为市公安局民警在社区开展反诈宣传。',
  bareCaption: '全市平安建设推进会现场',
  figcaption: '“春雷”专项行动集中收网',
  pages: '第1页 共2页 上一页 1 2 下一页',
  editor: '责任编辑：孙一',
  summary: `摘要：${ARTICLE.first.replace(/。$/, '')}…`,
};

/** The repost as plain text copied out of the aggregator's page, all traps in place. */
export function repostText(): string {
  const a = ARTICLE;
  const c = CARRIER;
  return [
    a.title,
    c.dateline,
    c.fontSize,
    c.summary,
    a.byline,
    a.first,
    a.lede2,
    c.image,
    c.caption,
    a.label1,
    a.heading1,
    ...a.s1,
    a.heading2,
    ...a.s2,
    a.closing,
    c.pages,
    c.editor,
  ].join('\n');
}

/** The repost as the aggregator's HTML page: furniture in the article's own container, as they set it. */
export function repostHtml(part: 'whole' | 1 | 2 = 'whole', charset = 'utf-8'): string {
  const a = ARTICLE;
  const c = CARRIER;
  const p = (t: string) => `<p>\u3000\u3000${t}</p>`;
  const first = [
    `<p class="summary">${c.summary}</p>`,
    `<p>${a.byline}</p>`,
    p(a.first),
    p(a.lede2),
    `<p style="text-align:center"><img src="/uploads/2022/${c.image}" alt="${c.image}"></p>`,
    `<p style="text-align:center">${c.image}</p>`,
    `<p style="text-align:center">${c.caption}</p>`,
    `<p><strong>${a.label1}</strong><br><strong>${a.heading1}</strong></p>`,
    ...a.s1.map(p),
  ];
  // Trap: captions with no 图为 to tell them by, known only by the picture they stand under.
  const second = [
    `<p><strong>${a.heading2}</strong></p>`,
    p(a.s2[0] ?? ''),
    `<p align="center"><img src="/uploads/2022/W020220331591380941467.jpg"></p>`,
    `<p style="text-align:center">${CARRIER.bareCaption}</p>`,
    `<figure><img src="/uploads/2022/W020220331591380941468.png"><figcaption>${CARRIER.figcaption}</figcaption></figure>`,
    p(a.s2[1] ?? ''),
    p(a.closing),
  ];
  const body = part === 1 ? first : part === 2 ? second : [...first, ...second];
  const pager =
    part === 'whole' ? '' : `<div class="pages">第${part}页 共2页 ${part === 1 ? '下一页' : '上一页'}</div>`;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="${charset}"><title>${a.title}_法律常识</title></head>
<body>
  <div class="nav"><a href="/">首页</a> <a href="/flcs/">法律常识</a> <a href="/al/">案例</a></div>
  <div class="article">
    <h1>${a.title}${part === 2 ? '(2)' : ''}</h1>
    <div class="info">${c.dateline} ${c.fontSize}</div>
    <div class="content">
      ${body.join('\n      ')}
    </div>
    ${pager}
    <p class="editor">${c.editor}</p>
  </div>
  <div class="footer"><p>法律常识网 版权所有 未经授权不得转载</p></div>
</body>
</html>`;
}
