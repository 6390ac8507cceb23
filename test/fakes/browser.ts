/**
 * An in-memory stand-in for webextension-polyfill (vitest aliases the package here). It keeps
 * real state: tabs that can be queried and fetched, pages whose capture result or injection
 * failure is set per tab, and a record of the options page being opened.
 */
interface FakeTab {
  id: number;
  title?: string;
  url?: string;
  active: boolean;
  /** What the capture script would return on this page, or the error injecting it gives. */
  page: { result: unknown } | { error: string };
}

const state = {
  tabs: new Map<number, FakeTab>(),
  nextId: 1,
  optionsOpened: 0,
  injections: [] as number[],
};

/** Opens a tab in the fake browser; the newest tab opened with `active` is the active one. */
export function openTab(tab: Omit<FakeTab, 'id' | 'active'> & { active?: boolean }): number {
  const id = state.nextId++;
  if (tab.active !== false) for (const other of state.tabs.values()) other.active = false;
  state.tabs.set(id, { ...tab, id, active: tab.active !== false });
  return id;
}

export function resetBrowserFake(): void {
  state.tabs.clear();
  state.nextId = 1;
  state.optionsOpened = 0;
  state.injections = [];
}

export const browserFake = {
  get optionsOpened() {
    return state.optionsOpened;
  },
  /** Tab ids the capture function was injected into, in order. */
  get injections() {
    return state.injections;
  },
};

function publicTab({ id, title, url, active }: FakeTab) {
  return { id, title, url, active, index: 0, highlighted: active, pinned: false, incognito: false };
}

const browser = {
  tabs: {
    async query(filter: { active?: boolean }) {
      return [...state.tabs.values()].filter((t) => filter.active === undefined || t.active === filter.active).map(publicTab);
    },
    async get(id: number) {
      const tab = state.tabs.get(id);
      if (!tab) throw new Error(`No tab with id: ${id}.`);
      return publicTab(tab);
    },
  },
  scripting: {
    async executeScript({ target }: { target: { tabId: number }; func: () => unknown }) {
      const tab = state.tabs.get(target.tabId);
      if (!tab) throw new Error(`No tab with id: ${target.tabId}`);
      state.injections.push(tab.id);
      if ('error' in tab.page) throw new Error(tab.page.error);
      return [{ frameId: 0, result: tab.page.result }];
    },
  },
  runtime: {
    async openOptionsPage() {
      state.optionsOpened++;
    },
  },
};

export default browser;
