// What the popup store needs from the outside world, and the state it shows.
import type { Clip } from '../src/core/clip';
import type { HistoryEntry, HistoryIndex } from '../src/core/emoji-suggest';
import type { QuickTarget, Settings } from '../src/core/model';
import type { CaptureResult } from '../src/platform/capture';
import type { TabInfo } from '../src/platform/tabs';
import type { ClipDraft, Draft, FeaturedMatch, ItemFields, ItemRecord } from '../src/storage';
import type { SaveState } from '../src/ui/autosave';

/** What the popup needs from the outside world; UI tests pass fakes. */
export interface PopupDeps {
  targetTab(): Promise<TabInfo>;
  captureTab(tabId: number, tabUrl: string): Promise<CaptureResult>;
  loadDraft(): Promise<Draft>;
  addItem(fields: ItemFields): Promise<ItemRecord>;
  /** Puts a link in the pool of collected links ("Save for later"). */
  saveForLater(fields: ItemFields): Promise<ItemRecord>;
  /** The settings (where Ctrl/Cmd+Enter puts the link); left out, it adds to the issue. */
  loadSettings?(): Promise<Settings>;
  /** Changes a draft item's fields; false when it is no longer there. */
  updateItem(id: string, fields: ItemFields): Promise<boolean>;
  findFeatured(url: string): Promise<FeaturedMatch[]>;
  /** The blurb half-written for this page in an earlier opening of the popup. */
  loadClipDraft(pageUrl: string): Promise<(ClipDraft & { updatedAt: number }) | undefined>;
  saveClipDraft(pageUrl: string, draft: ClipDraft): Promise<void>;
  discardClipDraft(pageUrl: string): Promise<void>;
  /** The cleanup rules the curator turned off (from the settings). */
  disabledRules(): Promise<string[]>;
  /**
   * The curator's emoji habits for suggestions: as kept, or the recent blurbs to work them out
   * from and the mark to keep the result under (`saveEmojiHistory`).
   */
  loadEmojiHistory(): Promise<{ index: HistoryIndex } | { entries: HistoryEntry[]; token: string | null }>;
  saveEmojiHistory(index: HistoryIndex, token: string | null): Promise<boolean>;
  highlightedTabCount(): Promise<number>;
  /**
   * The highlighted tabs, after asking for the permission to read them; null if declined. The
   * popup leaves it out: the late actions bring the platform's (add-highlighted-tabs.ts), so the
   * permission is asked with no module still to fetch between the click and the request, which
   * Firefox would not count as the curator's action. Tests pass a fake.
   */
  highlightedTabs?(): Promise<TabInfo[] | null>;
  openEditor(): Promise<void>;
  /**
   * Resolves once the title and URL just set are on screen; everything else the popup loads and
   * reads waits for it (popup/main.tsx: `afterNextPaint`). Tests leave it out.
   */
  painted?(): Promise<void>;
  /**
   * A failure in the curator's words. popup/main.tsx loads the wording of storage's failures and
   * refusals (src/ui/error-text.ts) with storage, after first paint, as only storage's calls
   * fail that way: the words of every check would add half a kilobyte to the first load.
   */
  errorText(error: unknown): string;
}

export type Phase = 'loading' | 'ready' | 'adding' | 'added' | 'failed';

export interface PopupState {
  phase: Phase;
  title: string;
  url: string;
  commentary: string;
  /** What was read from the page (or the tab), cleaned; originals kept for "use original". */
  clip: Clip | null;
  /** Whether the page itself was read, or only the tab's title and URL. */
  source: 'pending' | 'page' | 'tab';
  /** The outcome of the last action, announced to screen readers. */
  status: string;
  /** Fields the curator has typed in: a late capture must not overwrite them. */
  edited: { title: boolean; url: boolean };
  /** Where this URL already appears: the draft, or archived issues. */
  featured: FeaturedMatch[];
  /**
   * The draft item the fields belong to: the one just added, or the one already in the draft for
   * this page. Edits then go to that item, and Add stays off (no second copy); null for a new clip.
   */
  itemId: string | null;
  /** The fields' item is a link saved for later (in the pool), not a draft item. */
  pooled?: boolean;
  /** What Ctrl/Cmd+Enter does; "Add to issue" until the settings are read. */
  quickTarget?: QuickTarget;
  /** Autosave of what is typed: "Saved" only once the write has committed. */
  saved: SaveState;
  savedError: string;
  /** Tabs highlighted in the window; more than one offers "add them all". */
  highlighted: number;
  /**
   * What past blurbs say about the curator's emoji, for suggestions; null while loading. The index
   * only: the blurbs themselves are let go once it is built, as the popup keeps this for its life.
   */
  blurbHistory: HistoryIndex | null;
  draft: Draft | null;
}

/** The popup before anything is known: empty fields, nothing read yet. */
export const initialPopupState: PopupState = {
  phase: 'loading',
  title: '',
  url: '',
  commentary: '',
  clip: null,
  source: 'pending',
  status: '',
  edited: { title: false, url: false },
  featured: [],
  itemId: null,
  saved: 'idle',
  savedError: '',
  highlighted: 0,
  blurbHistory: null,
  draft: null,
};
