import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, sectionList } from '../../../../src/core/model';

const news = { name: 'News', limit: null };

describe('the sections setting', () => {
  it('is none by default (Kubelist has none), and keeps named sections with or without a limit, names trimmed', () => {
    expect(DEFAULT_SETTINGS.sections).toEqual([]);
    const sections = [news, { name: ' Tweet of the week ', limit: 1 }];
    expect(readSettings({ sections })).toEqual({ settings: { ...DEFAULT_SETTINGS, sections: [news, { name: 'Tweet of the week', limit: 1 }] }, problems: [] });
    expect(readSettings({ sections: [{ ...news, extra: true }] }).settings.sections).toEqual([news]);
  });

  it('refuses a list with a blank name, a name given twice, a limit that is not a whole number from 1 to 999, or no list', () => {
    expect(sectionList([{ name: ' ', limit: null }])).toEqual({ code: 'blank' });
    expect(sectionList([news, { name: 'news ', limit: 2 }])).toEqual({ code: 'sectionNameTwice', name: 'news' });
    for (const limit of [0, 1.5, 1000, '3', undefined])
      expect(sectionList([{ name: 'Jobs', limit }])).toEqual({ code: 'badSectionLimit', name: 'Jobs', max: 999 });
    expect(sectionList('News')).toMatchObject({ code: 'notSectionList' });
    expect(sectionList([{ limit: 1 }])).toMatchObject({ code: 'notSectionList' });
    expect(sectionList(Array.from({ length: 51 }, (_, i) => ({ name: `S${i}`, limit: null })))).toEqual({ code: 'tooLong', max: 50 });
    const { settings, problems } = readSettings({ sections: [news, news] });
    expect(settings.sections).toEqual([]);
    expect(problems).toEqual([{ setting: 'sections', problem: { code: 'sectionNameTwice', name: 'News' } }]);
  });
});
