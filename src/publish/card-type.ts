import type { Font } from 'fontkitten';
import type { LocaleSegment } from '../config/locales.ts';
import { balancedLines } from './card-lines.ts';
import { faceOf, fontFiles, loadFace, missingCharacters } from './card-fonts.ts';

/**
 * Text on the share images as glyph outlines (src/publish/share-card.ts lays the cards out):
 * measuring, drawing a line as SVG paths, fitting a block into lines. No system font is used.
 */

/**
 * A face as one card uses it. The CJK faces set quotation marks full-width, as Chinese wants; in
 * English text each is drawn to its ink with a thin side bearing (the subset has no layout
 * tables to do it), so “Integrated Classroom” and city’s read as English.
 */
export interface Typeface {
  font: Font;
  latin: boolean;
}
const QUOTES = new Set(['“', '”', '‘', '’']);
const BEARING = 50;

/** A glyph as drawn: its outline, horizontal offset and advance, in font units. */
interface Placed {
  d: string;
  dx: number;
  advance: number;
}
/** Per font and latin-ness, each character's glyph once: the layouts measure the same text often. */
const placedCache = new WeakMap<Font, Map<string, Placed>>();

/** Each character's glyph as drawn (one glyph per character: the subsets keep no layout tables). */
export function glyphRun(face: Typeface, text: string): Placed[] {
  let cache = placedCache.get(face.font);
  if (!cache) placedCache.set(face.font, (cache = new Map()));
  return [...text].map((ch) => {
    const key = `${face.latin ? 'L' : 'C'}${ch}`;
    let placed = cache.get(key);
    if (!placed) {
      const g = face.font.glyphsForString(ch)[0];
      const d = g?.path.toSVG() ?? '';
      const advance = g?.advanceWidth ?? 0;
      const { minX, maxX } = g?.bbox ?? { minX: 0, maxX: 0 };
      placed =
        face.latin && QUOTES.has(ch)
          ? { d, dx: BEARING - minX, advance: maxX - minX + 2 * BEARING }
          : { d, dx: 0, advance };
      cache.set(key, placed);
    }
    return placed;
  });
}

export function measurer(face: Typeface, size: number): (s: string) => number {
  return (s) => glyphRun(face, s).reduce((w, g) => w + g.advance, 0) * (size / face.font.unitsPerEm);
}

/** One line of text as SVG paths, its baseline at `y`, starting at `x` (or ending there). */
export function textPaths(
  face: Typeface,
  text: string,
  x: number,
  y: number,
  size: number,
  fill: string,
  anchor: 'start' | 'end' = 'start',
): string {
  const scale = size / face.font.unitsPerEm;
  const width = measurer(face, size)(text);
  let pen = anchor === 'end' ? x - width : x;
  const parts: string[] = [];
  for (const glyph of glyphRun(face, text)) {
    if (glyph.d)
      parts.push(
        `<path transform="translate(${(pen + glyph.dx * scale).toFixed(2)} ${y.toFixed(2)}) scale(${scale.toFixed(5)} ${(-scale).toFixed(5)})" d="${glyph.d}"/>`,
      );
    pen += glyph.advance * scale;
  }
  return `<g fill="${fill}">${parts.join('')}</g>`;
}

/** Fails naming any character of `text` the shipped font lacks (the content check says it first). */
export function drawable(segment: LocaleSegment, text: string, dir: string): Typeface {
  const face = faceOf(segment);
  const font = loadFace(face, dir);
  const missing = missingCharacters(font, text);
  if (missing.length > 0) {
    throw new Error(
      `Share image (${segment}): the font subset ${fontFiles[face]} has no glyph for ${missing.map((c) => `"${c}"`).join(' ')}.\n` +
        `fix: run \`npm run font:subset\` on a machine with Noto Sans CJK Bold (Debian: apt-get install fonts-noto-cjk) and commit src/publish/fonts/.`,
    );
  }
  return { font, latin: segment === 'en' };
}

/** Lines of one text block at a size, or undefined when a line cannot fit `width`. */
export function block(
  font: Typeface,
  text: string,
  size: number,
  width: number,
  max: number,
): string[] | undefined {
  const lines = balancedLines(text, measurer(font, size), width);
  return lines.length <= max && lines.every((l) => measurer(font, size)(l) <= width) ? lines : undefined;
}
