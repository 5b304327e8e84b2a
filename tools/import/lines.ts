import { toHans } from '../../src/i18n/hant.ts';

/**
 * Tool: the lines of an article, sorted into what the review keeps where. Body text goes to the
 * MDX files; the byline and the credit go to review.yml (never body text); page furniture
 * (editor's name, ICP licence, hotlines, share buttons, "related" links) is dropped, but listed
 * in the summary so the editor can check nothing of the article was lost.
 */

/**
 * The canonical Simplified text of a line, made the way the 2024 review's was made from its seed
 * (see tests/build/fidelity.test.ts): OpenCC tw → cn, then half-width , ; ( and ) set full-width,
 * and a colon, ! and ? after Chinese words too.
 * On text already in Simplified, tw → cn changes nothing.
 */
export function canonical(line: string): string {
  return (
    toHans(tidy(line))
      .replace(/,/g, '，')
      .replace(/;/g, '；')
      // A colon after Chinese words (数据印证成果:2021年) is set full-width like the commas; a
      // colon between digits (12:19) or in a Latin address is left as it is.
      .replace(/(?<=[\u3400-\u9fff”’）》])\s*:(?!\/\/)\s*/g, '：')
      .replace(/(?<=[\u3400-\u9fff”’）》])!/g, '！')
      .replace(/(?<=[\u3400-\u9fff”’）》])\?/g, '？')
      .replace(/\(/g, '（')
      .replace(/\)/g, '）')
      // Full-width digits (１２０家) are the same figures; the content check reads ASCII digits.
      .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
  );
}

/**
 * A wire-style opening, “本报讯（记者 朱文君 通讯员 陈相）2024年，……”: the credit in brackets is
 * the byline, and the words before it say only that the paper reports; the paragraph starts after.
 */
export function splitWireOpening(
  line: string,
): { opening: string; byline: BylineEntry[]; rest: string } | undefined {
  const m = /^([\u3400-\u9fff]{1,8}讯|本报[讯电])\s*[（(]([^（()）]{2,60})[）)]\s*/.exec(line);
  const byline = m?.[2] ? parseByline(m[2]) : undefined;
  if (!m || !byline) return undefined;
  return { opening: m[0].trim(), byline, rest: line.slice(m[0].length) };
}

/**
 * Whitespace as a reader sees it: the full-width indent of Chinese paragraphs goes, and runs of
 * spaces and line breaks of the HTML source become one space.
 */
export function tidy(line: string): string {
  return line.replace(/[\s\u3000\u00a0]+/g, ' ').trim();
}

/**
 * A body paragraph's text: a space between two Chinese characters (or their punctuation) is a
 * line break of the page's source, not a space of the text. (Only body text: the spaces of a
 * byline or a dateline separate its parts.)
 */
export function joinChinese(text: string): string {
  return text.replace(
    /(?<=[\u3400-\u9fff，。；：！？、“”（）])\s+(?=[\u3400-\u9fff，。；：！？、“”（）])/g,
    '',
  );
}

/**
 * A body line as the article keeps it: a short line with no sentence punctuation reads as a
 * heading, and a space in it is the separator the page sets between its parts (“防”为先 压实源头
 * 防控), kept as one space; in a paragraph, spaces between Chinese are source line breaks.
 */
export function bodyText(text: string): string {
  const heading =
    text.length <= 30 && !/[。！？；，：]/.test(text) && /[\u3400-\u9fff”] [\u3400-\u9fff“]/.test(text);
  return heading ? text : joinChinese(text);
}

/** Roles a Chinese newspaper prints before its authors' names, longest first. */
export const BYLINE_ROLES = [
  '本报特约记者',
  '本报见习记者',
  '本报实习生',
  '本报通讯员',
  '本报记者',
  '特约通讯员',
  '特约记者',
  '见习记者',
  '实习记者',
  '融媒体记者',
  '实习生',
  '通讯员',
  '摄影',
  '记者',
  '文',
  '图',
];

const ROLE = new RegExp(`^(?:${BYLINE_ROLES.join('|')})`);

export interface BylineEntry {
  role: string;
  name: string;
}

/**
 * The authors of a byline line, in order: "记者 朱文君 见习记者 陈凯文 通讯员 陈相" →
 * 记者 朱文君, 见习记者 陈凯文, 通讯员 陈相. A role before several names applies to each.
 * Undefined when the line is anything else (every token must be a role or a 2–4 character name).
 */
export function parseByline(line: string): BylineEntry[] | undefined {
  const text = line
    .replace(/^[□■●◎\s]+/, '')
    // A carrier's field name before the newspaper's byline: 作者：本报记者 周晓明.
    .replace(/^作者\s*[:：]\s*/, '')
    .replace(/[/／:：|]/g, ' ')
    .trim();
  if (!ROLE.test(text) || text.length > 80) return undefined;
  const entries: BylineEntry[] = [];
  let role: string | undefined;
  for (const raw of text.split(/[\s、，,]+/).filter(Boolean)) {
    let token = raw;
    const m = ROLE.exec(token);
    if (m) {
      role = m[0].replace(/^本报/, '');
      token = token.slice(m[0].length);
      if (!token) continue;
    }
    if (!role || !/^[\u3400-\u9fff·]{2,4}$/.test(token)) return undefined;
    entries.push({ role, name: token });
  }
  return entries.length > 0 ? entries : undefined;
}

export type LineKind =
  | { kind: 'byline'; entries: BylineEntry[] }
  | { kind: 'copyright' }
  | { kind: 'rights' }
  | { kind: 'source'; source: string }
  | { kind: 'furniture'; why: string };

/** Page furniture: whole lines a news site prints around every article. */
const FURNITURE: [RegExp, string][] = [
  [/^[（(【[]?(责任编辑|编辑|责编|审核|审校|校对|值班编辑|编审)\s*[:：]/, "the page's editor credit"],
  [/(ICP备|网备|许可证|公网安备|增值电信)/, 'a licence number'],
  [
    /(举报电话|不良信息|发行热线|广告热线|爆料热线|新闻热线|联系电话|联系地址|邮箱\s*[:：]|E-?mail)/i,
    'a contact line',
  ],
  [
    /^(分享到|分享|打印|关闭|收藏|扫一扫|[【[]?(字号|字体)|[【[]?大\s*中\s*小[】\]]?$|【.{1,6}】|上一篇|下一篇|返回(顶部|首页)?|首页|点击[数量]|阅读[数量]|浏览次数)/,
    'a page control',
  ],
  [
    /^(相关(新闻|阅读|链接|报道)|推荐阅读|热点新闻|热门推荐|延伸阅读|网友评论|评论)/,
    'a list of other articles',
  ],
  [/(Copyright|©|All rights reserved)/i, 'a copyright notice'],
  // A government CMS's image file names (W020220331591380941466.jpg) and the captions under them.
  [/^(\S*\.(jpe?g|png|gif|bmp|webp|tiff?)\s*)+$/i, 'an image file name'],
  [
    /^(图为|图片为|上图|下图|左图|右图|图片来源|图\s*[:：]|\(?图[一二三四五六七八九十\d]+[)）])|[（(]([\u3400-\u9fff]{2,6}\s*){0,3}摄[)）]$|^摄影\s*[:：]|^[■□●]?([\u3400-\u9fff]{2,6}\s+)?[\u3400-\u9fff]{2,4}\s*摄$/,
    'an image caption',
  ],
  // 第1页 共2页 上一页 1 2 下一页, [1] [2] [下一页], 首页 上一页 … 末页: nothing but a pager's words.
  [
    /^(?=.*(页|^\[?\d{1,3}\]?(\s|$)))[\s\d[\]【】|:：,，.、/<>«»共第页首末尾上下一前后]+$/,
    'page numbers and links',
  ],
  [
    /^(声明|免责声明|特别声明)\s*[:：]|本站.{0,12}(文章|内容|转载)|如有侵权|版权归原作者|仅供(学习|参考)/,
    "the carrier's disclaimer",
  ],
  [/^(本文链接|原文链接|文章链接|网址)\s*[:：]|^https?:\/\//, 'a link'],
  [/^(发布时间|发布日期|发布于|更新时间|更新于|录入时间|添加时间|时间|日期)\s*[:：]?\s*\d/, 'a dateline'],
  [/^(作者|录入|浏览|点击|阅读|访问量|浏览次数|责任者)\s*[:：]/, "the carrier's field line"],
  [/^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(\s+\d{1,2}:\d{2}(:\d{2})?)?$/, 'a dateline'],
  [/^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+(\d{1,2}:\d{2}|来源|作者|编辑|字号|浏览|阅读)/, 'a dateline'],
];

/** A source's name after 来源：, up to a space, a bar or the next field of a dateline (作者, 编辑, 浏览 …). */
export const SOURCE_NAME =
  '([^\\s|【\\[]{2,20}?)(?=$|\\s|[|【\\[]|作者|编辑|责编|时间|发布|浏览|点击|阅读|字号)';

/** What a non-body line is, or undefined for a line of the article's text. Reads canonical text. */
export function classifyLine(line: string): LineKind | undefined {
  const byline = parseByline(line);
  if (byline) return { kind: 'byline', entries: byline };
  if (/版权所有/.test(line) && line.length <= 60) return { kind: 'copyright' };
  if (/未经.{0,30}(授权|许可|同意)|不得(转载|摘编)|禁止转载/.test(line) && /版权|转载|摘编/.test(line)) {
    return { kind: 'rights' };
  }
  const source = new RegExp(`^(?:来源|稿件来源|本文来源)\\s*[:：]\\s*${SOURCE_NAME}`).exec(line);
  if (source?.[1] && line.length <= 60) return { kind: 'source', source: source[1] };
  for (const [pattern, why] of FURNITURE) {
    if (pattern.test(line) && line.length <= 120) return { kind: 'furniture', why };
  }
  return undefined;
}

/**
 * The newspaper a copyright line names: "南通日报社 2009-2021 版权所有" → 南通日报. The holder is
 * the paper's company (…报社); the paper is its name without 社.
 */
export function sourceFromCopyright(line: string): string | undefined {
  const holder = copyrightHolder(line);
  if (!holder) return undefined;
  return /报社$/.test(holder) ? holder.slice(0, -1) : holder;
}

/** Who a copyright line names as the holder: "南通日报社 2009-2021 版权所有" → 南通日报社. */
export function copyrightHolder(line: string): string | undefined {
  return /^(?:©\s*)?([\u3400-\u9fff]{2,20}?)(?:\s|\d|版权所有)/.exec(line)?.[1];
}
