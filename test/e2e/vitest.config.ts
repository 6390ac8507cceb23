import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';
import { E2E_TEST_TIMEOUT, WAIT_TIMEOUT } from '../timeouts.js';

/**
 * E2E tests drive a real Chromium with the built extension, so this config is standalone on
 * purpose: the root vite.config.ts carries the crx plugin, the unit-test setup file and an alias
 * of webextension-polyfill to a fake, none of which may leak into tests that load `dist-e2e/`.
 * Passing this file with `--config` makes vitest load it instead of the root config.
 */
export default defineConfig({
  // Repo root, so `include` and reported paths read the same as for the unit tests.
  root: fileURLToPath(new URL('../..', import.meta.url)),
  plugins: [],
  test: {
    include: ['test/e2e/**/*.test.ts'],
    // Firefox's tests have their own config (test/e2e/firefox/vitest.config.ts) and build.
    exclude: [...configDefaults.exclude, 'test/e2e/firefox/**'],
    environment: 'node',
    // Each file launches its own browser; running them side by side only adds flakiness on
    // small CI machines.
    fileParallelism: false,
    // Browser start-up is fast (~0.5 s) on a quiet machine, not on a loaded one: test/timeouts.ts.
    testTimeout: E2E_TEST_TIMEOUT,
    hookTimeout: E2E_TEST_TIMEOUT,
    teardownTimeout: E2E_TEST_TIMEOUT,
    expect: { poll: { timeout: WAIT_TIMEOUT } },
  },
});
