import { atomFeedWriter } from '../feed';
import { issueFromFile } from './issue-file';
import { issueTexts } from './issue-texts';
import { issueNumberOf } from './layout';
import type { SyncState } from './repository-state';

/** The repository's feed as the last commit holds it, with the state it was written from. */
export interface PreviousFeed {
  state: Pick<SyncState, 'issueFiles' | 'newsletter'>;
  text: string | undefined;
}

/** By number, not by path: renaming the files under another pattern changes no entry. */
const sameIssues = (a: ReadonlyMap<number, string>, b: ReadonlyMap<number, string>) =>
  a.size === b.size && [...a].every(([number, text]) => b.get(number) === text);

/**
 * Whether the feed written from `previous` is still the feed of `state`: the same issues and
 * the same newsletter name and address. A sync that changes no issue then renders none.
 */
export function feedUnchanged(state: Pick<SyncState, 'issueFiles' | 'newsletter'>, previous: Pick<SyncState, 'issueFiles' | 'newsletter'>): boolean {
  return (
    previous.newsletter.newsletterName === state.newsletter.newsletterName &&
    previous.newsletter.issueUrlBase === state.newsletter.issueUrlBase &&
    sameIssues(issueTexts(previous), issueTexts(state))
  );
}

/**
 * The feed of the state's published issues (null when it has none). Written again only when
 * `feedUnchanged` says the previous one is out of date. An issue file that does not read is left
 * out of the feed.
 */
export function feedFile(state: Pick<SyncState, 'issueFiles' | 'newsletter'>, previous?: PreviousFeed): string | null {
  if (state.issueFiles.size === 0) return null;
  const { newsletterName, issueUrlBase } = state.newsletter;
  if (previous?.text !== undefined && feedUnchanged(state, previous.state)) return previous.text;
  const writer = atomFeedWriter({ newsletterName, issueUrlBase });
  for (const [path, text] of state.issueFiles) {
    const number = issueNumberOf(path, state.newsletter.fileNamePattern);
    if (number === null) continue;
    const read = issueFromFile(path, number, text, issueUrlBase);
    if ('issue' in read) writer.add(read.issue);
  }
  return writer.parts().join('');
}
