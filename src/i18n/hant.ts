import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { contentRoot } from '../config/paths.ts';
import { phraseTableOf } from './phrases.ts';

/**
 * The one module that converts Chinese script (and the only one importing opencc-js): Simplified →
 * Traditional (Taiwan standard, with phrases) for the generated zh-hant edition, followed by the
 * reviewed phrase table in `content/zh-hant-phrases.yml`; and back (`toHans`, for the import tool).
 *
 * The zh-hant edition is made once, in the content layer (src/content.config.ts): review.yml and
 * stats.yml text through the schema (`withHant`, src/reviews/schema.ts), each section's MDX source
 * through the sections loader (`hantSource`, src/reviews/hant-sections.ts). Pages only look it up.
 *
 * Build-time only: OpenCC's dictionaries are large and must never reach a browser bundle.
 */
export type PhraseTable = Record<string, string>;

/** The reviewed phrase table, refused whole (file, line, fix) unless every entry is Chinese text. */
export function loadPhraseTable(file = path.join(contentRoot(), 'zh-hant-phrases.yml')): PhraseTable {
  return phraseTableOf(file);
}

let converter: ((text: string) => string) | undefined;

/**
 * Time spent converting, for the build report (`npm run bench` prints it). Kept on globalThis so
 * the page renderer's copy of this module and the integration's copy share one counter.
 */
export const hantTiming: { ms: number; calls: number } = ((globalThis as Record<string, unknown>)[
  '__pinganHantTiming'
] ??= { ms: 0, calls: 0 }) as { ms: number; calls: number };

/** Converts Simplified Chinese (as published in mainland China) to Taiwan-standard Traditional. */
export function toHant(text: string): string {
  const start = performance.now();
  try {
    return convert(text);
  } finally {
    hantTiming.ms += performance.now() - start;
    hantTiming.calls += 1;
  }
}

/**
 * A piece of review text with its zh-hant text added (`{ 'zh-hans', en? }` → with `'zh-hant'`):
 * the schema's transform for every text given per edition (review.yml, stats.yml).
 */
export function withHant<T extends { 'zh-hans': string }>(text: T): T & { 'zh-hant': string } {
  return { ...text, 'zh-hant': toHant(text['zh-hans']) };
}

/**
 * A zh-hans section's MDX source as the zh-hant section's source: frontmatter, text and Chinese
 * attribute values converted, the whole text at once, so OpenCC's phrases see their neighbours as
 * the reader does. Markup, component names, ids and every other ASCII character are what the MDX
 * compiler reads as structure; OpenCC and the phrase table (Chinese only, src/i18n/phrases.ts)
 * change none of them, and this refuses a conversion that would.
 */
export function hantSource(mdx: string, file: string): string {
  const hant = toHant(mdx);
  const ascii = (s: string) => s.replace(/\P{ASCII}/gu, '');
  if (ascii(hant) !== ascii(mdx)) {
    throw new Error(
      `${file}: the zh-hant conversion changed markup (an ASCII character); check content/zh-hant-phrases.yml`,
    );
  }
  return hant;
}

/**
 * What the conversion depends on besides its input (the phrase table), for the content layer's
 * digests: an edited table makes every converted entry stale, though no content file changed.
 */
export function hantFingerprint(): string {
  return JSON.stringify(loadPhraseTable());
}

function convert(text: string): string {
  const { cn } = OpenCC.Locale.from;
  const { tw } = OpenCC.Locale.to;
  if (!cn || !tw) throw new Error('opencc-js lacks its cn/tw dictionaries');
  converter ??= OpenCC.ConverterFactory(cn, tw, [Object.entries(loadPhraseTable())]);
  return taiwanQuotes(converter(text));
}

/**
 * Taiwan writes quotation marks as 「」, with 『』 inside them; the mainland's “” and ‘’ (nested
 * ‘’ inside “”) map one to one, so the zh-hans text always nests ‘’ inside “”. OpenCC leaves
 * punctuation alone. Markup is ASCII (attribute values use "), so HTML converts safely.
 */
const TO_TAIWAN: Record<string, string> = { '“': '「', '”': '」', '‘': '『', '’': '』' };
const FROM_TAIWAN: Record<string, string> = { '「': '“', '」': '”', '『': '‘', '』': '’' };

export function taiwanQuotes(text: string): string {
  return text.replace(/[“”‘’]/g, (q) => TO_TAIWAN[q] ?? q);
}

/** Traditional → Simplified, the way the canonical text was made from the seed (`tw → cn`). */
let hansConverter: ((text: string) => string) | undefined;

export function toHans(text: string): string {
  hansConverter ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  return hansConverter(text).replace(/[「」『』]/g, (q) => FROM_TAIWAN[q] ?? q);
}
