// The one module that reaches the extension API namespace: everything else asks for `browser`
// here. Unit tests install an in-memory fake as `globalThis.browser` (test/setup.ts).
import type Browser from 'webextension-polyfill';
// Its packaged file, run as a classic script when needed: it then sets `globalThis.browser`, and
// no module interop code comes into the pages that never load it.
import polyfillUrl from 'webextension-polyfill/dist/browser-polyfill.min.js?url';

type Api = Browser.Browser;
const scope = globalThis as { browser?: Api; chrome?: unknown };

/**
 * The extension API. Firefox and Chrome from 148 have the WebExtensions `browser` namespace
 * natively, with promises: it is taken as it is, and webextension-polyfill never loads (it would
 * return that same object, for about 4 KB gzip of every page's first load). Older Chrome (116 is
 * the minimum) has only `chrome.*`: there it is `chrome.*` until `polyfillIfNeeded` has loaded
 * the polyfill, which wraps it with Firefox's semantics, and the polyfill from then on.
 */
export let browser: Api = scope.browser ?? (scope.chrome as Api);

/**
 * Loads webextension-polyfill where the browser has no `browser` namespace. Each page calls it
 * first and does not wait for it: the calls made meanwhile (the popup's tab lookup, the first
 * words) go to `chrome.*`, whose Manifest V3 promises serve them. The service worker does not call
 * it: `import()` is not allowed there, and what it calls (listeners, badge, menus, injection)
 * works on `chrome.*` as it is.
 */
export async function polyfillIfNeeded(): Promise<void> {
  if (scope.browser) return;
  const script = document.createElement('script');
  script.src = polyfillUrl;
  await new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });
  if (scope.browser) browser = scope.browser;
}
