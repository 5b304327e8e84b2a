import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { dictionaries } from '../i18n/index.ts';
import { checkContent } from './load.ts';
import { reviewCards } from '../publish/cards.ts';
import {
  balancedLines,
  breakLines,
  cardCharacters,
  cardPng,
  cardSvg,
  cardText,
  faceOf,
  fontFiles,
  fontsDir,
  loadFace,
  missingCharacters,
  pngSize,
  units,
  type CardText,
} from '../publish/share-card.ts';

/** One "character" per em: enough to test breaking without a font. */
const chars = (s: string) => [...s].length;

describe('line breaking', () => {
  test('Chinese breaks between characters, but closing quotes stay with the word before and opening ones with the next.', () => {
    expect(units('年度“平安”。').map((u) => u.text)).toEqual(['年', '度', '“平', '安”。']);
    expect(breakLines(units('2024年“平安南通”年度回眸'), chars, 9)).toEqual(['2024年“平安南', '通”年度回眸']);
  });

  test('English breaks only at spaces, and a line never starts with the space.', () => {
    expect(units('Safe Nantong: the 2024 review').map((u) => `${u.space ? '_' : ''}${u.text}`)).toEqual([
      'Safe',
      '_Nantong:',
      '_the',
      '_2024',
      '_review',
    ]);
    expect(breakLines(units('Safe Nantong: the 2024 review'), chars, 20)).toEqual([
      'Safe Nantong: the',
      '2024 review',
    ]);
  });

  test('Balanced lines keep the greedy line count but split near the middle.', () => {
    expect(balancedLines('Safe Nantong: the 2024 review', chars, 20)).toEqual([
      'Safe Nantong:',
      'the 2024 review',
    ]);
    expect(balancedLines('short', chars, 20)).toEqual(['short']);
  });
});

describe('share images', () => {
  const card = (over: Partial<CardText> = {}): CardText =>
    cardText('zh-hant', dictionaries['zh-hant'], {
      title: '2024年“平安南通”年度回眸',
      source: '南通日報',
      date: '2025年1月',
      ...over,
    });

  test('zh-hant cards use the Traditional face, the others the Simplified one.', () => {
    expect(faceOf('zh-hant')).toBe('tc');
    expect(faceOf('zh-hans')).toBe('sc');
    expect(faceOf('en')).toBe('sc');
  });

  test('The committed font subsets have a glyph for every character of every card the content makes.', () => {
    const cards = reviewCards(checkContent().reviews, dictionaries);
    expect(cards.length).toBeGreaterThanOrEqual(3);
    for (const { segment, year, card: c } of cards) {
      expect(missingCharacters(loadFace(faceOf(segment)), cardCharacters(c)), `${segment} ${year}`).toEqual(
        [],
      );
    }
  });

  test('A title with a character outside the subset fails, naming the character and the fix.', () => {
    expect(() => cardSvg(card({ title: '龘年回眸' }))).toThrow(
      /zh-hant.*NotoSansCJKtc-Bold\.subset\.otf has no glyph for "龘"[\s\S]*fix: run `npm run font:subset`/,
    );
  });

  test('A card renders to a 1200×630 PNG of a few tens of kilobytes.', async () => {
    const png = await cardPng(card());
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeLessThan(60_000);
  });

  test('pngSize reads the IHDR chunk and rejects bytes that are not a PNG.', () => {
    const header = Buffer.from('89504e470d0a1a0a0000000d49484452000004b00000027608030000', 'hex');
    expect(pngSize(header)).toEqual({ width: 1200, height: 630 });
    expect(pngSize(Buffer.from('GIF89a-not-a-png-at-all'))).toBeUndefined();
  });

  test('subset.json records the committed font files as they are (re-run the subset script after editing).', () => {
    const record = JSON.parse(fs.readFileSync(path.join(fontsDir(), 'subset.json'), 'utf8')) as {
      faces: Record<string, { file: string; bytes: number; characters: string }>;
    };
    for (const [face, file] of Object.entries(fontFiles)) {
      const entry = record.faces[face];
      expect(entry?.file).toBe(file);
      expect(fs.statSync(path.join(fontsDir(), file)).size, file).toBe(entry?.bytes);
      expect(missingCharacters(loadFace(face as 'sc' | 'tc'), entry?.characters ?? ''), file).toEqual([]);
    }
    expect(fs.existsSync(path.join(fontsDir(), 'OFL.txt'))).toBe(true);
  });
});
