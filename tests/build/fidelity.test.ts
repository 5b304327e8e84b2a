import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { toHans, toHant } from '../../src/i18n/hant.ts';
import { reviewBlocks } from './dist.ts';

/**
 * The Chinese text is never paraphrased. The zh-hans page must be exactly the seed article's
 * body converted with OpenCC (tw → cn), paragraph by paragraph, after the one agreed
 * normalisation (half-width , ; ( and ) set full-width, as Chinese text writes them); zh-hant must be exactly zh-hans converted
 * back (cn → tw) with the reviewed phrase table. Nothing lost, nothing added.
 */
// A verbatim copy of ../shared/seeds/000_ddefecf07402ccde.txt, kept in the repo so the test runs
// anywhere; a unit test checks the copy still matches when shared/ is present.
const seed = fs.readFileSync(new URL('../fixtures/seed-2024.txt', import.meta.url), 'utf8');
const shared = new URL('../../../shared/seeds/000_ddefecf07402ccde.txt', import.meta.url);

/** The seed's body: every line before the byline (記者 …); the rest is the newspaper's footer. */
function seedBody(): string[] {
  const lines = seed
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const byline = lines.findIndex((l) => l.startsWith('記者'));
  expect(byline, 'the seed has a byline line').toBeGreaterThan(0);
  return lines.slice(0, byline);
}

const normalise = (s: string) =>
  s.replace(/,/g, '，').replace(/;/g, '；').replace(/\(/g, '（').replace(/\)/g, '）');

describe('fidelity of the Chinese editions', () => {
  test('the fixture is a verbatim copy of the shared seed', () => {
    // Compared with shared/ when it is beside the checkout (as in CI), else with its recorded hash.
    const expected = fs.existsSync(shared)
      ? createHash('sha256').update(fs.readFileSync(shared)).digest('hex')
      : '64df1520c95d0543c99ef6377e9da2a4daac69c60d9537982900d60d16f9bb8b';
    expect(createHash('sha256').update(seed).digest('hex')).toBe(expected);
  });

  test('the zh-hans page holds the seed body converted tw→cn, paragraph by paragraph', () => {
    const expected = seedBody().map((l) => normalise(toHans(l)));
    const actual = reviewBlocks('/zh-hans/2024/').map((b) => b.text);
    expect(actual).toEqual(expected);
  });

  test('the zh-hant page is the zh-hans page converted cn→tw with the reviewed phrase table', () => {
    const hans = reviewBlocks('/zh-hans/2024/').map((b) => b.text);
    const hant = reviewBlocks('/zh-hant/2024/').map((b) => b.text);
    expect(hant).toEqual(hans.map(toHant));
  });

  test('the zh-hant page fixes the seed’s naive Traditional forms', () => {
    const hant = reviewBlocks('/zh-hant/2024/')
      .map((b) => b.text)
      .join('\n');
    for (const right of ['最後', '聯繫', '幹警', '規範', '奮鬥', '海安家具', '緊抓快幹']) {
      expect(hant, right).toContain(right);
    }
    for (const wrong of ['最后', '聯系', '干警', '規范', '奮斗', '傢俱']) {
      expect(hant, wrong).not.toContain(wrong);
    }
  });

  test('the newspaper’s footer lines are credit, never body text', () => {
    const body = reviewBlocks('/zh-hans/2024/')
      .map((b) => b.text)
      .join('\n');
    for (const footer of ['版权所有', 'ICP', '举报电话', '记者 朱文君']) expect(body).not.toContain(footer);
  });
});
