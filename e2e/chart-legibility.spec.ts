import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { locales } from '../src/config/locales.ts';
import { SWEEP } from './sweep.ts';

/**
 * Charts stay legible: in every edition, at 320, 360, 412, 768 and 1440 px, at the default text
 * size and at 200% (the root font size, as the browser's text-size setting sets it), no text of
 * a chart overlaps another text or a mark, text and marks stay inside the plot, drawings take the
 * column's width on wide screens, and data tables and "by the numbers" blocks never overflow
 * their card. One page load per edition; the viewport and text size change in that page.
 * Also: chart marks reach 3:1 against the card in light and dark, from the CSS custom properties.
 */
const WIDTHS = [320, 360, 412, 768, 1440];

/** Runs in the page: every legibility problem of every chart and numbers block, as text. */
function legibilityProblems(): string[] {
  const problems: string[] = [];
  const near = 0.5;
  type Box = { left: number; right: number; top: number; bottom: number };
  const overlaps = (a: Box, b: Box) =>
    a.left < b.right - near && b.left < a.right - near && a.top < b.bottom - near && b.top < a.bottom - near;
  const inside = (a: Box, b: Box) =>
    a.left >= b.left - near &&
    a.right <= b.right + near &&
    a.top >= b.top - near &&
    a.bottom <= b.bottom + near;
  const show = (b: Box) =>
    `[${Math.round(b.left)},${Math.round(b.top)} → ${Math.round(b.right)},${Math.round(b.bottom)}]`;

  /** The line boxes of every text node under `el`, each tagged with its node. */
  function textBoxes(el: Element): { node: Text; box: DOMRect }[] {
    const out: { node: Text; box: DOMRect }[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!(n.textContent ?? '').trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const box of range.getClientRects())
        if (box.width > 0 && box.height > 0) out.push({ node: n as Text, box });
    }
    return out;
  }

  for (const fig of document.querySelectorAll<HTMLElement>('figure.chart')) {
    const id = fig.id;
    const plot = fig.querySelector('.chart__plot');
    if (!plot) {
      problems.push(`${id}: no plot`);
      continue;
    }
    const area = plot.getBoundingClientRect();
    const figBox = fig.getBoundingClientRect();
    if (figBox.right > window.innerWidth + near || figBox.left < -near)
      problems.push(`${id}: the card leaves the screen ${show(figBox)}`);
    const texts = textBoxes(plot);
    const marks = [...plot.querySelectorAll<SVGGraphicsElement>('svg .chart__mark, svg .chart__axis')]
      .map((m) => ({ m, box: m.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 || box.height > 0);
    if (texts.length === 0) problems.push(`${id}: no text in the plot`);
    if (marks.length === 0) problems.push(`${id}: no marks in the plot`);
    for (const [i, a] of texts.entries()) {
      if (!inside(a.box, area))
        problems.push(`${id}: “${a.node.textContent}” ${show(a.box)} leaves the plot ${show(area)}`);
      for (const b of texts.slice(i + 1)) {
        if (b.node !== a.node && overlaps(a.box, b.box))
          problems.push(`${id}: “${a.node.textContent}” overlaps “${b.node.textContent}”`);
      }
      for (const { m, box } of marks) {
        if (overlaps(a.box, box))
          problems.push(`${id}: “${a.node.textContent}” ${show(a.box)} overlaps a ${m.tagName} ${show(box)}`);
      }
    }
    for (const { m, box } of marks) {
      if (!inside(box, area))
        problems.push(`${id}: a ${m.tagName} ${show(box)} leaves the plot ${show(area)}`);
    }
    // On tablet and desktop, bars and ranges take the column's width (not a phone-sized 320 px).
    if (window.innerWidth >= 768) {
      for (const svg of plot.querySelectorAll<SVGElement>('.bars__track, .range__track')) {
        const w = svg.getBoundingClientRect().width;
        if (w < area.width * 0.6)
          problems.push(`${id}: a drawing is ${Math.round(w)} px in a ${Math.round(area.width)} px column`);
      }
    }
    for (const table of fig.querySelectorAll('table')) {
      const box = table.getBoundingClientRect();
      if (box.right > figBox.right + near)
        problems.push(`${id}: its table ${show(box)} overflows the card ${show(figBox)}`);
      for (const cell of table.querySelectorAll<HTMLElement>('th, td')) {
        if (cell.scrollWidth > cell.clientWidth + 1)
          problems.push(`${id}: a table cell is clipped: “${cell.textContent?.slice(0, 30)}”`);
      }
    }
  }
  for (const block of document.querySelectorAll<HTMLElement>('.numbers')) {
    const box = block.getBoundingClientRect();
    for (const item of block.querySelectorAll<HTMLElement>('.numbers__item')) {
      const b = item.getBoundingClientRect();
      if (!inside(b, box) || item.scrollWidth > item.clientWidth + 1)
        problems.push(`${block.id}: entry ${item.id} overflows ${show(b)} in ${show(box)}`);
    }
    if (box.right > window.innerWidth + near) problems.push(`${block.id}: leaves the screen`);
  }
  return problems;
}

async function openTables(page: Page) {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details.chart__data')) (d as HTMLDetailsElement).open = true;
  });
}

for (const l of locales) {
  test(
    `${l.segment}: chart text never overlaps text or marks, at 320–1440 px and 200% text; tables fit their cards`,
    SWEEP,
    async ({ page }) => {
      test.setTimeout(60_000);
      // Final geometry at once (reduced motion): the layout, not an animation frame, is checked.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`/${l.segment}/2024/`);
      expect(await page.locator('figure.chart').count()).toBeGreaterThan(0);
      await openTables(page);
      for (const size of ['', '200%']) {
        await page.evaluate((s) => {
          document.documentElement.style.fontSize = s;
        }, size);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          const problems = await page.evaluate(legibilityProblems);
          expect(problems, `${l.segment} at ${width} px, text ${size || '100%'}`).toEqual([]);
        }
      }
    },
  );
}

/** WCAG relative luminance of a CSS rgb() colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
};

for (const scheme of ['light', 'dark'] as const) {
  test(`chart marks reach 3:1 against their card in the ${scheme} scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto('/en/2024/');
    const pairs = await page.evaluate(() => {
      const out: { what: string; colour: string; card: string }[] = [];
      for (const fig of document.querySelectorAll<HTMLElement>('figure.chart')) {
        const card = getComputedStyle(fig).backgroundColor;
        for (const m of fig.querySelectorAll<SVGElement>('.chart__mark'))
          out.push({ what: `${fig.id} mark`, colour: getComputedStyle(m).fill, card });
        for (const m of fig.querySelectorAll<SVGElement>('.chart__axis'))
          out.push({ what: `${fig.id} axis`, colour: getComputedStyle(m).stroke, card });
      }
      for (const item of document.querySelectorAll<HTMLElement>('.numbers__item')) {
        out.push({
          what: `${item.id} rule`,
          colour: getComputedStyle(item).borderInlineStartColor,
          card: getComputedStyle(document.body).backgroundColor,
        });
      }
      return out;
    });
    expect(pairs.length).toBeGreaterThan(5);
    const low = pairs
      .filter((p) => contrast(p.colour, p.card) < 3)
      .map((p) => `${p.what}: ${p.colour} on ${p.card} = ${contrast(p.colour, p.card).toFixed(2)}:1`);
    expect(low).toEqual([]);
  });
}

test(
  'screenshots of every chart and numbers block at 360 px, English and Chinese',
  SWEEP,
  async ({ page }) => {
    test.setTimeout(60_000);
    fs.mkdirSync('screenshots/charts', { recursive: true });
    // Tall, so that no sticky bar covers a long block in its screenshot; 360 px is what counts.
    await page.setViewportSize({ width: 360, height: 4000 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (const segment of ['en', 'zh-hans']) {
      await page.goto(`/${segment}/2024/`);
      // The sticky section bar would cover the bottom of a block in its picture.
      await page.evaluate(() =>
        document
          .querySelectorAll<HTMLElement>('.section-nav, .site-header')
          .forEach((n) => (n.style.visibility = 'hidden')),
      );
      const blocks = page.locator('figure.chart, .numbers');
      const ids = await blocks.evaluateAll((els) => els.map((e) => e.id));
      expect(ids.length).toBeGreaterThan(3);
      for (const id of ids)
        await page.locator(`[id="${id}"]`).screenshot({ path: `screenshots/charts/${segment}-${id}.png` });
      // And each chart with its data table open (the quotes live there).
      await openTables(page);
      for (const id of ids.filter((x) => x.startsWith('chart-'))) {
        await page
          .locator(`[id="${id}"]`)
          .screenshot({ path: `screenshots/charts/${segment}-${id}-table.png` });
      }
    }
  },
);
