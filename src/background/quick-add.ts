import { cleanTitle } from '../core/cleanup';
import { blockerOf, type Clip, type UrlChange } from '../core/clip';
import { cleanEnteredUrl } from '../core/entered-url';
import { clipFrom } from '../core/page-clip';
import { flashOutcome } from '../platform/badge';
import { captureTab, linkTextInTab } from '../platform/capture';
import { addItem, type CuratorDatabase, draftItemCount, loadSettings, openCuratorDb } from '../storage';
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

/**
 * Adds an item with no popup open, and says on the toolbar button how it went, and what cleanup
 * changed in the address: no popup shows its note, and the curator can edit the item's address
 * in the editor.
 */
async function addAndConfirm(clip: Pick<Clip, 'title' | 'url' | 'urlChange'>, fromTabOnly: boolean, what: 'page' | 'link'): Promise<void> {
  const blocker = itemBlockerText(blockerOf(clip));
  if (blocker) {
    await flashOutcome('failed', t('notAdded', blocker), await withDb(draftItemCount).catch(() => 0));
    return;
  }
  try {
    const count = await withDb(async (db) => {
      await addItem(db, { title: clip.title.trim(), url: clip.url.trim(), commentary: '' });
      return draftItemCount(db);
    });
    const message = t(what === 'link' ? 'quickAddedLink' : fromTabOnly ? 'quickAddedPageFromTab' : 'quickAddedPage', count, clip.title);
    await flashOutcome(fromTabOnly ? 'tab-only' : 'added', withChange(message, clip.urlChange), count);
  } catch (error) {
    await flashOutcome('failed', t('notAdded', errorText(error)), 0);
  }
}

/** The tooltip's message, then on a line of its own what changed in the address, if anything. */
const withChange = (message: string, change: UrlChange | null) => (change ? `${message}\n${urlChangeText(change)}` : message);

/** The cleanup rules the curator turned off; none when the settings cannot be read. */
const ruleSettings = () => withDb(async (db) => (await loadSettings(db)).disabledRules).catch(() => [] as string[]);

/** "Add page to issue" and the add-page shortcut: capture the page, clean it, add it. */
export async function addPage(tab: TabLike | undefined): Promise<void> {
  if (tab?.id === undefined) return;
  const [result, disabledRules] = await Promise.all([captureTab(tab.id, tab.url ?? ''), ruleSettings()]);
  const options = { disabledRules };
  const clip = result.ok ? clipFrom(tab, result.capture, '', options) : clipFrom(tab, null, result.reason, options);
  await addAndConfirm(clip, !result.ok, 'page');
}

/** "Add link to issue": the link's own address and text, without visiting it. */
export async function addLink(linkUrl: string, menuLinkText: string | undefined, tab: TabLike | undefined): Promise<void> {
  const text = menuLinkText || (tab?.id !== undefined ? await linkTextInTab(tab.id, linkUrl) : '');
  const disabled = await ruleSettings();
  const { url, change } = cleanEnteredUrl(linkUrl, { disabled });
  const title = cleanTitle(text || url, { url }, { disabled }).title;
  await addAndConfirm({ title, url, urlChange: change }, false, 'link');
}
