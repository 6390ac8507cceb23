// The one module that imports the polyfill: everything else asks for `browser` here, and
// unit tests alias the package to an in-memory fake (test/fakes/browser.ts).
import browser from 'webextension-polyfill';

export { browser };
