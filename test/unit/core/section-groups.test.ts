import { describe, expect, it } from 'vitest';
import { inSectionOrder, sectionGroups, sectionOf } from '../../../src/core/section-groups';

const item = (title: string, section?: string) => ({ title, ...(section === undefined ? {} : { section }) });
const names = ['News', 'Tools', 'Jobs'];

describe('sectionGroups', () => {
  it('puts the items with no section (or one no longer listed) first, then each section in order, empty ones kept', () => {
    const items = [item('a', 'Tools'), item('b'), item('c', 'news'), item('d', 'Gone'), item('e', 'Tools'), item('f', '')];
    expect(sectionGroups(items, names).map((group) => [group.name, group.items.map((each) => each.title)])).toEqual([
      ['', ['b', 'd', 'f']],
      ['News', ['c']],
      ['Tools', ['a', 'e']],
      ['Jobs', []],
    ]);
    expect(inSectionOrder(items, names).map((each) => each.title)).toEqual(['b', 'd', 'f', 'c', 'a', 'e']);
  });

  it('leaves the order alone when the newsletter has no sections', () => {
    const items = [item('a', 'Tools'), item('b')];
    expect(inSectionOrder(items, [])).toEqual(items);
    expect(sectionGroups(items, [])).toEqual([{ name: '', items }]);
  });

  it('names an item’s section as the settings spell it', () => {
    expect(sectionOf(item('a', ' tools '), names)).toBe('Tools');
    expect(sectionOf(item('a', 'Gone'), names)).toBe('');
  });
});
