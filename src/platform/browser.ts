// The one module that reaches the extension API namespace: everything else asks for `browser`
// here. Unit tests install an in-memory fake as `globalThis.browser` (test/setup.ts).
import type Browser from 'webextension-polyfill';

type Api = Browser.Browser;
const scope = globalThis as { browser?: Api; chrome?: unknown };

/**
 * Firefox and current Chrome (the WebExtensions `browser` namespace) give `browser.*` natively,
 * with promises; older Chrome (116 is the minimum) has it as `chrome.*`, which in Manifest V3
 * returns the same promises for every call made here. So webextension-polyfill, whose types this
 * keeps, is not bundled: it cost every page about 4 KB gzip and a chunk of its own, to return
 * `globalThis.browser` unchanged wherever it exists.
 */
export const browser: Api = scope.browser ?? (scope.chrome as Api);
