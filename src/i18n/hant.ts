import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { contentRoot } from '../config/paths.ts';
import { phraseTableOf } from '../reviews/phrases.ts';

/**
 * Simplified → Traditional (Taiwan standard, with phrases) for the generated zh-hant edition,
 * followed by the reviewed phrase table in `content/zh-hant-phrases.yml`.
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
