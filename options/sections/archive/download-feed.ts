import type { Settings } from '../../../src/core/model';
import type { ArchiveBatch, ArchiveBatchStart } from '../../../src/storage';
import { t, tn } from '../../../src/text/t';
import { errorText } from '../../../src/ui/error-text';
import type { Store } from '../../../src/ui/store';
import { yieldToPage } from '../../../src/ui/yield-to-page';
import type { ArchiveState } from './archive-store';

export const FEED_NAME = 'feed.xml';

/** Issues turned into entries between two of the page's turns. */
const ISSUES_PER_TURN = 25;
/** The feed's parts are gathered into pieces this large for the Blob: one part per entry makes a slow Blob. */
const BLOB_PIECE = 1 << 20;

/** What the feed download needs from storage and the browser. */
export interface FeedDownloadDeps {
  /** Published issues in number order, a batch at a time, from `start`. */
  readArchiveBatch(start: ArchiveBatchStart | null): Promise<ArchiveBatch>;
  loadSettings(): Promise<Pick<Settings, 'newsletterName' | 'issueUrlBase'>>;
  download(fileName: string, blob: Blob): void;
  /** Awaited between stretches of work; the page's turn (tests pass their own). */
  pause?: () => Promise<void>;
}

function pieces(parts: readonly string[]): string[] {
  const joined: string[] = [];
  let piece = '';
  for (const part of parts) {
    piece += part;
    if (piece.length >= BLOB_PIECE) {
      joined.push(piece);
      piece = '';
    }
  }
  return piece === '' ? joined : [...joined, piece];
}

/**
 * The archive as an Atom feed, handed to the browser as `feed.xml`. The archive is read a batch at
 * a time and each issue becomes its entry at once; the feed's code loads on the first click.
 */
export async function downloadFeed(deps: FeedDownloadDeps, store: Store<ArchiveState>): Promise<void> {
  const pause = deps.pause ?? yieldToPage;
  store.set({ feeding: true, status: t('preparingFeed'), error: '' });
  try {
    const [{ atomFeedWriter }, { newsletterName, issueUrlBase }] = await Promise.all([import('../../../src/core/feed'), deps.loadSettings()]);
    const writer = atomFeedWriter({ newsletterName, issueUrlBase });
    let count = 0;
    let start: ArchiveBatchStart | null = null;
    do {
      const batch: ArchiveBatch = await deps.readArchiveBatch(start);
      for (const issue of batch.issues) {
        writer.add(issue);
        if (++count % ISSUES_PER_TURN === 0) await pause();
      }
      start = batch.next;
    } while (start);
    const skipped = writer.skipped();
    deps.download(FEED_NAME, new Blob(pieces(writer.parts()), { type: 'application/atom+xml' }));
    const left = skipped.length > 0 ? ` ${tn('feedLeftOut', skipped.length, skipped.map((n) => `#${n}`).join(', '))}` : '';
    store.set({ status: t('downloadedFeed', FEED_NAME, tn('issueCount', count - skipped.length)) + left });
  } catch (error) {
    store.set({ status: '', error: t('withError', t('cantMakeFeed'), errorText(error)) });
  } finally {
    store.set({ feeding: false });
  }
}
