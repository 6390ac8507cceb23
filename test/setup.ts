// A real IndexedDB implementation in memory, for the storage layer and the UI tests.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import fakeBrowser, { resetBrowserFake } from './fakes/browser';

// src/platform/browser.ts takes the extension API from `globalThis.browser`, as in Firefox and Chrome.
(globalThis as { browser?: unknown }).browser = fakeBrowser;

beforeEach(() => resetBrowserFake());
