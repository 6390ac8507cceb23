declare global {
  interface Window {
    /** Milliseconds from navigation start to the first frame in which the page was ready. */
    __benchReady?: Promise<number>;
  }
}

/**
 * Installed in every page before its own scripts run (an init script, so it must be
 * self-contained: only its source text reaches the page). On each animation frame it checks
 * whether the page is ready, and resolves `window.__benchReady` with `performance.now()`
 * (milliseconds since navigation start) at the first frame that is:
 * - the popup, and the least-popup reference (`bench/least/popup/index.html`): Title and URL
 *   filled in, the cursor in Commentary; the popup opened with `&bench=featured` (on a page whose
 *   address is in the archive): the "Already featured" warning listing at least one issue;
 * - the editor (`options/index.html`, no section named): every item of the draft listed (as many
 *   as its "Items (n)" heading says) and the exported markdown shown;
 * - the editor's `#archive`: `main[data-view="archive"]` not busy, with at least one issue's link;
 * - `#search?q=…`: `main[data-view="search"]` with at least one hit's link (to the archive, the
 *   draft or the collected links, which come first when the pool matches), busy or not (its
 *   first results); opened with `?bench=complete`: not busy either (the first screen complete:
 *   50 hits, or every issue read);
 * - `#stats`: `main[data-view="stats"]` not busy;
 * - a page of one tiny script (`bench/one-script.html`): the first frame after its script ran;
 * - any other page (the blank one): its first frame.
 * Checking at frames, not on every change, times what a person sees: the frame that shows it.
 */
export function readyProbe(): void {
  // Names this page's main thread and clock in a trace of the browser (task-trace.ts's PAGE_START_MARK).
  performance.mark('bench-page-start');
  const popupReady = () => {
    const title = document.getElementById('title') as HTMLInputElement | null;
    const url = document.getElementById('url') as HTMLInputElement | null;
    return !!title?.value && !!url?.value && document.activeElement?.id === 'commentary';
  };
  // The warning's list is named by the extension's own message, so the rule holds in any language.
  const featuredReady = () => {
    const name = (globalThis as { chrome?: { i18n?: { getMessage(key: string): string } } }).chrome?.i18n?.getMessage('alreadyFeatured');
    const list = (name && document.querySelector(`[aria-label="${name}"]`)) || document.querySelector('.featured');
    return !!list && list.querySelectorAll('li').length > 0;
  };
  const editorReady = () => {
    const heading = /\((\d+)\)/.exec(document.querySelector('.items-heading')?.textContent ?? '');
    const listed = document.querySelectorAll('ol[aria-label="Items"] > li').length;
    const markdown = document.querySelector('[aria-label="Markdown"]')?.textContent ?? '';
    return !!heading && Number(heading[1]) > 0 && listed === Number(heading[1]) && markdown.length > 0;
  };
  /** The view's root is there and says it is no longer reading; `shows` is what it must show then. */
  const viewReady =
    (view: string, shows: string | null, busyToo = false) =>
    () => {
      const main = document.querySelector(`main[data-view="${view}"]`);
      return !!main && (busyToo || main.getAttribute('aria-busy') === 'false') && (shows === null || main.querySelector(shows) !== null);
    };
  const editorSection = () => {
    const hash = location.hash.replace(/^#\/?/, '');
    if (/^archive\/?$/.test(hash)) return viewReady('archive', 'a[href^="#archive/"]');
    const complete = new URLSearchParams(location.search).get('bench') === 'complete';
    if (/^search\/?\?/.test(hash)) return viewReady('search', 'a[href^="#archive/"], a[href^="#draft/"], a[href="#collected"]', !complete);
    if (/^stats\/?$/.test(hash)) return viewReady('stats', null);
    return editorReady;
  };
  const path = location.pathname;
  const codeLoaded = () => document.body?.dataset.loaded === 'yes';
  const ready = path.endsWith('/popup/index.html')
    ? new URLSearchParams(location.search).get('bench') === 'featured'
      ? featuredReady
      : popupReady
    : path.endsWith('/options/index.html')
      ? editorSection()
      : path.endsWith('/bench/one-script.html')
        ? codeLoaded
        : () => !!document.body;
  window.__benchReady = new Promise((resolve) => {
    const frame = () => (ready() ? resolve(performance.now()) : requestAnimationFrame(frame));
    requestAnimationFrame(frame);
  });
}

/**
 * An init script for the webextension-polyfill path: on an extension page opened with
 * `bench=without-browser` in its query, the native `browser` namespace is taken away before the
 * page's own scripts run, as on a browser that has only `chrome.*`.
 */
export function withoutBrowserNamespace(): void {
  if (location.protocol !== 'chrome-extension:') return;
  if (new URLSearchParams(location.search).get('bench') !== 'without-browser') return;
  delete (globalThis as { browser?: unknown }).browser;
}
