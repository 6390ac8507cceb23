// A real IndexedDB implementation in memory, for the storage layer and the UI tests.
import 'fake-indexeddb/auto';
import { resetBrowserFake } from './fakes/browser';
import { beforeEach } from 'vitest';

beforeEach(() => resetBrowserFake());
