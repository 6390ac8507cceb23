import { describe, expect, it } from 'vitest';
import { byPosition } from '../../../src/core/by-position';

const item = (id: string, position: number, addedAt: number) => ({ id, position, addedAt });

describe('byPosition', () => {
  it('orders by position first, whatever the add time or id', () => {
    const items = [item('a', 2, 1), item('b', 0, 3), item('c', 1, 2)];
    expect(items.sort(byPosition).map((i) => i.id)).toEqual(['b', 'c', 'a']);
  });

  it('puts the one added first before another at the same position, then orders by id', () => {
    const items = [item('z', 0, 5), item('y', 0, 9), item('b', 0, 1), item('a', 0, 5)];
    expect(items.sort(byPosition).map((i) => i.id)).toEqual(['b', 'a', 'z', 'y']);
  });

  it('gives the same order from any starting order', () => {
    const items = [item('m', 1, 2), item('k', 1, 2), item('n', 0, 7), item('j', 1, 1)];
    const orders = [items, [...items].reverse(), [items[2]!, items[0]!, items[3]!, items[1]!]].map((list) => [...list].sort(byPosition).map((i) => i.id));
    expect(orders).toEqual([
      ['n', 'j', 'k', 'm'],
      ['n', 'j', 'k', 'm'],
      ['n', 'j', 'k', 'm'],
    ]);
  });
});
