import { describe, expect, test } from 'vitest';
import { emptyState, pagefindFilters, readState, resultHref, sameState, writeState } from './state.ts';

const allowed = { years: ['2024', '2025'], sections: ['lede', 'outlook'] };

describe('search state in the URL', () => {
  test('Query and filters survive a round trip through the URL.', () => {
    const state = { q: '网格 20.7%', year: '2024', section: 'lede' };
    expect(writeState(state)).toBe('?q=%E7%BD%91%E6%A0%BC+20.7%25&year=2024&section=lede');
    expect(readState(writeState(state), allowed)).toEqual(state);
  });

  test('Empty values are left out, and the empty state is the bare page.', () => {
    expect(writeState({ q: 'grid', year: '', section: '' })).toBe('?q=grid');
    expect(writeState(emptyState)).toBe('');
    expect(writeState({ q: '   ', year: '', section: '' })).toBe('');
  });

  test('A year or section that does not exist is dropped, not searched.', () => {
    expect(readState('?q=grid&year=1999&section=nope', allowed)).toEqual({
      q: 'grid',
      year: '',
      section: '',
    });
  });

  test('States that differ only in surrounding spaces are the same.', () => {
    expect(sameState({ q: ' grid ', year: '', section: '' }, { q: 'grid', year: '', section: '' })).toBe(
      true,
    );
    expect(sameState({ q: 'grid', year: '2024', section: '' }, { q: 'grid', year: '', section: '' })).toBe(
      false,
    );
  });

  test('Filters become Pagefind filters, absent ones omitted.', () => {
    expect(pagefindFilters({ q: 'x', year: '2024', section: '' })).toEqual({ year: '2024' });
    expect(pagefindFilters({ q: 'x', year: '', section: 'lede' })).toEqual({ section: 'lede' });
  });
});

describe('resultHref', () => {
  test('Links to the paragraph anchor under the base path, with the words to highlight.', () => {
    expect(resultHref('/reviews/', 'zh-hans', '2024', 'lede-2', ['网格'])).toBe(
      '/reviews/zh-hans/2024/?hl=%E7%BD%91%E6%A0%BC#lede-2',
    );
    expect(resultHref('/', 'en', '2024', 'outlook', [])).toBe('/en/2024/#outlook');
    expect(resultHref('/', 'en', '2024', 'lede-3', ['grid', 'grids'])).toBe('/en/2024/?hl=grid+grids#lede-3');
  });
});
