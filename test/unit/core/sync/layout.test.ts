import { describe, expect, it } from 'vitest';
import { FEED_PATH, isSyncedPath, issueFileNamed, issueNumberOf, issuePath, maySyncPath } from '../../../../src/core/sync';

const DATED = '{date}-kubelist-{number}.md';

describe('issue files under the file-name pattern', () => {
  it('writes the pattern and reads the number and date back', () => {
    expect(issuePath(5)).toBe('issues/kubelist-5.md');
    expect(issuePath(5, DATED, '2026-01-02')).toBe('issues/2026-01-02-kubelist-5.md');
    expect(issueFileNamed('issues/2026-01-02-kubelist-5.md', DATED)).toEqual({ number: 5, date: '2026-01-02' });
    expect(issueNumberOf('issues/2026-01-02-kubelist-5.md', DATED)).toBe(5);
  });

  it('still reads Kubelist names after the pattern changed, and nothing else the pattern did not write', () => {
    expect(issueNumberOf('issues/kubelist-5.md', DATED)).toBe(5);
    expect(issueFileNamed('issues/kubelist-5.md', DATED)).toBeNull();
    for (const path of ['issues/README.md', 'issues/kubelist-05.md', 'issues/2026-01-02-kubelist-5.md', 'issues/logo.png', 'issues/old/kubelist-5.md']) {
      expect(issueNumberOf(path), path).toBeNull();
    }
    expect(issueNumberOf('issues/2026-02-30-kubelist-5.md', DATED)).toBeNull();
  });

  it('checks a placeholder named twice in both places', () => {
    expect(issueNumberOf('issues/5-5.md', '{number}-{number}.md')).toBe(5);
    expect(issueNumberOf('issues/5-6.md', '{number}-{number}.md')).toBeNull();
    expect(issueNumberOf('issues/a.b-5.md', 'a.b-{number}.md')).toBe(5);
    expect(issueNumberOf('issues/axb-5.md', 'a.b-{number}.md')).toBeNull();
  });

  it('reads a pattern that cannot be used as Kubelist names', () => {
    expect(issuePath(5, 'no-number.md')).toBe('issues/kubelist-5.md');
    expect(issueNumberOf('issues/kubelist-5.md', 'no-number.md')).toBe(5);
  });

  it('lists a file beside the issues before the pattern is known, and syncs only those the pattern names', () => {
    expect(maySyncPath('issues/README.md')).toBe(true);
    expect(maySyncPath('issues/images/logo.png')).toBe(false);
    expect(isSyncedPath('issues/README.md', DATED)).toBe(false);
    expect(isSyncedPath(FEED_PATH, DATED)).toBe(true);
    expect(isSyncedPath('issues/2026-01-02-kubelist-5.md', DATED)).toBe(true);
  });
});
