/**
 * The `<iframe>` code a figure page offers for its embed (issue 25), as text to copy (the site
 * itself never writes an iframe element: src/publish/markup-guard.ts). Its height is what the
 * embed needs in a column 320 px wide, so no scrollbar shows inside a phone-width frame or a wider
 * one (e2e/figures.spec.ts measures every embed against it): the embed is lines of text, so its
 * height follows the length of its text, per script, plus a drawn chart's marks.
 */

/**
 * Fitted on the built embeds at 320 px with the site's fonts (px = base + perChar × characters +
 * drawn, for a drawn chart), plus a margin above the largest miss and a little per figure (each
 * starts a line), so every embed fits.
 */
const FIT = {
  zh: { base: 55, perChar: 2.02, drawn: 220 },
  en: { base: 49, perChar: 1.0, drawn: 184 },
} as const;
const MARGIN = 110;
const PER_FIGURE = 20;

/** The frame height for an embed of `figures` figures whose visible text is `texts`, in `script`. */
export function embedHeight(opts: {
  texts: string[];
  script: 'zh' | 'en';
  drawn: boolean;
  figures: number;
}): number {
  const f = FIT[opts.script];
  const chars = opts.texts.join(' ').replace(/\s+/g, ' ').length;
  const px = f.base + f.perChar * chars + (opts.drawn ? f.drawn : 0) + PER_FIGURE * opts.figures + MARGIN;
  return Math.ceil(px / 10) * 10;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `<iframe src="…" title="…" width="100%" height="N" …></iframe>`, one line. */
export function embedCode({ src, title, height }: { src: string; title: string; height: number }): string {
  return (
    `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" ` +
    `style="border:0;max-width:100%" loading="lazy"></iframe>`
  );
}
