import { blockerOf } from '../src/core/clip';
import { clipFrom } from '../src/core/page-clip';
import { highlightedTabs } from '../src/platform/highlighted-tabs';
import { t, tn } from '../src/text/t';
import type { Store } from '../src/ui/store';
import type { PopupDeps, PopupState } from './popup-state';

/**
 * "Add all N highlighted tabs": each tab's own title and URL, cleaned by the rules the curator
 * left on, as a clipped page is (the pages are not read: that would need access to each site).
 * What cannot go in an issue is skipped and named; how many addresses lost tracking is said.
 */
export async function addHighlightedTabs(deps: PopupDeps, store: Store<PopupState>): Promise<void> {
  const tabs = await (deps.highlightedTabs ?? highlightedTabs)().catch(() => null);
  if (!tabs) {
    store.set({ status: t('needTabsPermission') });
    return;
  }
  const skipped: string[] = [];
  let added = 0;
  let cleaned = 0;
  store.set({ phase: 'adding', status: t('adding') });
  try {
    const disabledRules = await deps.disabledRules().catch(() => [] as string[]);
    for (const tab of tabs) {
      const clip = clipFrom(tab, null, '', { disabledRules });
      if (blockerOf(clip)) skipped.push(tab.url || tab.title || t('aTab'));
      else {
        await deps.addItem({ title: clip.title, url: clip.url, commentary: '' });
        added++;
        if (clip.urlChange) cleaned++;
      }
    }
  } catch (error) {
    skipped.push(t('theRest', deps.errorText(error)));
  }
  const draft = await deps.loadDraft().catch(() => store.get().draft);
  const tracking = cleaned ? ` ${tn('trackingRemovedFromTabs', cleaned)}` : '';
  const tail = tracking + (skipped.length ? ` ${t('skippedTabs', skipped.length, skipped.join(', '))}` : '');
  store.set({ phase: added ? 'added' : 'failed', draft, status: tn('addedTabs', added) + tail });
}
