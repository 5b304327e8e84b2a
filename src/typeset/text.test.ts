import { describe, expect, test } from 'vitest';
import { bodyChinese, bodyEnglish, phraseBreaks, phrases } from './text.ts';

const pieces = (text: string, script: 'hans' | 'hant') => phrases(text, script).split('<wbr>');

describe('phrase breaks in headings', () => {
  test('a heading breaks only between words, never inside 平安南通 or leaving one character', () => {
    for (const script of ['hans', 'hant'] as const) {
      const p = pieces('2024年“平安南通”年度回眸', script);
      expect(p.join('')).toBe('2024年“平安南通”年度回眸');
      expect(p.some((x) => x.includes('平安南通'))).toBe(true);
      for (const x of p) expect(x.replace(/[“”，。]/g, '').length).toBeGreaterThanOrEqual(2);
    }
    expect(pieces('政法队伍', 'hans').every((x) => x !== '政' && x !== '法')).toBe(true);
  });

  test('no break inside a number or before closing punctuation', () => {
    const breaks = phraseBreaks('2024年全市政法系统，再创佳绩', 'hant');
    for (const b of breaks) expect('2024年全市政法系统，再创佳绩'[b]).not.toMatch(/[0-9，]/);
  });

  test('escaped text stays escaped; Latin-only text is unchanged', () => {
    expect(phrases('平安 &amp; 南通年度回眸', 'hans')).toContain('&amp;');
    expect(phrases('Safe Nantong', 'hans')).toBe('Safe Nantong');
  });
});

describe('Chinese body text', () => {
  test('numbers stay with their measure words', () => {
    const html = bodyChinese('建成100家驿站，化解1800余件纠纷，开展59场活动', false);
    for (const pair of ['100家', '1800余件', '59场'])
      expect(html).toContain(`<span class="nobr">${pair}</span>`);
  });

  test('the last two characters of a paragraph and their punctuation stay together', () => {
    expect(bodyChinese('打通了联系服务群众的“最后一米”；', true)).toMatch(
      /后<span class="nobr">一米”；<\/span>$/,
    );
    // A number+unit pair at the cut goes whole into the tail.
    expect(bodyChinese('全年共化解1800余件。', true)).toMatch(
      /<span class="nobr"><span class="nobr">1800余件<\/span>。<\/span>$/,
    );
  });
});

describe('English body text', () => {
  test('a number keeps its word, the last two words stay together, a dash keeps its word', () => {
    const html = bodyEnglish('It rose to 12.6 million cases — a record in the city', true);
    expect(html).toContain('<span class="nobr">12.6 million</span>');
    expect(html).toContain('<span class="nobr">cases —</span>');
    expect(html).toMatch(/<span class="nobr">the city<\/span>$/);
    // Overlapping pairs become one span; long last words are left to the browser.
    expect(bodyEnglish('a total of 58 cases', true)).toMatch(/of <span class="nobr">58 cases<\/span>$/);
    expect(bodyEnglish('into construction drawings.', true)).not.toContain('nobr');
    // A number ends at its last digit: “In 2024, the” is not a pair.
    expect(bodyEnglish('In 2024, the project', false)).toBe('In 2024, the project');
  });
});
