import { describe, expect, test } from 'vitest';
import { plainText, stripTags, visibleText } from './mdx-text.ts';

describe('the text of an MDX paragraph', () => {
  test('Component tags go and the words inside a <Term> stay; a < in prose is text.', () => {
    expect(stripTags('fell <Term id="x">12.3%</Term> on <Chart id="c" />.')).toBe('fell 12.3% on .');
    expect(stripTags('a < b and <5% and 3<4')).toBe('a < b and <5% and 3<4');
    expect(stripTags('a<Term id="x">b</Term>c', ' ')).toBe('a b c');
  });

  test('visibleText also drops MDX comments, which can span lines.', () => {
    expect(visibleText('20.7%{/* check:\n 0.7% */}<Term id="t">升</Term>')).toBe('20.7%升');
    expect(stripTags('{/* x */}')).toBe('{/* x */}');
  });

  test('plainText is one trimmed line.', () => {
    expect(plainText('  one\n<Term id="a">two</Term>\n\n three ')).toBe('one two three');
  });
});
