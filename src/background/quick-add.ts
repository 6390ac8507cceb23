import { cleanTitle } from '../core/cleanup';
import { blockerOf, type Clip, type UrlChange } from '../core/clip';
import { cleanEnteredUrl } from '../core/entered-url';
import type { QuickTarget } from '../core/model';
import { clipFrom } from '../core/page-clip';
import { flashOutcome } from '../platform/badge';
import { captureTab, linkTextInTab } from '../platform/capture';
import { addItem, type CuratorDatabase, countPool, draftItemCount, loadSettings, openCuratorDb, saveForLater } from '../storage';
import { itemBlockerText } from '../text/item-blocker-text';
import { t } from '../text/t';
import { urlChangeText } from '../text/url-change-text';
import { errorText } from '../ui/error-text';

/** The tab fields quick adds use; the menu and command events hand over a full tab. */
export interface TabLike {
  id?: number;
  title?: string;
  url?: string;
}

/**
 * Opens the database for one quick add and closes it after. The worker can be stopped at any
 * moment and quick adds are rare, so a fresh connection beats caching one that may have closed.
 */
async function withDb<T>(use: (db: CuratorDatabase) => Promise<T>): Promise<T> {
  const db = await openCuratorDb();
  try {
    return await use(db);
  } finally {
    db.close();
  }
}

/** What a quick add was told to do: where the link goes, and the cleanup rules turned off. */
interface QuickSettings {
  target: QuickTarget;
  disabledRules: string[];
}

/** The tooltip's words for a link that went in: where it went, and from what. */
function doneMessage(target: QuickTarget, what: 'page' | 'link', fromTabOnly: boolean, count: number, title: string): string {
  if (target === 'pool') return t(what === 'link' ? 'quickSavedLink' : 'quickSavedPage', count, title);
  return t(what === 'link' ? 'quickAddedLink' : fromTabOnly ? 'quickAddedPageFromTab' : 'quickAddedPage', count, title);
}

/**
 * Adds an item (or saves it for later, as the setting says) with no popup open, and says on the
 * toolbar button how it went and where the link went, and what cleanup changed in the address:
 * no popup shows its note, and the curator can edit the item's address in the editor.
 */
async function addAndConfirm(clip: Pick<Clip, 'title' | 'url' | 'urlChange'>, fromTabOnly: boolean, what: 'page' | 'link', target: QuickTarget): Promise<void> {
  const blocker = itemBlockerText(blockerOf(clip));
  const failed = target === 'pool' ? 'notSavedForLater' : 'notAdded';
  if (blocker) {
    await flashOutcome('failed', t(failed, blocker), await withDb(draftItemCount).catch(() => 0));
    return;
  }
  try {
    const fields = { title: clip.title.trim(), url: clip.url.trim(), commentary: '' };
    const [count, draftCount] = await withDb(async (db) => {
      if (target === 'pool') await saveForLater(db, fields);
      else await addItem(db, fields);
      const draftCount = await draftItemCount(db);
      return [target === 'pool' ? await countPool(db) : draftCount, draftCount];
    });
    const message = doneMessage(target, what, fromTabOnly, count, clip.title);
    await flashOutcome(fromTabOnly ? 'tab-only' : 'added', withChange(message, clip.urlChange), draftCount);
  } catch (error) {
    await flashOutcome('failed', t(failed, errorText(error)), 0);
  }
}

/** The tooltip's message, then on a line of its own what changed in the address, if anything. */
const withChange = (message: string, change: UrlChange | null) => (change ? `${message}\n${urlChangeText(change)}` : message);

/** Where the link goes and the cleanup rules turned off; the defaults when the settings cannot be read. */
const quickSettings = (): Promise<QuickSettings> =>
  withDb(async (db) => {
    const { quickTarget, disabledRules } = await loadSettings(db);
    return { target: quickTarget, disabledRules };
  }).catch(() => ({ target: 'issue', disabledRules: [] }));

/** "Add page to issue" and the add-page shortcut: capture the page, clean it, add it (or save it for later). */
export async function addPage(tab: TabLike | undefined): Promise<void> {
  if (tab?.id === undefined) return;
  const [result, { target, disabledRules }] = await Promise.all([captureTab(tab.id, tab.url ?? ''), quickSettings()]);
  const options = { disabledRules };
  const clip = result.ok ? clipFrom(tab, result.capture, '', options) : clipFrom(tab, null, result.reason, options);
  await addAndConfirm(clip, !result.ok, 'page', target);
}

/** "Add link to issue" (or save it for later): the link's own address and text, without visiting it. */
export async function addLink(linkUrl: string, menuLinkText: string | undefined, tab: TabLike | undefined): Promise<void> {
  const text = menuLinkText || (tab?.id !== undefined ? await linkTextInTab(tab.id, linkUrl) : '');
  const { target, disabledRules: disabled } = await quickSettings();
  const { url, change } = cleanEnteredUrl(linkUrl, { disabled });
  const title = cleanTitle(text || url, { url }, { disabled }).title;
  await addAndConfirm({ title, url, urlChange: change }, false, 'link', target);
}
