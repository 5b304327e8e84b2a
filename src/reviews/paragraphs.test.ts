import { describe, expect, test } from 'vitest';
import { splitParagraphs } from './paragraphs.ts';

/** THE paragraph rule: what the content check, the paragraph ids and the source links count. */
describe('splitParagraphs', () => {
  test('It splits blocks at blank lines and gives the line each block starts on.', () => {
    const body = '\nFirst line\nstill first.\n\nSecond.\n\n\n  \nThird.\n';
    expect(splitParagraphs(body, 5)).toEqual([
      { text: 'First line\nstill first.', line: 6 },
      { text: 'Second.', line: 9 },
      { text: 'Third.', line: 13 },
    ]);
  });

  test('It counts lines the same way for Windows line endings.', () => {
    expect(splitParagraphs('A\r\n\r\nB\r\n', 1)).toEqual([
      { text: 'A', line: 1 },
      { text: 'B', line: 3 },
    ]);
  });

  test('It leaves out MDX comments, imports and a self-closing component on its own, but keeps a paragraph with an inline Term.', () => {
    const body = [
      "import Chart from '../Chart.astro';",
      '',
      '{/* editor: check the figure */}',
      '',
      'Crime fell by <Term id="x">20.7%</Term> in 2024.',
      '',
      '<Chart ids="a" />',
      '',
      '{/*',
      '  a comment over',
      '  several lines',
      '*/}',
      '',
      'Last.',
    ].join('\n');
    expect(splitParagraphs(body)).toEqual([
      { text: 'Crime fell by <Term id="x">20.7%</Term> in 2024.', line: 5 },
      { text: 'Last.', line: 14 },
    ]);
  });

  test('It keeps a paragraph that starts with a Term as a paragraph.', () => {
    expect(splitParagraphs('<Term id="x">Safe Nantong</Term> grew.')).toEqual([
      { text: '<Term id="x">Safe Nantong</Term> grew.', line: 1 },
    ]);
  });
});
