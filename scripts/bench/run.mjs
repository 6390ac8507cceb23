#!/usr/bin/env node
// `npm run bench`: the benchmark of issue 7 (scripts/bench/main.ts). Plain Node ESM on purpose:
// Node 20 cannot run TypeScript, so Vite's module runner loads the benchmark and the e2e harness
// it shares, exactly as written, with no build step of its own. The runner is closed once main.ts
// is loaded: code under scripts/bench must use static imports only, never `import()`.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const { module } = await runnerImport(fileURLToPath(new URL('./main.ts', import.meta.url)), {
  configFile: false,
  logLevel: 'error',
});
await module.main();
