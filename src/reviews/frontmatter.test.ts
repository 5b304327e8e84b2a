import { describe, expect, test } from 'vitest';
import { compiledBody, splitFrontmatter } from './frontmatter.ts';

describe('where frontmatter ends: the compiler’s rule, and the strict form on top', () => {
  test('the strict form splits with no problem; the body keeps every line', () => {
    const split = splitFrontmatter('---\nnav: a\n---\n\nText.\n');
    expect(split.problems).toEqual([]);
    expect(split.closingLine).toBe(3);
    expect(split.body.split('\n')).toHaveLength(6);
    expect(split.body.split('\n')[4]).toBe('Text.');
  });

  test('blank lines before an empty frontmatter: line 1 named, the split found where the compiler finds it', () => {
    const split = splitFrontmatter('\n\n---\n---\nText.\n');
    expect(split.yaml).toBe('\n');
    expect(split.closingLine).toBe(4);
    expect(split.problems.map((p) => p.line)).toEqual([1]);
    expect(split.body.split('\n')[4]).toBe('Text.');
  });

  test('a compiled body comes back unchanged (the compiler has already split it)', () => {
    const body = compiledBody('---\nnav: a\n---\n\nText.\n');
    expect(compiledBody(body)).toBe(body);
  });

  test('YAML the compiler cannot read still blanks the frontmatter, lines kept', () => {
    const body = compiledBody('---\nnav: [a\n---\nexport const x = 1\n');
    expect(body.split('\n')[3]).toBe('export const x = 1');
    expect(body).not.toContain('nav');
  });
});
