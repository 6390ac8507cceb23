import { issueNumberOf } from './layout';
import type { SyncState } from './repository-state';

/**
 * A state's issue files by issue number: what a sync compares, so the same issue under another
 * file name (the file-name pattern changed) is the same issue, not one deleted and one added.
 */
export function issueTexts(state: Pick<SyncState, 'issueFiles' | 'newsletter'>): Map<number, string> {
  const texts = new Map<number, string>();
  for (const [path, text] of state.issueFiles) {
    const number = issueNumberOf(path, state.newsletter.fileNamePattern);
    if (number !== null) texts.set(number, text);
  }
  return texts;
}
