import { describe, expect, it } from 'vitest';
import { itemKeyAction } from '../../../../../options/sections/draft/item-keys';
import { rowSummary } from '../../../../../options/sections/draft/row-summary';

const key = (k: string, mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {}) => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe('itemKeyAction', () => {
  it('goes between items with j/k and the arrows on a row or its link, and opens with Enter on the item only', () => {
    expect(itemKeyAction(key('j'), 'item')).toBe('next');
    expect(itemKeyAction(key('ArrowDown'), 'row-control')).toBe('next');
    expect(itemKeyAction(key('k'), 'item')).toBe('previous');
    expect(itemKeyAction(key('ArrowUp'), 'item')).toBe('previous');
    expect(itemKeyAction(key('Enter'), 'item')).toBe('open');
    // Enter on a row's link or Edit button does what that link or button does.
    expect(itemKeyAction(key('Enter'), 'row-control')).toBeNull();
  });

  it('moves an item to the section before or after with Alt+Shift+arrows, and leaves other Shift keys alone', () => {
    expect(itemKeyAction(key('ArrowUp', { altKey: true, shiftKey: true }), 'item')).toBe('sectionUp');
    expect(itemKeyAction(key('ArrowDown', { altKey: true, shiftKey: true }), 'card')).toBe('sectionDown');
    expect(itemKeyAction(key('ArrowDown', { shiftKey: true }), 'item')).toBeNull();
    expect(itemKeyAction(key('J', { shiftKey: true }), 'item')).toBeNull();
  });

  it('leaves letters and plain arrows to a card’s fields, but closes with Escape and moves with Alt+arrows anywhere', () => {
    expect(itemKeyAction(key('j'), 'card')).toBeNull();
    expect(itemKeyAction(key('ArrowDown'), 'card')).toBeNull();
    expect(itemKeyAction(key('Enter'), 'card')).toBeNull();
    expect(itemKeyAction(key('Escape'), 'card')).toBe('close');
    expect(itemKeyAction(key('ArrowDown', { altKey: true }), 'item')).toBe('moveDown');
    expect(itemKeyAction(key('ArrowUp', { altKey: true }), 'row-control')).toBe('moveUp');
  });

  it('ignores keys held with Ctrl, Cmd or Shift, and other Alt keys', () => {
    expect(itemKeyAction(key('j', { ctrlKey: true }), 'item')).toBeNull();
    expect(itemKeyAction(key('ArrowDown', { shiftKey: true }), 'item')).toBeNull();
    expect(itemKeyAction(key('k', { metaKey: true }), 'item')).toBeNull();
    expect(itemKeyAction(key('j', { altKey: true }), 'item')).toBeNull();
    expect(itemKeyAction(key('Escape', { altKey: true }), 'card')).toBeNull();
  });
});

describe('rowSummary', () => {
  it('gives the host without www., the blurb’s first line and the emoji it ends with', () => {
    expect(rowSummary({ url: 'https://www.blog.test/a?b=1', commentary: 'First line.\nSecond line. 🎛⚡' })).toEqual({
      host: 'blog.test',
      line: 'First line.',
      emoji: '🎛⚡',
    });
    expect(rowSummary({ url: 'https://k8s.io/', commentary: 'One line, no emoji' })).toEqual({ host: 'k8s.io', line: 'One line, no emoji', emoji: '' });
  });

  it('has no host for an address that does not parse, and nothing for an empty blurb', () => {
    expect(rowSummary({ url: 'half-typed', commentary: '' })).toEqual({ host: '', line: '', emoji: '' });
  });
});
