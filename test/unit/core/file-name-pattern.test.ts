import { describe, expect, it } from 'vitest';
import { checkFileNamePattern, DEFAULT_FILE_NAME_PATTERN, issueFileName } from '../../../src/core/file-name-pattern';
import { fileNamePatternProblemText } from '../../../src/text/file-name-pattern-problems';

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
    ['{date}.md', 'noNumber', 'must contain {number}, so that each issue gets its own file'],
    ['kubelist-{number}.txt', 'wrongExtension', 'must end in .md'],
    ['kubelist-{number}.MD', 'wrongExtension', 'must end in .md'],
    ['issues/kubelist-{number}.md', 'forbiddenCharacter', 'may not contain “/” (not allowed in file names)'],
    ['issues\\{number}.md', 'forbiddenCharacter', 'may not contain “\\” (not allowed in file names)'],
    ['{number}: notes.md', 'forbiddenCharacter', 'may not contain “:” (not allowed in file names)'],
    ['what?-{number}.md', 'forbiddenCharacter', 'may not contain “?” (not allowed in file names)'],
    ['tab\t{number}.md', 'controlCharacter', 'may not contain control characters (not allowed in file names)'],
    ['{number}-{title}.md', 'notPlaceholder', 'has “{title}”, which is not a placeholder: use {number} or {date}'],
    ['{number}-{date.md', 'notPlaceholder', 'has “{date.md”, which is not a placeholder: use {number} or {date}'],
    ['{number}}.md', 'notPlaceholder', 'has “}”, which is not a placeholder: use {number} or {date}'],
    [' kubelist-{number}.md', 'edgeSpace', 'starts or ends with a space'],
    ['.kubelist-{number}.md', 'leadingDot', 'starts with a dot, which hides the file on most systems'],
    [`${'x'.repeat(95)}{number}.md`, 'tooLong', 'is longer than 100 characters'],
  ])('refuses %j (%s): %s', (pattern, code, why) => {
    const problem = checkFileNamePattern(pattern);
    expect(problem?.code).toBe(code);
    expect(fileNamePatternProblemText(problem!)).toBe(why);
  });
});
