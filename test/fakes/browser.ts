import english from '../../_locales/en/messages.json';
import { formatMessage } from '../../src/text/message-format';

/**
 * An in-memory stand-in for the extension API (test/setup.ts installs it as `globalThis.browser`). It keeps
 * real state: tabs that can be queried and fetched, pages whose capture result or injection
 * failure is set per tab, and a record of the options page being opened.
 */
interface FakeTab {
  id: number;
  title?: string;
  url?: string;
  active: boolean;
  /** What the capture script would return on this page (and its links' texts), or the injection error. */
  page: { result: unknown; links?: Record<string, string> } | { error: string };
}

const state = {
  tabs: new Map<number, FakeTab>(),
  nextId: 1,
  optionsOpened: 0,
  injections: [] as number[],
  highlighted: new Set<number>(),
  /** Optional permissions granted so far, and whether the next request is accepted. */
  granted: new Set<string>(),
  /** Host permissions (match patterns) granted so far, and every `permissions.request` made. */
  grantedOrigins: new Set<string>(),
  permissionRequests: [] as { permissions?: string[]; origins?: string[] }[],
  acceptPermissionRequests: true,
  badge: { text: '', color: '', title: '' },
  /** How many times the badge's text was set. */
  badgeWrites: 0,
  /** Alarms set (by name), and the listeners of `alarms.onAlarm`. */
  alarms: new Map<string, { name: string; delayInMinutes?: number; periodInMinutes?: number }>(),
  alarmListeners: [] as ((alarm: { name: string }) => unknown)[],
  /** Right-click entries by id, as created and updated. */
  menus: new Map<string, { id: string; title: string; contexts: string[] }>(),
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
  state.highlighted.clear();
  state.granted.clear();
  state.grantedOrigins.clear();
  state.permissionRequests = [];
  state.acceptPermissionRequests = true;
  state.badge = { text: '', color: '', title: '' };
  state.badgeWrites = 0;
  state.alarms.clear();
  state.alarmListeners = [];
  state.menus.clear();
  for (const event of Object.values(events)) event.listeners.length = 0;
}

/** An extension event that keeps its listeners, for tests to fire (`fireEvent`). */
function fakeEvent<A extends unknown[]>() {
  const listeners: ((...args: A) => unknown)[] = [];
  return { listeners, addListener: (listener: (...args: A) => unknown) => void listeners.push(listener) };
}

/** Events the service worker listens to (a test imports the worker afresh after `resetBrowserFake`). */
const events = {
  installed: fakeEvent<[{ reason: string }]>(),
  startup: fakeEvent<[]>(),
  menuClicked: fakeEvent<[unknown, unknown]>(),
  command: fakeEvent<[string, unknown]>(),
};

/** Fires the browser's start (a new session) or the extension's install, as the browser would. */
export function fireStartup(): Promise<unknown[]> {
  return Promise.all(events.startup.listeners.map((listener) => listener()));
}
export function fireInstalled(reason = 'install'): Promise<unknown[]> {
  return Promise.all(events.installed.listeners.map((listener) => listener({ reason })));
}

/** Fires alarm `name` as the browser would, to every listener; resolves with what they returned. */
export function fireAlarm(name: string): Promise<unknown[]> {
  return Promise.all(state.alarmListeners.map((listener) => listener({ name })));
}

/** Highlights these tabs (Shift-click in a real browser) besides the active one. */
export function highlightTabs(ids: number[]): void {
  for (const id of ids) state.highlighted.add(id);
}

/** Makes the next permission prompts answer yes or no. */
export function answerPermissionRequests(accept: boolean): void {
  state.acceptPermissionRequests = accept;
}

export const browserFake = {
  get optionsOpened() {
    return state.optionsOpened;
  },
  get badge() {
    return { ...state.badge };
  },
  get badgeWrites() {
    return state.badgeWrites;
  },
  get alarms() {
    return [...state.alarms.values()];
  },
  /** The right-click entries' titles by id. */
  get menuTitles() {
    return Object.fromEntries([...state.menus.values()].map((entry) => [entry.id, entry.title]));
  },
  get granted() {
    return [...state.granted];
  },
  get grantedOrigins() {
    return [...state.grantedOrigins];
  },
  /** Each request as made, in order; a request is recorded the moment it is called. */
  get permissionRequests() {
    return state.permissionRequests;
  },
  /** Tab ids the capture function was injected into, in order. */
  get injections() {
    return state.injections;
  },
};

/**
 * As Chrome does: a tab's title and URL are visible for the active tab (the activeTab grant) and,
 * once the `tabs` permission is granted, for every tab.
 */
function publicTab({ id, title, url, active }: FakeTab) {
  const visible = active || state.granted.has('tabs');
  const highlighted = active || state.highlighted.has(id);
  return { id, active, highlighted, index: 0, pinned: false, incognito: false, ...(visible ? { title, url } : {}) };
}

const browser = {
  i18n: {
    // Chrome's wording over the real English messages, so UI tests assert the text people see.
    getMessage: (name: string, substitutions: string | string[] = []) =>
      formatMessage(english, name, typeof substitutions === 'string' ? [substitutions] : substitutions),
    getUILanguage: () => 'en',
  },
  tabs: {
    async query(filter: { active?: boolean; highlighted?: boolean }) {
      return [...state.tabs.values()]
        .map(publicTab)
        .filter((t) => filter.active === undefined || t.active === filter.active)
        .filter((t) => filter.highlighted === undefined || t.highlighted === filter.highlighted);
    },
    async get(id: number) {
      const tab = state.tabs.get(id);
      if (!tab) throw new Error(`No tab with id: ${id}.`);
      // A tab named by id (the popup's ?tab=) is readable in the e2e build; keep it simple here.
      return { ...publicTab(tab), title: tab.title, url: tab.url };
    },
  },
  scripting: {
    async executeScript({ target, func, args = [] }: { target: { tabId: number }; func: (...args: never[]) => unknown; args?: unknown[] }) {
      const tab = state.tabs.get(target.tabId);
      if (!tab) throw new Error(`No tab with id: ${target.tabId}`);
      state.injections.push(tab.id);
      if ('error' in tab.page) throw new Error(tab.page.error);
      // The fake cannot run page code; it answers for the two functions the extension injects.
      const result = func.name === 'linkTextFor' ? (tab.page.links?.[String(args[0])] ?? '') : tab.page.result;
      return [{ frameId: 0, result }];
    },
  },
  runtime: {
    async openOptionsPage() {
      state.optionsOpened++;
    },
    onInstalled: events.installed,
    onStartup: events.startup,
  },
  contextMenus: {
    async removeAll() {
      state.menus.clear();
    },
    create(entry: { id: string; title: string; contexts: string[] }) {
      // As Chrome: a second entry with an id in use is an error (reported through lastError).
      if (state.menus.has(entry.id)) throw new Error(`Cannot create item with duplicate id ${entry.id}`);
      state.menus.set(entry.id, { ...entry });
    },
    async update(id: string, change: { title?: string }) {
      const entry = state.menus.get(id);
      if (!entry) throw new Error(`Cannot find menu item with id ${id}`);
      state.menus.set(id, { ...entry, ...change });
    },
    onClicked: events.menuClicked,
  },
  commands: { onCommand: events.command },
  permissions: {
    // Not async: the request is recorded synchronously, as Chrome checks the user gesture then.
    request(request: { permissions?: string[]; origins?: string[] }) {
      state.permissionRequests.push(request);
      if (!state.acceptPermissionRequests) return Promise.resolve(false);
      for (const permission of request.permissions ?? []) state.granted.add(permission);
      for (const origin of request.origins ?? []) state.grantedOrigins.add(origin);
      return Promise.resolve(true);
    },
    /** Exact matches only: enough for tests, which ask for the patterns they granted. */
    async contains({ permissions = [], origins = [] }: { permissions?: string[]; origins?: string[] }) {
      return permissions.every((p) => state.granted.has(p)) && origins.every((o) => state.grantedOrigins.has(o));
    },
  },
  alarms: {
    async create(name: string, info: { delayInMinutes?: number; periodInMinutes?: number }) {
      state.alarms.set(name, { name, ...info });
    },
    async get(name: string) {
      return state.alarms.get(name);
    },
    async clear(name: string) {
      return state.alarms.delete(name);
    },
    onAlarm: {
      addListener(listener: (alarm: { name: string }) => unknown) {
        state.alarmListeners.push(listener);
      },
    },
  },
  action: {
    async setBadgeText({ text }: { text: string }) {
      state.badge.text = text;
      state.badgeWrites++;
    },
    async setBadgeBackgroundColor({ color }: { color: string }) {
      state.badge.color = color;
    },
    async setTitle({ title }: { title: string }) {
      state.badge.title = title;
    },
  },
};

export default browser;
