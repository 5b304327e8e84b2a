import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { darkPalette, lightPalette, printPalette } from './palette.ts';

/**
 * The palette is written twice, on purpose: tokens.css (static CSS, no build step) and palette.ts
 * (for the share card and the theme colour). These tests keep the copies equal, in both
 * directions: a colour changed, added or removed on one side only fails here.
 */
const css = fs
  .readFileSync(new URL('./tokens.css', import.meta.url), 'utf8')
  .replace(/\/\*[\s\S]*?\*\//g, '');

/** The custom properties of the `:root { … }` block that follows `prefix` (a media query, or the file's start). */
function rootBlock(prefix: RegExp): Map<string, string> {
  const m = new RegExp(`${prefix.source}\\s*:root\\s*\\{([^}]*)\\}`).exec(css);
  expect(m, `tokens.css has a :root block after ${prefix.source}`).not.toBeNull();
  const props = new Map<string, string>();
  for (const d of (m?.[1] ?? '').matchAll(/--([\w-]+)\s*:\s*([^;]+);/g))
    props.set(d[1] ?? '', (d[2] ?? '').trim());
  return props;
}
/** Only the colours: hex values (the font stacks and sizes are not the palette's business). */
const colours = (props: Map<string, string>) =>
  Object.fromEntries([...props].filter(([, v]) => /^#[0-9a-f]{3,8}$/i.test(v)));

describe('palette: tokens.css and palette.ts are one palette', () => {
  const light = rootBlock(/^\s*/);
  const dark = rootBlock(/@media\s*\(prefers-color-scheme:\s*dark\)\s*\{/);
  const print = rootBlock(/@media\s+print\s*\{/);

  test('light scheme', () => expect(colours(light)).toEqual(lightPalette));
  test('dark scheme', () => expect(colours(dark)).toEqual(darkPalette));
  test('paper', () => expect(colours(print)).toEqual(printPalette));

  test('the favicon (a static file) draws the accent blue', () => {
    const svg = fs.readFileSync(new URL('../../public/favicon.svg', import.meta.url), 'utf8');
    expect(svg).toContain(`fill="${lightPalette.accent}"`);
  });
});
