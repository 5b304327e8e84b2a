/**
 * Runs of Chinese characters inside English text, marked `lang="zh-Hans"` at build time, so a
 * browser draws them with Chinese glyphs (not a Japanese fallback) and a screen reader does not
 * read them with an English voice. Build time only: the English pages call it while rendering.
 *
 * A run starts at a Han character (or an opening 《 “ 「 before one) and goes on through Han
 * characters and the CJK punctuation between them, ending at a Han character or a closing mark:
 * "(《南通市“一站式”平台建设地方标准》)" marks 《…》 as one run, "(高德, Gaode)" marks 高德.
 */
const RUN =
  /[《〈「『“‘]?\p{Script=Han}(?:[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF“”‘’·]*[\p{Script=Han}》〉」』”’）])?/gu;

export interface TextRun {
  text: string;
  /** true for a run of Chinese. */
  han: boolean;
}

/** Splits plain text into English and Chinese runs, in order. */
export function hanRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const m of text.matchAll(RUN)) {
    if (m.index > last) runs.push({ text: text.slice(last, m.index), han: false });
    runs.push({ text: m[0], han: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), han: false });
  return runs;
}

/**
 * The same for rendered HTML: every Chinese run in a text node is wrapped in
 * `<span lang="zh-Hans">`. Markup is left alone (tags and attribute values are never touched),
 * and text already inside an element with a Chinese `lang` is not wrapped twice.
 */
export function markHanInHtml(html: string): string {
  /** Open elements that carry a Chinese lang, as a stack of tag names. */
  const stack: { name: string; zh: boolean }[] = [];
  const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i;
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith('<')) {
        const close = /^<\/([A-Za-z][\w-]*)/.exec(part);
        if (close) {
          const i = stack.map((e) => e.name).lastIndexOf(close[1]?.toLowerCase() ?? '');
          if (i >= 0) stack.length = i;
          return part;
        }
        const open = /^<([A-Za-z][\w-]*)/.exec(part);
        if (open && !part.endsWith('/>') && !VOID.test(open[1] ?? '')) {
          stack.push({ name: (open[1] ?? '').toLowerCase(), zh: /\slang=["']?zh/i.test(part) });
        }
        return part;
      }
      if (part === '' || stack.some((e) => e.zh)) return part;
      return hanRuns(part)
        .map((r) => (r.han ? `<span lang="zh-Hans">${r.text}</span>` : r.text))
        .join('');
    })
    .join('');
}
