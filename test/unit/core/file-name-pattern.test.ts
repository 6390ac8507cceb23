import { describe, expect, it } from 'vitest';
import { checkFileNamePattern, DEFAULT_FILE_NAME_PATTERN, issueFileName } from '../../../src/core/file-name-pattern';

const issue117 = { number: 117, date: '2021-03-03' };

describe('issueFileName', () => {
  it('gives Kubelist’s own names by default', () => {
    expect(issueFileName(DEFAULT_FILE_NAME_PATTERN, issue117)).toBe('kubelist-117.md');
  });

  it('fills in {number} and {date}, every time each appears', () => {
    expect(issueFileName('{date}-issue-{number}.md', issue117)).toBe('2021-03-03-issue-117.md');
    expect(issueFileName('mesh-{number}-{number}.md', issue117)).toBe('mesh-117-117.md');
  });

  it('names a draft without a date yet “undated”', () => {
    expect(issueFileName('{date}-{number}.md', { number: 118, date: '' })).toBe('undated-118.md');
    expect(issueFileName('{date}-{number}.md', { number: 118, date: '2021-02-30' })).toBe('undated-118.md');
  });

  it('falls back to Kubelist’s name for a pattern that cannot be used', () => {
    expect(issueFileName('../../etc/{number}.md', issue117)).toBe('kubelist-117.md');
    expect(issueFileName('{date}.md', issue117)).toBe('kubelist-117.md');
  });
});

describe('checkFileNamePattern', () => {
  it.each([DEFAULT_FILE_NAME_PATTERN, '{date}-kubelist-{number}.md', 'Issue {number} (weekly).md', 'ñ-{number}.md'])('accepts %j', (pattern) => {
    expect(checkFileNamePattern(pattern)).toBeNull();
  });

  it.each([
    ['{date}.md', 'must contain {number}, so that each issue gets its own file'],
    ['kubelist-{number}.txt', 'must end in .md'],
    ['kubelist-{number}.MD', 'must end in .md'],
    ['issues/kubelist-{number}.md', 'may not contain “/” (not allowed in file names)'],
    ['issues\\{number}.md', 'may not contain “\\” (not allowed in file names)'],
    ['{number}: notes.md', 'may not contain “:” (not allowed in file names)'],
    ['what?-{number}.md', 'may not contain “?” (not allowed in file names)'],
    ['tab\t{number}.md', 'may not contain control characters (not allowed in file names)'],
    ['{number}-{title}.md', 'has “{title}”, which is not a placeholder: use {number} or {date}'],
    ['{number}-{date.md', 'has “{date.md”, which is not a placeholder: use {number} or {date}'],
    ['{number}}.md', 'has “}”, which is not a placeholder: use {number} or {date}'],
    [' kubelist-{number}.md', 'starts or ends with a space'],
    ['.kubelist-{number}.md', 'starts with a dot, which hides the file on most systems'],
    [`${'x'.repeat(95)}{number}.md`, 'is longer than 100 characters'],
  ])('refuses %j: %s', (pattern, why) => {
    expect(checkFileNamePattern(pattern)).toBe(why);
  });
});
