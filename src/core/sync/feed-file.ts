import { atomFeedWriter } from '../feed';
import { issueFromFile } from './issue-file';
import { issueNumberOf } from './layout';
import type { SyncState } from './repository-state';

/** The repository's feed as the last commit holds it, with the state it was written from. */
export interface PreviousFeed {
  state: Pick<SyncState, 'issueFiles' | 'newsletter'>;
  text: string | undefined;
}

const sameIssues = (a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>) =>
  a.size === b.size && [...a].every(([path, text]) => b.get(path) === text);

/**
 * Whether the feed written from `previous` is still the feed of `state`: the same issue files and
 * the same newsletter name and address. A sync that changes no issue then renders none.
 */
export function feedUnchanged(state: Pick<SyncState, 'issueFiles' | 'newsletter'>, previous: Pick<SyncState, 'issueFiles' | 'newsletter'>): boolean {
  return (
    previous.newsletter.newsletterName === state.newsletter.newsletterName &&
    previous.newsletter.issueUrlBase === state.newsletter.issueUrlBase &&
    sameIssues(previous.issueFiles, state.issueFiles)
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
    if (issueNumberOf(path) === null) continue;
    const read = issueFromFile(path, text, issueUrlBase);
    if ('issue' in read) writer.add(read.issue);
  }
  return writer.parts().join('');
}
