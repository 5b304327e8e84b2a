import fs from 'node:fs';
import path from 'node:path';
import { create, type Font } from 'fontkitten';
import sharp from 'sharp';
import { getLocale, type LocaleSegment } from '../config/locales.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './card-info.ts';
import { lightPalette as palette } from '../styles/palette.ts';

/**
 * Share images ("cards") for link previews: one 1200×630 PNG per edition of each review, with
 * the title in that edition's script.
 *
 * The text is drawn as glyph outlines (read with fontkitten from a subset of Noto Sans CJK that
 * ships in `src/publish/fonts/`), so the image needs no system font: a press-office machine
 * without CJK fonts builds the same PNG. sharp (libvips) rasterises the SVG. Both packages were
 * already installed with Astro; see README "Publishing".
 */

export { CARD_HEIGHT, CARD_WIDTH, cardPath } from './card-info.ts';

/** The words on one card. */
export interface CardText {
  segment: LocaleSegment;
  /** Site name and tagline, over the title. */
  eyebrow: string;
  title: string;
  /** The newspaper and the date, under the title. */
  source: string;
  date: string;
  /** The edition's own name (简体中文, 繁體中文, English), bottom right. */
  edition: string;
}

/** Builds a card's words from the edition's UI strings and the review's text in that edition. */
export function cardText(
  segment: LocaleSegment,
  strings: Record<string, string>,
  review: { title: string; source: string; date: string },
): CardText {
  const name = strings['site.name'];
  const tagline = strings['site.tagline'];
  if (!name || !tagline) throw new Error(`UI strings of ${segment} lack site.name or site.tagline.`);
  // In the CJK faces "·" is full-width already: no spaces around it there.
  const separator = segment === 'en' ? ' · ' : '·';
  return { segment, eyebrow: `${name}${separator}${tagline}`, ...review, edition: getLocale(segment).name };
}

/** Every character a card draws (for the font subset and its check). */
export function cardCharacters(card: CardText): string {
  return [card.eyebrow, card.title, card.source, card.date, card.edition].join('');
}

// ---------------------------------------------------------------------------------------------
// Fonts

/** The two faces: Simplified Chinese forms (also used for English) and Traditional forms. */
export type Face = 'sc' | 'tc';

export const fontFiles: Record<Face, string> = {
  sc: 'NotoSansCJKsc-Bold.subset.otf',
  tc: 'NotoSansCJKtc-Bold.subset.otf',
};

/** zh-hant readers expect Traditional glyph shapes (戶 not 户); the others use the SC face. */
export function faceOf(segment: LocaleSegment): Face {
  return segment === 'zh-hant' ? 'tc' : 'sc';
}

/**
 * Characters every subset keeps whatever the content says, so that a new year's English title or
 * date rarely needs a new subset: printable ASCII, common CJK punctuation, 年月日.
 */
export const SUBSET_RESERVE =
  Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('') +
  '·–—‘’“”…、。，：；！？（）《》「」『』【】年月日';

/** The committed subsets (paths resolve from the project root, where Astro and tests run). */
export function fontsDir(): string {
  return path.resolve('src/publish/fonts');
}

const fonts = new Map<string, Font>();
export function loadFace(face: Face, dir = fontsDir()): Font {
  const file = path.join(dir, fontFiles[face]);
  let font = fonts.get(file);
  if (!font) {
    const loaded = create(fs.readFileSync(file));
    if (loaded.isCollection) throw new Error(`${file} is a font collection; expected one face.`);
    font = loaded as Font;
    fonts.set(file, font);
  }
  return font;
}

/** Characters of `text` that `font` has no glyph for (spaces and line breaks aside). */
export function missingCharacters(font: Font, text: string): string[] {
  return [...new Set([...text])].filter(
    (c) => !/\s/.test(c) && !font.hasGlyphForCodePoint(c.codePointAt(0) ?? 0),
  );
}

// ---------------------------------------------------------------------------------------------
// Line breaking

/** Punctuation that must not start a line (attaches to the unit before it). */
const CLOSING = /^[”’」』》〉）)\]}】〕，。、：；！？,.:;!?…%]$/u;
/** Punctuation that must not end a line (attaches to the unit after it). */
const OPENING = /^[“‘「『《〈（([{【〔]$/u;
/** Characters between which a line may break without a space (CJK). */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef“”‘’]/u;

export interface Unit {
  text: string;
  /** Whether a space precedes this unit (dropped when the unit starts a line). */
  space: boolean;
}

/**
 * Splits text into unbreakable units: a Latin word (with its punctuation), a number, or one CJK
 * character; closing punctuation joins the unit before it and opening punctuation the unit after.
 */
export function units(text: string): Unit[] {
  const out: Unit[] = [];
  let space = false;
  let pendingOpen = '';
  let word = '';
  const push = (t: string) => {
    out.push({ text: pendingOpen + t, space });
    pendingOpen = '';
    space = false;
  };
  const flushWord = () => {
    if (word) push(word);
    word = '';
  };
  for (const ch of text) {
    if (/\s/.test(ch)) {
      flushWord();
      if (out.length > 0 || pendingOpen) space = true;
    } else if (CLOSING.test(ch) && !word && out.length > 0 && !space) {
      const last = out.at(-1);
      if (last) last.text += ch;
    } else if (OPENING.test(ch)) {
      flushWord();
      pendingOpen += ch;
    } else if (CJK.test(ch)) {
      flushWord();
      push(ch);
    } else {
      // Latin letters, digits and their punctuation: one unit up to the next space or CJK.
      word += ch;
    }
  }
  flushWord();
  if (pendingOpen) push('');
  return out;
}

/** Greedy lines of at most `maxWidth` (a unit wider than that gets a line of its own). */
export function breakLines(list: Unit[], measure: (s: string) => number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const u of list) {
    const candidate = line === '' ? u.text : `${line}${u.space ? ' ' : ''}${u.text}`;
    if (line !== '' && measure(candidate) > maxWidth) {
      lines.push(line);
      line = u.text;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Lines as even as possible: the fewest lines that fit `maxWidth`, then the narrowest width that
 * still needs no more lines (so a two-line title splits near the middle, not one word over).
 */
export function balancedLines(text: string, measure: (s: string) => number, maxWidth: number): string[] {
  const list = units(text);
  const greedy = breakLines(list, measure, maxWidth);
  if (greedy.length <= 1) return greedy;
  let lo = 0;
  let hi = maxWidth;
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    if (breakLines(list, measure, mid).length <= greedy.length) hi = mid;
    else lo = mid;
  }
  return breakLines(list, measure, hi);
}

// ---------------------------------------------------------------------------------------------
// Drawing

const MARGIN = 80;
const TITLE_MAX_LINES = 3;

function measurer(font: Font, size: number): (s: string) => number {
  return (s) => font.glyphsForString(s).reduce((w, g) => w + g.advanceWidth, 0) * (size / font.unitsPerEm);
}

/** One line of text as SVG paths, its baseline at `y`, starting at `x` (or ending there). */
function textPaths(
  font: Font,
  text: string,
  x: number,
  y: number,
  size: number,
  fill: string,
  anchor: 'start' | 'end' = 'start',
): string {
  const scale = size / font.unitsPerEm;
  const width = measurer(font, size)(text);
  let pen = anchor === 'end' ? x - width : x;
  const parts: string[] = [];
  for (const glyph of font.glyphsForString(text)) {
    const d = glyph.path.toSVG();
    if (d)
      parts.push(
        `<path transform="translate(${pen.toFixed(2)} ${y.toFixed(2)}) scale(${scale.toFixed(5)} ${(-scale).toFixed(5)})" d="${d}"/>`,
      );
    pen += glyph.advanceWidth * scale;
  }
  return `<g fill="${fill}">${parts.join('')}</g>`;
}

/** The card as SVG (text as outlines). Throws naming any character the shipped font lacks. */
export function cardSvg(card: CardText, dir = fontsDir()): string {
  const face = faceOf(card.segment);
  const font = loadFace(face, dir);
  const missing = missingCharacters(font, cardCharacters(card));
  if (missing.length > 0) {
    throw new Error(
      `Share image (${card.segment}): the font subset ${fontFiles[face]} has no glyph for ${missing.map((c) => `"${c}"`).join(' ')}.\n` +
        `fix: run \`npm run font:subset\` on a machine with Noto Sans CJK Bold (Debian: apt-get install fonts-noto-cjk) and commit src/publish/fonts/.`,
    );
  }
  const width = CARD_WIDTH - 2 * MARGIN;

  // The largest title size (76 px down to 44 px) that fits in three lines.
  let size = 76;
  let lines = balancedLines(card.title, measurer(font, size), width);
  while (
    size > 44 &&
    (lines.length > TITLE_MAX_LINES || lines.some((l) => measurer(font, size)(l) > width))
  ) {
    size -= 4;
    lines = balancedLines(card.title, measurer(font, size), width);
  }
  const lineHeight = size * 1.28;
  // Title block centred between the eyebrow (ends ~y 140) and the rule (y 500).
  const blockTop = 140 + (360 - lines.length * lineHeight) / 2;
  const title = lines
    .map((l, i) => textPaths(font, l, MARGIN, blockTop + i * lineHeight + size * 0.95, size, palette.text))
    .join('');

  const eyebrowSize = 30;
  const footerSize = 30;
  const footerY = 566;
  const sourceWidth = measurer(font, footerSize)(card.source);
  // The favicon's shield, drawn in the site's accent colour.
  const logo =
    `<g transform="translate(${MARGIN} 76) scale(2)"><path fill="${palette.accent}" d="M16 2 4 6v9c0 7.2 5.1 13.3 12 15 6.9-1.7 12-7.8 12-15V6z"/>` +
    `<path fill="#fff" d="M10 15.5 14.2 20 22.5 11l1.6 1.5-9.9 10.6-5.8-6.1z"/></g>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${palette.bg}"/>`,
    `<rect width="${CARD_WIDTH}" height="16" fill="${palette.accent}"/>`,
    logo,
    textPaths(font, card.eyebrow, MARGIN + 84, 120, eyebrowSize, palette.accent),
    title,
    `<rect x="${MARGIN}" y="500" width="${width}" height="2" fill="${palette.rule}"/>`,
    textPaths(font, card.source, MARGIN, footerY, footerSize, palette.muted),
    `<circle cx="${(MARGIN + sourceWidth + 20).toFixed(2)}" cy="${footerY - 11}" r="4" fill="${palette.muted}"/>`,
    textPaths(font, card.date, MARGIN + sourceWidth + 40, footerY, footerSize, palette.muted),
    textPaths(font, card.edition, CARD_WIDTH - MARGIN, footerY, footerSize, palette.accent, 'end'),
    '</svg>',
  ].join('');
}

/** The card as PNG: 1200×630, 8-bit palette (flat colours and anti-aliased text fit in 256). */
export async function cardPng(card: CardText, dir = fontsDir()): Promise<Buffer> {
  return sharp(Buffer.from(cardSvg(card, dir)))
    .png({ compressionLevel: 9, palette: true, effort: 10 })
    .toBuffer();
}

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
