import { TAB_TITLE_RULES } from '../src/core/cleanup/title-rules';
import { type Clip, clipWith, isWebUrl } from '../src/core/clip';
import type { TabInfo } from '../src/platform/tabs';
import type { Draft } from '../src/storage';
import { t } from '../src/text/t';
import { createStore, type Store } from '../src/ui/store';
import type { PopupAutosave } from './popup-autosave';
import { initialPopupState, type PopupDeps, type PopupState } from './popup-state';

export type PopupStore = ReturnType<typeof createPopupStore>;

type LateActions = typeof import('./late-actions');

export function createPopupStore(deps: PopupDeps) {
  const store: Store<PopupState> = createStore(initialPopupState);
  let lookup = 0;
  /** The address of the page the popup was opened on: half-written blurbs are kept under it. */
  let pageUrl = '';

  // The code for what follows the first paint (the capture's outcome, autosave, the later
  // actions) comes in one chunk: fetched once the title and URL are painted, or by the first
  // action that needs it; used at once when it is there, so a test or a click after it sees no delay.
  let late: { actions: LateActions; autosave: PopupAutosave } | undefined;
  let lateLoading: Promise<NonNullable<typeof late>> | undefined;
  function loadLate(): Promise<NonNullable<typeof late>> {
    lateLoading ??= import('./late-actions').then(
      (actions) => (late = { actions, autosave: actions.startLate(deps, store, () => pageUrl) }),
      (error: unknown) => {
        // Not kept: the next action fetches it again.
        lateLoading = undefined;
        throw error;
      },
    );
    return lateLoading;
  }
  /** Runs `use` with the late code: at once when it is loaded, else once it is. */
  function withLate<R>(use: (code: NonNullable<typeof late>) => R): R | Promise<R> {
    return late ? use(late) : loadLate().then(use);
  }

  /** Starts writing the fields as they are when the write runs; a chunk that did not load says so. */
  function save() {
    const started = withLate(({ autosave }) => autosave.save());
    if (started instanceof Promise) {
      started.catch((error: unknown) => store.set({ saved: 'failed', savedError: deps.errorText(error) }));
    }
  }

  /** Puts back what was being typed for this page when the popup last closed. */
  async function restoreClipDraft() {
    const saved = await deps.loadClipDraft(pageUrl).catch(() => undefined);
    // Typing already under way wins over an older save, and so does an item opened meanwhile.
    if (!saved || store.get().commentary !== '' || store.get().itemId !== null) return;
    store.set({
      title: saved.title,
      url: saved.url,
      commentary: saved.commentary,
      edited: { title: true, url: true },
      saved: 'saved',
      status: t('restoredTyping'),
    });
    void checkFeatured();
  }

  /** Fills in what the curator has not typed over; `applyClip` also looks the URL up. */
  function setClip(clip: Clip, source: PopupState['source']) {
    store.set(({ edited, title, url }) => ({
      title: edited.title ? title : clip.title,
      url: edited.url ? url : clip.url,
      clip,
      source,
    }));
  }

  function applyClip(clip: Clip, source: PopupState['source'], draft: Promise<Draft | null>, autosave: PopupAutosave) {
    setClip(clip, source);
    void checkFeatured();
    // The page's own address (its canonical link, cleaned) may find it where the tab's did not.
    void autosave.openItemFor(clip.url, draft);
  }

  /** Looks the current URL up; a slower, older lookup never overwrites a newer one. */
  async function checkFeatured() {
    const ticket = ++lookup;
    const url = store.get().url.trim();
    const featured = isWebUrl(url) ? await deps.findFeatured(url).catch(() => []) : [];
    if (ticket === lookup) store.set({ featured });
  }

  /** Reads the draft for the summary; resolves to it, or to null when it cannot be read. */
  async function refreshDraft(): Promise<Draft | null> {
    try {
      const draft = await deps.loadDraft();
      store.set({ draft });
      return draft;
    } catch (error) {
      store.set({ status: t('cantReadDraft', deps.errorText(error)) });
      return null;
    }
  }

  /**
   * Title and URL first, from the tab alone: no storage, capture or other round trip starts
   * before they are painted. Resolves once the page's own metadata has replaced them (or failed to).
   */
  async function start() {
    let tab: TabInfo;
    try {
      tab = await deps.targetTab();
    } catch (error) {
      store.set({ phase: 'ready', source: 'tab', status: t('fillInByHand', deps.errorText(error)) });
      await deps.painted?.();
      void refreshDraft();
      return;
    }
    // The tab's own title and address, by the rules that need nothing more; the capture brings the rest.
    setClip(clipWith(TAB_TITLE_RULES, { url: tab.url }, tab), 'pending');
    store.set({ phase: 'ready' });
    pageUrl = tab.url;
    await deps.painted?.();
    const code = loadLate();
    void checkFeatured();
    // One read of the draft serves the summary and both lookups of this page in it.
    const draft = refreshDraft();
    // The half-written clip first, so that an item found for this page keeps its words.
    void Promise.all([restoreClipDraft(), code]).then(
      ([, { autosave }]) => autosave.openItemFor(tab.url, draft),
      () => undefined,
    );
    void deps.highlightedTabCount().then(
      (highlighted) => store.set({ highlighted }),
      () => undefined,
    );
    // Without history, suggestions still come from the keywords.
    void Promise.all([deps.loadEmojiHistory().catch(() => null), code])
      .then(async ([history, { actions }]) => {
        if (history && 'index' in history) return history.index;
        const index = await actions.blurbHistoryIndex(history?.entries ?? []);
        // Kept for the next popups, until the published issues change.
        if (history) void deps.saveEmojiHistory(index, history.token).catch(() => false);
        return index;
      })
      .then(
        (blurbHistory) => store.set({ blurbHistory }),
        () => undefined,
      );
    // Read alongside the capture, so neither waits for the other.
    const rules = deps.disabledRules().catch(() => [] as string[]);
    const captured = deps.captureTab(tab.id, tab.url);
    let actions: LateActions;
    let autosave: PopupAutosave;
    try {
      ({ actions, autosave } = await code);
    } catch (error) {
      // The tab's title and URL, cleaned, are on screen already: the curator goes on with them.
      store.set({ source: 'tab', status: t('tabFieldsUsed', deps.errorText(error)) });
      return;
    }
    const outcome = actions.captureOutcome(tab, await captured, { disabledRules: await rules });
    applyClip(outcome.clip, outcome.source, draft, autosave);
    if (outcome.status) store.set({ status: outcome.status });
  }

  function edit(field: 'title' | 'url' | 'commentary', value: string) {
    store.set(({ edited, phase, itemId }) => ({
      [field]: value,
      edited: field === 'commentary' ? edited : { ...edited, [field]: true },
      // An item being edited stays added; after "add all highlighted tabs" the form is a new clip.
      phase: (phase === 'added' && itemId === null) || phase === 'failed' ? 'ready' : phase,
    }));
    if (field === 'url') void checkFeatured();
    save();
  }

  return {
    store,
    start,
    /** "Add to issue": the link goes into the draft (popup/add-to-issue.ts). */
    add: () => withLate(({ actions, autosave }) => actions.keepLink(deps, store, pageUrl, autosave, checkFeatured, actions.toIssue(deps, store.get().source))),
    edit,
    refreshDraft,
    /** "Save for later": the link goes to the pool of collected links (popup/save-for-later.ts). */
    saveForLater: () => withLate(({ actions, autosave }) => actions.keepLink(deps, store, pageUrl, autosave, checkFeatured, actions.toPool(deps))),
    /** Adds every highlighted tab (title and URL from the tab, cleaned), skipping what cannot go in. */
    addHighlighted: async () => (await loadLate()).actions.addHighlightedTabs(deps, store),
    addEmoji: (emoji: string) => withLate(({ actions }) => edit('commentary', actions.appendEmoji(store.get().commentary, emoji))),
    /** Puts back the title or URL as the page gave it, before cleanup. */
    useOriginal(field: 'title' | 'url') {
      const clip = store.get().clip;
      if (clip) edit(field, field === 'title' ? clip.originalTitle : clip.originalUrl);
    },
    /**
     * Starts the blurb with the text the curator had selected on the page, as a quote: escaped,
     * since it is the page's text, and a blurb is Markdown with HTML (the curator's own typing stays as typed).
     */
    quoteSelection: () =>
      withLate(({ actions }) => {
        const { clip, commentary } = store.get();
        const quote = clip?.selection && actions.escapePageText(clip.selection.replace(/\s+/gu, ' '));
        if (quote) edit('commentary', `“${quote}” ${commentary}`.trimEnd() + (commentary ? '' : ' '));
      }),
    openEditor: () => deps.openEditor(),
    /**
     * Every edit is written as it is made; this tries a failed write once more at once and
     * resolves when all writes have settled (tests, and a page about to go away).
     */
    async flush() {
      if (lateLoading) await (await lateLoading.catch(() => undefined))?.autosave.flush();
    },
  };
}
