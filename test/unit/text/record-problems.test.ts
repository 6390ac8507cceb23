import { afterEach, describe, expect, it } from 'vitest';
import german from '../../../_locales/de/messages.json';
import { readBackup } from '../../../src/core/backup';
import type { RecordProblem } from '../../../src/core/backup/record-checks';
import { useBrowserMessages } from '../../../src/platform/i18n';
import { formatMessage } from '../../../src/text/message-format';
import { recordProblemText } from '../../../src/text/record-problems';
import { useMessages } from '../../../src/text/t';

/** A v5 backup whose one item has a `javascript:` address, a title that is a list, and no commentary. */
const broken = JSON.stringify({
  format: 'kubelist-curator-backup',
  schemaVersion: 5,
  exportedAt: '2026-01-05T00:00:00.000Z',
  data: {
    issues: [{ id: 'd', status: 'draft', number: 5, date: '', headline: '', intro: '', createdAt: 1, updatedAt: 1 }],
    items: [{ id: 'x', issueId: 'd', position: 0, title: ['T'], url: 'javascript:alert(1)', urlKey: 'k', addedAt: 1, updatedAt: 1 }],
    clips: [],
    settings: {},
  },
});
const recordProblems = () => {
  const reading = readBackup(broken);
  if (reading.ok) throw new Error('the broken backup was read');
  return reading.problems.filter((problem): problem is RecordProblem => 'fault' in problem);
};

afterEach(() => useBrowserMessages());

describe('a backup’s record problems', () => {
  it('say which record, which field and what the check found, as codes', () => {
    expect(recordProblems()).toEqual([
      { path: '$.data.items[0].title', store: 'items', index: 0, id: 'x', field: 'title', fault: { code: 'notText', got: { kind: 'list' } } },
      { path: '$.data.items[0].url', store: 'items', index: 0, id: 'x', field: 'url', fault: { code: 'unsafeScheme', scheme: 'javascript' } },
      { path: '$.data.items[0].commentary', store: 'items', index: 0, id: 'x', field: 'commentary', fault: { code: 'missing' } },
    ]);
  });

  it('are worded in English', () => {
    expect(recordProblems().map(recordProblemText)).toEqual([
      'should be text, not a list',
      'uses the javascript: scheme; only http: and https: links are allowed',
      'is missing',
    ]);
  });

  it('are worded in German', () => {
    useMessages((name, substitutions) => formatMessage(german, name, substitutions));
    expect(recordProblems().map(recordProblemText)).toEqual([
      'sollte Text sein, ist aber eine Liste',
      'verwendet das Schema javascript:; erlaubt sind nur http:- und https:-Links',
      'fehlt',
    ]);
  });
});
