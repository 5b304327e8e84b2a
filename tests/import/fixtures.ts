import fs from 'node:fs';

/**
 * Inputs the import tests build from the seed article: a news page wrapping it in realistic
 * furniture, and pages that must be refused. Built here, not stored, so that what each test feeds
 * the import is visible next to it.
 */

export const SEED = fs.readFileSync(new URL('../fixtures/seed-2024.txt', import.meta.url), 'utf8');

/** The seed's article lines (through the byline) and its footer lines (after it). */
export function seedParts(): { article: string[]; footer: string[] } {
  const lines = SEED.split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const byline = lines.findIndex((l) => l.startsWith('記者'));
  return { article: lines.slice(0, byline + 1), footer: lines.slice(byline + 1) };
}

const HEADINGS = new Set([
  '政治引領,夯實平安法治根基',
  '服務大局,全力護航高質量發展',
  '忠誠擔當,鍛造淬煉政法鐵軍',
]);

/** One article as a news site's CMS prints it: indented paragraphs, bold headings. */
export function articleHtml(lines: string[], title: string): string {
  const paragraphs = lines.map((l) =>
    HEADINGS.has(l) ? `<p style="text-align:center"><strong>${l}</strong></p>` : `<p>\u3000\u3000${l}</p>`,
  );
  return `<article class="article">
      <h1 class="article-title">${title}</h1>
      <div class="article-info"><span>來源：南通日報</span> <span>編輯：王小明</span> <span class="views">閱讀量：1024</span></div>
      <div class="article-content" id="zoom">
        ${paragraphs.join('\n        ')}
      </div>
      <div class="share-bar">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空間</a></div>
      <p class="editor">責任編輯：李小紅</p>
    </article>`;
}

/** A whole news page: navigation, breadcrumb, the article(s), related links, a sidebar, the footer. */
export function newsPage(articles: string[], footer: string[], charset = 'utf-8'): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="${charset}">
  <title>南通網 - 南通新聞</title>
  <meta name="keywords" content="南通,新聞,政法">
  <link rel="stylesheet" href="/css/main.css">
  <script>var _hmt = _hmt || []; (function(){ /* analytics */ })();</script>
</head>
<body>
  <header class="top">
    <div class="logo"><a href="/"><img src="/logo.png" alt="南通網"></a></div>
    <nav class="main-nav"><ul>
      <li><a href="/">首頁</a></li><li><a href="/news/">新聞</a></li><li><a href="/nt/">南通</a></li>
      <li><a href="/js/">江蘇</a></li><li><a href="/china/">國內</a></li><li><a href="/pic/">圖片</a></li>
      <li><a href="/video/">視頻</a></li><li><a href="/topic/">專題</a></li>
    </ul></nav>
    <form class="search"><input name="q" placeholder="搜索"><button>搜索</button></form>
  </header>
  <div class="crumbs"><a href="/">首頁</a> &gt; <a href="/news/">新聞</a> &gt; 南通</div>
  <main class="wrap">
    <div class="left">
    ${articles.join('\n    ')}
    <div class="related">
      <h3>相關新聞</h3>
      <ul>
        <li><a href="/a/1.html">我市召開全市政法工作會議</a></li>
        <li><a href="/a/2.html">南通公安發布春節出行提示</a></li>
        <li><a href="/a/3.html">市中級法院召開新聞發布會</a></li>
        <li><a href="/a/4.html">崇川區開展平安建設宣傳月活動</a></li>
      </ul>
    </div>
    </div>
    <aside class="right">
      <h3>熱點新聞</h3>
      <ol><li><a href="/b/1.html">濠河夜景再添新亮點</a></li><li><a href="/b/2.html">南通地鐵2號線最新進展</a></li></ol>
      <div class="qr"><img src="/qr.png" alt="二維碼">掃一掃 關注南通網</div>
    </aside>
  </main>
  <footer class="foot">
    <p><a href="/about/">關於我們</a> | <a href="/contact/">聯系我們</a> | <a href="/ad/">廣告服務</a></p>
    ${footer.map((l) => `<p>${l}</p>`).join('\n    ')}
  </footer>
</body>
</html>`;
}
