import { appendEmoji } from '../src/core/append-emoji';
import { clipFrom, isWebUrl, type Clip } from '../src/core/clip';
import type { CaptureResult } from '../src/platform/capture';
import type { TabInfo } from '../src/platform/tabs';
import type { Draft, ItemFields, ItemRecord } from '../src/storage';
import { createStore, type Store } from '../src/ui/store';

/** What the popup needs from the outside world; UI tests pass fakes. */
export interface PopupDeps {
  targetTab(): Promise<TabInfo>;
  captureTab(tabId: number): Promise<CaptureResult>;
  loadDraft(): Promise<Draft>;
  addItem(fields: ItemFields): Promise<ItemRecord>;
  openEditor(): Promise<void>;
}

export type Phase = 'loading' | 'ready' | 'adding' | 'added' | 'failed';

export interface PopupState {
  phase: Phase;
  title: string;
  url: string;
  commentary: string;
  /** Why the page itself could not be read, when it could not. */
  note: string;
  /** The outcome of the last action, announced to screen readers. */
  status: string;
  /** Fields the curator has typed in: a late capture must not overwrite them. */
  edited: { title: boolean; url: boolean };
  draft: Draft | null;
}

const initial: PopupState = {
  phase: 'loading',
  title: '',
  url: '',
  commentary: '',
  note: '',
  status: '',
  edited: { title: false, url: false },
  draft: null,
};

export type PopupStore = ReturnType<typeof createPopupStore>;

/** The problem that keeps the item from being added, or '' when it can be. */
export function addBlocker({ title, url }: Pick<PopupState, 'title' | 'url'>): string {
  if (title.trim() === '') return 'Give the link a title.';
  if (!isWebUrl(url.trim())) return 'Only http and https links can go in an issue.';
  return '';
}

export function createPopupStore(deps: PopupDeps) {
  const store: Store<PopupState> = createStore(initial);

  function applyClip(clip: Clip) {
    store.set(({ edited, title, url }) => ({
      title: edited.title ? title : clip.title,
      url: edited.url ? url : clip.url,
      note: clip.note ?? '',
    }));
  }

  async function refreshDraft() {
    try {
      store.set({ draft: await deps.loadDraft() });
    } catch (error) {
      store.set({ status: `Couldn't read the draft: ${messageOf(error)}` });
    }
  }

  /** Title and URL first, from the tab alone: no storage or page round trip before they show. */
  async function start() {
    let tab: TabInfo;
    try {
      tab = await deps.targetTab();
    } catch (error) {
      store.set({ phase: 'ready', note: `${messageOf(error)} Fill in the title and URL by hand.` });
      void refreshDraft();
      return;
    }
    applyClip(clipFrom(tab, null));
    store.set({ phase: 'ready' });
    void refreshDraft();
    const result = await deps.captureTab(tab.id);
    applyClip(
      result.ok
        ? clipFrom(tab, result.capture)
        : clipFrom(tab, null, `This page can't be read by extensions, so the tab's title and URL are used. (${result.reason})`),
    );
  }

  async function add() {
    const state = store.get();
    const blocker = addBlocker(state);
    if (blocker || state.phase === 'adding') {
      store.set({ status: blocker });
      return;
    }
    store.set({ phase: 'adding', status: 'Adding…' });
    try {
      await deps.addItem({ title: state.title.trim(), url: state.url.trim(), commentary: state.commentary.trim() });
      const draft = await deps.loadDraft();
      store.set({ phase: 'added', draft, status: `Added to issue #${draft.issue.number} as item ${draft.items.length}.` });
    } catch (error) {
      // Nothing typed is lost: the fields keep their text for another try.
      store.set({ phase: 'failed', status: `Not added: ${messageOf(error)}` });
    }
  }

  function edit(field: 'title' | 'url' | 'commentary', value: string) {
    store.set(({ edited, phase }) => ({
      [field]: value,
      edited: field === 'commentary' ? edited : { ...edited, [field]: true },
      phase: phase === 'added' || phase === 'failed' ? 'ready' : phase,
    }));
  }

  return {
    store,
    start,
    add,
    edit,
    refreshDraft,
    addEmoji: (emoji: string) => edit('commentary', appendEmoji(store.get().commentary, emoji)),
    openEditor: () => deps.openEditor(),
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
