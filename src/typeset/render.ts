/**
 * Typesetting where components render text (headings, labels, chart text, the paragraphs a
 * component writes itself), so `astro dev` shows what the build ships. Each helper takes plain
 * text and returns HTML for `set:html`: the text escaped as Astro escapes `{text}`, then set by
 * the rules of ./text.ts. Section paragraphs are set inside the MDX compiler instead (./mdx.ts).
 *
 *   <h2 set:html={phrased(title, script)} />      a heading or label: phrase breaks in Chinese
 *   <p set:html={paragraph(kicker, script)} />     a paragraph of one text run
 *   setText(run, script, { body, last, phrase })    one run of a paragraph with several
 */
import type { LocaleSegment } from '../config/locales.ts';
import { bodyChinese, bodyEnglish, phrases, type TextScript } from './text.ts';

/** The script an edition is set in (zh-hant is set after conversion, in Traditional). */
export function scriptOf(segment: LocaleSegment | string): TextScript {
  if (segment === 'zh-hans') return 'hans';
  if (segment === 'zh-hant') return 'hant';
  return 'en';
}

/**
 * Text escaped exactly as Astro escapes an expression (`{text}`), so a string the rules leave
 * alone is written byte for byte as before.
 */
export function astroEscape(text: string): string {
  return text.replace(
    /[&<>'"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;' })[c] ?? '&quot;',
  );
}

/** A heading's or label's text: `<wbr>` between phrases in Chinese, as it is in English. */
export function phrased(text: string | undefined, script: TextScript): string {
  const raw = astroEscape(text ?? '');
  return script === 'en' ? raw : phrases(raw, script);
}

/**
 * One text run of an element the rules cover. `body`: a run of a body paragraph (the rules for
 * numbers and, with `last`, for the paragraph's last line); `phrase`: of a heading or label too,
 * so a Chinese run the body rules leave alone still breaks between phrases.
 */
export function setText(
  text: string | undefined,
  script: TextScript,
  { body = false, last = false, phrase = false } = {},
): string {
  const raw = astroEscape(text ?? '');
  let set = raw;
  if (body) set = script === 'en' ? bodyEnglish(raw, last) : bodyChinese(raw, last);
  return set === raw && phrase && script !== 'en' ? phrases(raw, script) : set;
}

/** A paragraph of one text run (a kicker, a card's opening): it ends the paragraph. */
export function paragraph(text: string | undefined, script: TextScript, { phrase = false } = {}): string {
  return setText(text, script, { body: true, last: true, phrase });
}
