import { describe, expect, test } from 'vitest';
import { indexConfig, keepBundleFile } from './bundle.ts';

describe('the published search bundle', () => {
  test('Pagefind’s default UIs and highlight script are not published; the JS API and index are.', () => {
    for (const f of [
      'pagefind-ui.js',
      'pagefind-ui.css',
      'pagefind-modular-ui.js',
      'pagefind-component-ui.css',
      'pagefind-highlight.js',
    ]) {
      expect(keepBundleFile(f), f).toBe(false);
    }
    for (const f of [
      'pagefind.js',
      'pagefind-entry.json',
      'wasm.unknown.pagefind',
      'index/en_1.pf_index',
      'fragment/zh-hans_2.pf_fragment',
    ]) {
      expect(keepBundleFile(f), f).toBe(true);
    }
  });

  test('Chart plots and screen-reader helper text are kept out of the index.', () => {
    expect(indexConfig.excludeSelectors).toEqual(expect.arrayContaining(['svg', '.visually-hidden']));
  });
});
