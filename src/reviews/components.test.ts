import { describe, expect, test } from 'vitest';
import { componentUses, idOf } from './components.ts';

describe('component attributes, as the MDX parser reads them', () => {
  test('a title with > and Chinese inside a link does not end a tag early', () => {
    const uses = componentUses('[链接](/en/2024/ "a > b 平安") and <Term id="police">police</Term>');
    expect(uses.map(idOf)).toEqual(['police']);
  });

  test('a repeated id is no single id; lines are the lines of the text', () => {
    const [use] = componentUses('\n\n<Term id="a" id="b">x</Term>');
    expect(use?.attributes.map((a) => a.name)).toEqual(['id', 'id']);
    expect(idOf(use!)).toBeUndefined();
    expect(use?.line).toBe(3);
  });

  test('58 KB of nested <Term> is read without exhausting the stack', () => {
    const deep = '<Term id="a">'.repeat(4500) + 'x' + '</Term>'.repeat(4500);
    expect(() => componentUses(deep)).not.toThrow();
  });
});
