import fs from 'node:fs';
import path from 'node:path';
import { create, type Font } from 'fontkitten';
import type { LocaleSegment } from '../config/locales.ts';

/**
 * The fonts the share images are drawn with (src/publish/share-card.ts): which face an edition
 * uses, the committed subsets and what they lack. Kept apart from the drawing so the content
 * check and the subset tool ask about glyphs without loading the renderer.
 */

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
 * date rarely needs a new subset: printable ASCII, common CJK punctuation, 年月日, and the minus
 * sign a figure's fall is written with (−20.7%, src/stats/format.ts).
 */
export const SUBSET_RESERVE =
  Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('') +
  '·–—−‘’“”…、。，：；！？（）《》「」『』【】年月日';

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
