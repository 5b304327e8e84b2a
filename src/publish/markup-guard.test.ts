import { describe, expect, test } from 'vitest';
import { foreignMarkup } from './markup-guard.ts';

const page = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>p{color:red}</style>${head}</head><body>${body}</body></html>`;
const own = `<form class="header-search" role="search" method="get" action="/en/search/"><input name="q"></form>`;

describe('markup the site never writes fails the build', () => {
  test('the site’s own page passes: head styles, the search form', () => {
    expect(
      foreignMarkup([{ file: 'en/index.html', html: page('', `<main>${own}<p>text</p></main>`) }], '/'),
    ).toEqual([]);
  });

  test.each([
    ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">', ''],
    ['base', '<base href="https://evil.example/">', ''],
    ['object', '', '<object data="x.swf"></object>'],
    ['iframe', '', '<iframe src="https://evil.example/"></iframe>'],
    ['embed', '', '<embed src="x">'],
    ['a foreign form', '', '<form action="https://evil.example/login" method="post"><input name="p"></form>'],
    [
      'a search-looking form posting elsewhere',
      '',
      '<form role="search" method="get" action="https://evil.example/en/search/"></form>',
    ],
    ['a <style> in the body', '', '<p>x</p><style>body{display:none}</style>'],
    ['a style attribute', '', '<p style="position:fixed;inset:0">x</p>'],
  ])('%s is named with its page', (_name, head, body) => {
    const problems = foreignMarkup([{ file: 'zh-hant/2024/index.html', html: page(head, body) }], '/');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^zh-hant\/2024\/index\.html: /);
  });

  test('under a base path the search form is the base path’s', () => {
    const form = own.replace('/en/search/', '/reviews/en/search/');
    expect(foreignMarkup([{ file: 'a.html', html: page('', form) }], '/reviews/')).toEqual([]);
    expect(foreignMarkup([{ file: 'a.html', html: page('', own) }], '/reviews/')).toHaveLength(1);
  });
});
