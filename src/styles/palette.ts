/**
 * The site's colours, for code that cannot read CSS custom properties: the share card (drawn at
 * build time, src/publish/share-card.ts) and the browser's theme colour (Base.astro).
 *
 * The stylesheets keep their own copy in tokens.css, so the CSS stays static (no build step writes
 * it); tests/build/palette.test.ts fails when a value here and its custom property there differ,
 * and when the favicon's blue is not the accent. Keys are the custom properties' names without `--`.
 */
export const lightPalette = {
  bg: '#f7f5f0',
  surface: '#fff',
  text: '#1c1d21',
  muted: '#55585f',
  rule: '#d9d5cc',
  accent: '#1d4e89',
  'accent-soft': '#e3ebf5',
  mark: '#ffe066',
  target: '#e8eef7',
  'chart-down': '#2166ac',
  'chart-up': '#b35806',
  'chart-bar': '#1d4e89',
  'chart-track': '#e2ded4',
  'chart-axis': '#8a8d94',
} as const;

export const darkPalette = {
  bg: '#16181d',
  surface: '#1f2229',
  text: '#e8e6e1',
  muted: '#a9adb6',
  rule: '#393d47',
  accent: '#8ab4f8',
  'accent-soft': '#243247',
  mark: '#7a5f00',
  target: '#1e2736',
  'chart-down': '#67a9cf',
  'chart-up': '#f1a340',
  'chart-bar': '#8ab4f8',
  'chart-track': '#2e323b',
  'chart-axis': '#80848d',
} as const satisfies Record<keyof typeof lightPalette, string>;

/** Paper: black text and rules on white (tokens.css, `@media print`). */
export const printPalette = {
  bg: '#fff',
  text: '#000',
  muted: '#333',
  accent: '#000',
} as const;
