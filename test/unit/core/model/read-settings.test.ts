import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings } from '../../../../src/core/model';

describe('readSettings', () => {
  it('gives the defaults (Kubelist’s) for nothing stored', () => {
    expect(readSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(DEFAULT_SETTINGS).toMatchObject({ issueUrlBase: 'https://kubelist.com/issue/', weekday: 3, recurringSlot: 'Tweet of the week' });
  });

  it('keeps every valid field', () => {
    const mine = {
      newsletterName: 'Mesh Weekly',
      issueUrlBase: 'https://mesh.test/i/',
      weekday: 1,
      recurringSlot: '',
      headlineEmoji: '🕸',
      disabledRules: ['site-name', 'site-name', 'utm-params'],
      fileNamePattern: 'mesh-{date}-{number}.md',
      quickTarget: 'pool',
      templates: [{ id: 'mine', name: 'Mine', kind: 'html', body: '<p>{{headline}}</p>' }],
      sections: [{ name: 'News', limit: 3 }],
      exportTemplate: 'mine',
      yourName: 'Ana',
    };
    expect(readSettings(mine)).toEqual({ settings: { ...mine, disabledRules: ['site-name', 'utm-params'] }, problems: [] });
  });

  it('refuses a template list with a broken template or two of one id, and keeps no extra field of a template', () => {
    const one = { id: 'a', name: 'A', kind: 'markdown', body: '' };
    for (const templates of [{}, [{ ...one, kind: 'pdf' }], [{ ...one, body: 7 }], [one, one], [{ ...one, id: '' }]]) {
      const { settings, problems } = readSettings({ templates });
      expect(settings.templates).toEqual([]);
      expect(problems.map((problem) => problem.setting)).toEqual(['templates']);
    }
    expect(readSettings({ templates: [{ ...one, extra: 1 }] }).settings.templates).toEqual([one]);
    expect(DEFAULT_SETTINGS).toMatchObject({ templates: [], exportTemplate: 'kubelist' });
  });

  it('falls back field by field, naming each problem', () => {
    const { settings, problems } = readSettings({
      newsletterName: ' ',
      issueUrlBase: 'javascript:alert(1)',
      weekday: 9,
      disabledRules: 'all',
      quickTarget: 'inbox',
    });
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toEqual([
      { setting: 'newsletterName', problem: { code: 'blank' } },
      { setting: 'issueUrlBase', problem: { code: 'notHttpAddress' } },
      { setting: 'weekday', problem: { code: 'notWholeNumber', min: 0, max: 6, got: { kind: 'number', number: 9 } } },
      { setting: 'disabledRules', problem: { code: 'notRuleList', got: { kind: 'text' } } },
      { setting: 'quickTarget', problem: { code: 'notChoice', choices: ['issue', 'pool'] } },
    ]);
  });

  it('ignores inherited and unknown keys', () => {
    const planted = Object.assign(Object.create({ weekday: 5 }) as object, { extra: 1 });
    expect(readSettings(planted).settings.weekday).toBe(3);
  });
});

describe('the file name pattern setting', () => {
  it('is Kubelist’s own names unless set', () => {
    expect(readSettings({}).settings.fileNamePattern).toBe('kubelist-{number}.md');
    expect(readSettings({ fileNamePattern: '{date}-{number}.md' })).toEqual({
      settings: { ...DEFAULT_SETTINGS, fileNamePattern: '{date}-{number}.md' },
      problems: [],
    });
  });

  it('falls back to the default for a pattern that cannot be used, saying why', () => {
    expect(readSettings({ fileNamePattern: 'issues/{number}.md', weekday: 1 })).toEqual({
      settings: { ...DEFAULT_SETTINGS, weekday: 1 },
      problems: [{ setting: 'fileNamePattern', problem: { code: 'badFileNamePattern', why: { code: 'forbiddenCharacter', character: '/' } } }],
    });
    expect(readSettings({ fileNamePattern: 42 }).problems).toEqual([{ setting: 'fileNamePattern', problem: { code: 'notText', got: { kind: 'number' } } }]);
  });
});
