import { describe, expect, it } from 'vitest';
import { appendEmoji } from '../../../src/core/append-emoji';
import { exportFileName } from '../../../src/core/export-file-name';
import { moveInList } from '../../../src/core/move-in-list';

describe('appendEmoji', () => {
  it('adds the emoji after one space, the way archive blurbs end', () => {
    expect(appendEmoji('Worth a read today!', '🔊')).toBe('Worth a read today! 🔊');
  });
  it('drops trailing whitespace and newlines first', () => {
    expect(appendEmoji('Worth a read.  \n', '⚡')).toBe('Worth a read. ⚡');
  });
  it('adds a second emoji after the first', () => {
    expect(appendEmoji('Great 🎛', '⚡')).toBe('Great 🎛 ⚡');
  });
  it('is the emoji alone for an empty blurb', () => {
    expect(appendEmoji('  ', '👩‍💻')).toBe('👩‍💻');
  });
});

describe('moveInList', () => {
  const list = ['a', 'b', 'c', 'd'];
  it('moves down and up', () => {
    expect(moveInList(list, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveInList(list, 3, 0)).toEqual(['d', 'a', 'b', 'c']);
  });
  it('clamps the target and ignores a missing source', () => {
    expect(moveInList(list, 1, 99)).toEqual(['a', 'c', 'd', 'b']);
    expect(moveInList(list, 7, 0)).toEqual(list);
  });
  it('does not change the input', () => {
    moveInList(list, 0, 3);
    expect(list).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('exportFileName', () => {
  it('matches the names the footer links to', () => {
    expect(exportFileName(117)).toBe('kubelist-117.md');
  });
});
