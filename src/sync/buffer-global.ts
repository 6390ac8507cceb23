// The npm package (trailing slash), not the Node built-in the bundler would leave out of a page.
import { Buffer } from 'buffer/';

// isomorphic-git calls Node's Buffer, which browsers lack; its documentation asks pages for this
// polyfill as a global. Imported first by the sync's entry, before isomorphic-git loads.
(globalThis as { Buffer?: unknown }).Buffer ??= Buffer;
