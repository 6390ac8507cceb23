import type { HistoryEntry, HistoryIndex } from '../src/core/emoji-suggest';

/**
 * What the curator's past blurbs say about emoji, built by the suggestion code, which the
 * suggestions row loads anyway: one chunk for both, fetched after the title and URL are painted.
 */
export async function blurbHistoryIndex(entries: readonly HistoryEntry[]): Promise<HistoryIndex> {
  return (await import('../src/core/emoji-suggest')).buildHistoryIndex(entries);
}
