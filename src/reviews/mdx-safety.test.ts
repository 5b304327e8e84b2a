import { describe, expect, test } from 'vitest';
import { mdxSafetyProblems, unsafeUrl } from './mdx-safety.ts';

const fm = '---\nnav: x\n---\n\n';

describe('the safe MDX subset', () => {
  test('text, emphasis, links on the site or https, Term, Chart and comments pass', () => {
    const ok = `${fm}Text *em* **strong** [a](/en/2024/) [b](#lede) [c](https://example.org/) <Term id="x">term</Term>.\n\n<Chart id="y" />\n\n{/* a note */}\n`;
    expect(mdxSafetyProblems(ok)).toEqual([]);
  });

  test.each([
    ['import', "import x from 'y'", /import.*code/],
    ['export', 'export const a = 1', /import.*code/],
    ['expression', '{1 + 1}', /code expression/],
    ['inline expression', 'a {process.exit()} b', /code expression/],
    ['attribute expression', '<Term id={x} />', /quoted text value/],
    ['spread', '<Chart {...x} />', /spreads code/],
    ['raw HTML', '<script>alert(1)</script>', /<script> is raw HTML/],
    ['unknown component', '<Script>alert(1)</Script>', /<Script> is not one of/],
    ['set:html', '<Fragment set:html="<b>x</b>" />', /<Fragment> is not one of/],
    ['unknown attribute', '<Term id="a" onclick="x">t</Term>', /no attribute "onclick"/],
    ['Chart with text', '<Chart id="a">t</Chart>', /takes no text/],
    ['javascript link', '[a](javascript:alert(1))', /"javascript:" scheme/],
    ['http link', '[a](http://example.org/)', /uses http/],
    ['protocol-relative', '[a](//evil.example/)', /another site/],
    ['image', '![a](/x.png)', /an image/],
    ['heading', '# Heading', /"heading" is not part of section text/],
    ['HTML comment', '<!-- x -->', /MDX cannot read/],
    ['a repeated id', 'a <Term id="police" id="courts">x</Term>', /gives "id" twice/],
    ['id __proto__', 'a <Term id="__proto__">x</Term>', /is not an id/],
    ['id with a space before =', 'a <Term id ="Police">x</Term>', /is not an id/],
    ['a link title with > and Chinese', '[a](/en/2024/ "平安 > 南通")', /link title/],
    ['a link title with a bidi override', '[a](/en/2024/ "平安\u202e南通")', /invisible character U\+202E/],
    ['a second frontmatter block', '---\nnav: y\n---', /"thematicBreak"|second frontmatter/],
  ])('%s is refused on its line', (_name, body, message) => {
    const problems = mdxSafetyProblems(`${fm}First paragraph.\n\n${body}\n`);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.message).toMatch(message);
    expect(problems[0]?.line).toBe(7);
    expect(problems[0]?.fix.length).toBeGreaterThan(10);
  });

  test('URLs: whitespace and case cannot hide a scheme', () => {
    expect(unsafeUrl('JaVaScRiPt:alert(1)')).toMatch(/javascript/);
    expect(unsafeUrl(' \tjavascript:x')).toMatch(/javascript/);
    expect(unsafeUrl('/\\evil.example')).toMatch(/another site/);
    expect(unsafeUrl('../2023/')).toBeUndefined();
  });

  test('58 KB of nested <Term> is a depth problem with its line, never a crash', () => {
    const deep = '<Term id="a">'.repeat(4500) + 'x' + '</Term>'.repeat(4500);
    const problems = mdxSafetyProblems(`${fm}${deep}\n`);
    expect(problems.some((p) => /nested more than/.test(p.message) && p.line === 5)).toBe(true);
  });
});
