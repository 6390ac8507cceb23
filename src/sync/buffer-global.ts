// The npm package (trailing slash), not the Node built-in the bundler would leave out of a page.
import { Buffer } from 'buffer/';

// isomorphic-git calls Node's Buffer, which browsers lack; its documentation asks pages for this
// polyfill as a global. Imported first by the sync's entry, before isomorphic-git loads.
(globalThis as { Buffer?: unknown }).Buffer ??= Buffer;

// lightning-fs's TextEncoder shim (isomorphic-textencoder) writes to `window`, else to Node's
// `global`; the service worker, which syncs on its alarm, has neither, and the shim's first line
// would throw there and take the worker's listeners with it.
(globalThis as { global?: unknown }).global ??= globalThis;
