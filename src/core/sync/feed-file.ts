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
 * The feed of the state's published issues (null when it has none). Written again only when the
 * issue files or the newsletter's name or address changed since `previous`: a sync that changes
 * no issue then parses none. An issue file that does not read is left out of the feed.
 */
export function feedFile(state: Pick<SyncState, 'issueFiles' | 'newsletter'>, previous?: PreviousFeed): string | null {
  if (state.issueFiles.size === 0) return null;
  const { newsletterName, issueUrlBase } = state.newsletter;
  if (
    previous?.text !== undefined &&
    previous.state.newsletter.newsletterName === newsletterName &&
    previous.state.newsletter.issueUrlBase === issueUrlBase &&
    sameIssues(previous.state.issueFiles, state.issueFiles)
  ) {
    return previous.text;
  }
  const writer = atomFeedWriter({ newsletterName, issueUrlBase });
  for (const [path, text] of state.issueFiles) {
    if (issueNumberOf(path) === null) continue;
    const read = issueFromFile(path, text, issueUrlBase);
    if ('issue' in read) writer.add(read.issue);
  }
  return writer.parts().join('');
}
