import sharp from 'sharp';
import { getLocale, type LocaleSegment } from '../config/locales.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './card-info.ts';
import { lightPalette as palette } from '../styles/palette.ts';
import { balancedLines } from './card-lines.ts';
import { block, drawable, measurer, textPaths, type Typeface } from './card-type.ts';
import { fontsDir } from './card-fonts.ts';

/**
 * Share images ("cards") for link previews, 1200×630, in the edition's script: one per edition
 * of each review (its title), and one per figure page (src/stats/figure-pages.ts: the figures as
 * the review prints them). One drawer, two layouts in one frame.
 *
 * The text is drawn as glyph outlines (read with fontkitten from a subset of Noto Sans CJK that
 * ships in `src/publish/fonts/`), so the image needs no system font: a press-office machine
 * without CJK fonts builds the same PNG. sharp (libvips) rasterises the SVG. Both packages were
 * already installed with Astro; see README "Publishing".
 */

export { CARD_HEIGHT, CARD_WIDTH, cardPath } from './card-info.ts';
export { balancedLines, breakLines, units, type Unit } from './card-lines.ts';
export {
  faceOf,
  fontFiles,
  fontsDir,
  loadFace,
  missingCharacters,
  SUBSET_RESERVE,
  type Face,
} from './card-fonts.ts';

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
  return { segment, eyebrow: cardEyebrow(segment, strings), ...review, edition: getLocale(segment).name };
}

/** The line over every card: the site's name and tagline. */
export function cardEyebrow(segment: LocaleSegment, strings: Record<string, string>): string {
  const name = strings['site.name'];
  const tagline = strings['site.tagline'];
  if (!name || !tagline) throw new Error(`UI strings of ${segment} lack site.name or site.tagline.`);
  // In the CJK faces "·" is full-width already: no spaces around it there.
  return `${name}${segment === 'en' ? ' · ' : '·'}${tagline}`;
}

/** Every character a card draws (for the font subset and its check). */
export function cardCharacters(card: CardText): string {
  return [card.eyebrow, card.title, card.source, card.date, card.edition].join('');
}

/**
 * The words on a figure's card (src/publish/figure-cards.ts makes them from stats.yml): each
 * figure as the review prints it, with its label and owner, and the review's name.
 */
export interface FigureCardText {
  segment: LocaleSegment;
  eyebrow: string;
  /** The chart's title or the figure block's heading; none for a headline figure. */
  title?: string;
  /** Each figure with its stats.yml id (for the content check's messages), as the review prints it. */
  figures: { id: string; value: string; label: string; note?: string }[];
  /** The review's name, bottom left. */
  review: string;
  edition: string;
}

/** Every character a figure card draws. */
export function figureCardCharacters(card: FigureCardText): string {
  const figures = card.figures.map((f) => `${f.value}${f.label}${f.note ?? ''}`);
  return [card.eyebrow, card.title ?? '', ...figures, card.review, card.edition].join('');
}

// ---------------------------------------------------------------------------------------------
// Drawing

const MARGIN = 80;
const TITLE_MAX_LINES = 3;

const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;
const FOOTER_SIZE = 30;
const FOOTER_Y = 566;

/**
 * What every card shares: the accent bar, the shield and the eyebrow over the body, and under the
 * rule a footer with `left` (drawn by the layout) and the edition's name on the right.
 */
function frame(font: Typeface, eyebrow: string, body: string, left: string, edition: string): string {
  // The favicon's shield, drawn in the site's accent colour.
  const logo =
    `<g transform="translate(${MARGIN} 76) scale(2)"><path fill="${palette.accent}" d="M16 2 4 6v9c0 7.2 5.1 13.3 12 15 6.9-1.7 12-7.8 12-15V6z"/>` +
    `<path fill="#fff" d="M10 15.5 14.2 20 22.5 11l1.6 1.5-9.9 10.6-5.8-6.1z"/></g>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${palette.bg}"/>`,
    `<rect width="${CARD_WIDTH}" height="16" fill="${palette.accent}"/>`,
    logo,
    textPaths(font, eyebrow, MARGIN + 84, 120, 30, palette.accent),
    body,
    `<rect x="${MARGIN}" y="500" width="${TEXT_WIDTH}" height="2" fill="${palette.rule}"/>`,
    left,
    textPaths(font, edition, CARD_WIDTH - MARGIN, FOOTER_Y, FOOTER_SIZE, palette.accent, 'end'),
    '</svg>',
  ].join('');
}

/** The review's card as SVG (text as outlines). Throws naming any character the shipped font lacks. */
export function cardSvg(card: CardText, dir = fontsDir()): string {
  const font = drawable(card.segment, cardCharacters(card), dir);
  // The largest title size (76 px down to 44 px) that fits in three lines.
  let size = 76;
  let lines = balancedLines(card.title, measurer(font, size), TEXT_WIDTH);
  while (
    size > 44 &&
    (lines.length > TITLE_MAX_LINES || lines.some((l) => measurer(font, size)(l) > TEXT_WIDTH))
  ) {
    size -= 4;
    lines = balancedLines(card.title, measurer(font, size), TEXT_WIDTH);
  }
  const lineHeight = size * 1.28;
  // Title block centred between the eyebrow (ends ~y 140) and the rule (y 500).
  const blockTop = 140 + (360 - lines.length * lineHeight) / 2;
  const title = lines
    .map((l, i) => textPaths(font, l, MARGIN, blockTop + i * lineHeight + size * 0.95, size, palette.text))
    .join('');
  const sourceWidth = measurer(font, FOOTER_SIZE)(card.source);
  const left = [
    textPaths(font, card.source, MARGIN, FOOTER_Y, FOOTER_SIZE, palette.muted),
    `<circle cx="${(MARGIN + sourceWidth + 20).toFixed(2)}" cy="${FOOTER_Y - 11}" r="4" fill="${palette.muted}"/>`,
    textPaths(font, card.date, MARGIN + sourceWidth + 40, FOOTER_Y, FOOTER_SIZE, palette.muted),
  ].join('');
  return frame(font, card.eyebrow, title, left, card.edition);
}

/**
 * A figure's card as SVG: the chart's title (if any), then each figure as the review prints it,
 * large in the accent colour, over its label and owner (and the open-unit note where the review
 * shows one); the review's name in the footer. One figure is drawn large; four or more in two
 * columns. The sizes shrink together until everything fits between the eyebrow and the rule.
 */
export function figureCardSvg(card: FigureCardText, dir = fontsDir()): string {
  const font = drawable(card.segment, figureCardCharacters(card), dir);
  const placed = fitFigures(font, card);
  if (!placed)
    throw new Error(`Share image (${card.segment}): the figures of "${card.title ?? ''}" do not fit a card.`);
  // The review's name, shrunk if it would run into the edition's name.
  const room = TEXT_WIDTH - measurer(font, FOOTER_SIZE)(card.edition) - 40;
  const size = Math.min(FOOTER_SIZE, (FOOTER_SIZE * room) / measurer(font, FOOTER_SIZE)(card.review));
  const left = textPaths(font, card.review, MARGIN, FOOTER_Y, size, palette.muted);
  return frame(font, card.eyebrow, placed, left, card.edition);
}

/** The figures' area: from under the eyebrow to above the rule. */
const BODY_TOP = 150;
const BODY_HEIGHT = 336;
const GUTTER = 40;

/** One text block of a figure cell: its lines, size, line height (in sizes) and colour. */
interface Run {
  lines: string[];
  size: number;
  lead: number;
  fill: string;
}
const runHeight = (runs: Run[]) => runs.reduce((h, r) => h + r.lines.length * r.size * r.lead, 0);

/** The figure layout at one scale and column count, or undefined when it does not fit. */
function layout(font: Typeface, card: FigureCardText, scale: number, columns: number) {
  const n = card.figures.length;
  const width = (TEXT_WIDTH - (columns - 1) * GUTTER) / columns;
  // The figure shrinks first; its words stay readable (a label never below 14 px, 28 px alone).
  const valueSize = (n === 1 ? 112 : 60) * scale;
  const labelSize = n === 1 ? Math.max(40 * scale, 28) : Math.max(28 * scale, 14);
  const titleSize = Math.max(36 * scale, 26);
  const titleLines = card.title ? block(font, card.title, titleSize, TEXT_WIDTH, 2) : [];
  if (!titleLines) return undefined;
  const cells: Run[][] = [];
  for (const f of card.figures) {
    const value = block(font, f.value, valueSize, width, n === 1 ? 3 : 2);
    const label = block(font, f.label, labelSize, width, 4);
    const note = f.note ? block(font, f.note, labelSize * 0.8, width, 3) : [];
    if (!value || !label || !note) return undefined;
    cells.push([
      { lines: value, size: valueSize, lead: 1.12, fill: palette.accent },
      { lines: label, size: labelSize, lead: 1.3, fill: palette.text },
      { lines: note, size: labelSize * 0.8, lead: 1.3, fill: palette.muted },
    ]);
  }
  // Row by row, in reading order; each row as tall as its tallest cell.
  const rows = Array.from({ length: Math.ceil(n / columns) }, (_, r) =>
    cells.slice(r * columns, (r + 1) * columns),
  );
  const gap = 24 * scale;
  const title: Run = { lines: titleLines, size: titleSize, lead: 1.3, fill: palette.text };
  const titleHeight = runHeight([title]) + (titleLines.length > 0 ? 16 : 0);
  const rowHeights = rows.map((row) => Math.max(...row.map(runHeight)));
  const height = titleHeight + rowHeights.reduce((a, b) => a + b, 0) + gap * (rows.length - 1);
  return height > BODY_HEIGHT ? undefined : { width, title, titleHeight, rows, rowHeights, gap, height };
}

/** Draws runs from `top` down, at `x`. */
function drawRuns(font: Typeface, runs: Run[], x: number, top: number): string {
  let pen = top;
  return runs
    .flatMap((r) =>
      r.lines.map((l) => {
        pen += r.size * r.lead;
        // The baseline sits where the glyphs' bottom would in a line box of this height.
        return textPaths(font, l, x, pen - r.size * (r.lead - 0.88), r.size, r.fill);
      }),
    )
    .join('');
}

/**
 * The figures at the largest scale that fits (one to three columns), centred in the body, as
 * SVG; undefined when even the smallest scale does not fit.
 */
function fitFigures(font: Typeface, card: FigureCardText): string | undefined {
  const n = card.figures.length;
  for (let scale = 1; scale >= 0.3; scale -= 0.05) {
    for (const columns of [1, 2, 3, 4].filter((c) => c <= Math.max(1, Math.ceil(n / 2)))) {
      const fit = layout(font, card, scale, columns);
      if (!fit) continue;
      let y = BODY_TOP + (BODY_HEIGHT - fit.height) / 2;
      const out = [drawRuns(font, [fit.title], MARGIN, y)];
      y += fit.titleHeight;
      fit.rows.forEach((row, r) => {
        row.forEach((cell, i) => out.push(drawRuns(font, cell, MARGIN + i * (fit.width + GUTTER), y)));
        y += (fit.rowHeights[r] ?? 0) + fit.gap;
      });
      return out.join('');
    }
  }
  return undefined;
}

/** A card as PNG: 1200×630, 8-bit palette (flat colours and anti-aliased text fit in 256). */
export async function cardPng(card: CardText | FigureCardText, dir = fontsDir()): Promise<Buffer> {
  const svg = 'figures' in card ? figureCardSvg(card, dir) : cardSvg(card, dir);
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true, effort: 10 }).toBuffer();
}

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
