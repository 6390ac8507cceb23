import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../../src/core/issue';
import { formatIssue } from '../../../../src/core/kubelist';
import { DEFAULT_NEWSLETTER, EMPTY_STATE, FEED_PATH, feedFile, issuePath, type SyncState, writeState } from '../../../../src/core/sync';
import { childrenNamed, parseXml } from '../../../fixtures/parse-xml';

const issue = (number: number): Issue => ({
  number,
  date: `2026-11-${String(number).padStart(2, '0')}`,
  headline: `Headline ${number}`,
  intro: 'Intro.',
  items: [{ title: `Link ${number}`, url: `https://example.com/${number}`, commentary: 'Blurb 🚀' }],
});
const withIssues = (...numbers: number[]): SyncState => ({
  ...EMPTY_STATE,
  issueFiles: new Map(numbers.map((n) => [issuePath(n), formatIssue(issue(n))])),
});
const entryIds = (text: string) => childrenNamed(parseXml(text), 'entry').map((entry) => childrenNamed(entry, 'id')[0]!.text);

describe('feedFile', () => {
  it("is the Atom feed of the state's issue files, newest first, from the newsletter's address", () => {
    expect(entryIds(feedFile(withIssues(1, 3, 2))!)).toEqual(['https://kubelist.com/issue/3', 'https://kubelist.com/issue/2', 'https://kubelist.com/issue/1']);
  });

  it('is no file at all while nothing is published', () => {
    expect(feedFile(EMPTY_STATE)).toBeNull();
    expect(writeState(EMPTY_STATE).has(FEED_PATH)).toBe(false);
  });

  it('leaves out an issue file that does not read', () => {
    const state = withIssues(1);
    const files = new Map(state.issueFiles).set(issuePath(2), 'not an issue');
    expect(entryIds(feedFile({ ...state, issueFiles: files })!)).toEqual(['https://kubelist.com/issue/1']);
  });

  it('keeps the repository’s feed while the issues are the same, and writes it again over an edit once they change', () => {
    const before = withIssues(1, 2);
    const edited = 'edited by hand';
    expect(feedFile(withIssues(1, 2), { state: before, text: edited })).toBe(edited);
    expect(entryIds(feedFile(withIssues(1, 2, 3), { state: before, text: edited })!)).toHaveLength(3);
    // A repository without a feed yet gets one.
    expect(feedFile(withIssues(1, 2), { state: before, text: undefined })).toBe(feedFile(withIssues(1, 2)));
  });

  it("is written again when the newsletter's name or issue address changes", () => {
    const before = withIssues(1);
    const renamed = { ...withIssues(1), newsletter: { ...DEFAULT_NEWSLETTER, newsletterName: 'Renamed' } };
    const feed = feedFile(renamed, { state: before, text: feedFile(before)! })!;
    expect(childrenNamed(parseXml(feed), 'title')[0]!.text).toBe('Renamed');
  });

  it('is in the files a state is written as, the same on every client', () => {
    expect(writeState(withIssues(2, 1)).get(FEED_PATH)).toBe(writeState(withIssues(1, 2)).get(FEED_PATH));
  });
});
