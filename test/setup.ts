// A real IndexedDB implementation in memory, for the storage layer and the UI tests.
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/preact';
import { beforeEach } from 'vitest';
import fakeBrowser, { resetBrowserFake } from './fakes/browser';
import { WAIT_TIMEOUT } from './timeouts';

// src/platform/browser.ts takes the extension API from `globalThis.browser`, as in Firefox and Chrome.
(globalThis as { browser?: unknown }).browser = fakeBrowser;
// As each page's entry does: `t` asks the (fake) browser, which words the English messages.
// Imported only now: src/platform/browser.ts takes `globalThis.browser` when it is first loaded.
const { useBrowserMessages } = await import('../src/platform/i18n');
useBrowserMessages();

// waitFor and findBy… give up after 1 s by default, which a loaded machine exceeds (test/timeouts.ts).
configure({ asyncUtilTimeout: WAIT_TIMEOUT });

beforeEach(() => resetBrowserFake());
