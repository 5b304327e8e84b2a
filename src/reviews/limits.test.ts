import { describe, expect, test } from 'vitest';
import { reservedIds, reservedSectionId } from './limits.ts';

describe('section ids that would collide with an id of the page', () => {
  test.each([
    'top',
    'main',
    'notes',
    'search-filters',
    'header-search-q',
    'headline-en-2024',
    'stat-x',
    'lede-2',
    'lede-title',
  ])('%s is refused with a reason', (id) => {
    expect(reservedSectionId(id)).toMatch(/page|paragraph|heading/);
  });

  test('every literal id of the templates is reserved, and ordinary section ids are not', () => {
    expect(reservedIds()).toContain('top');
    for (const id of reservedIds()) expect(reservedSectionId(id), id).toBeDefined();
    for (const id of ['lede', 'outlook', 'political-leadership'])
      expect(reservedSectionId(id)).toBeUndefined();
  });
});
