import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { E2E_TEST_TIMEOUT, WAIT_TIMEOUT } from '../../timeouts.js';

/**
 * The e2e tests in Firefox ESR (puppeteer-core over WebDriver BiDi, the `dist-firefox-e2e/` add-on).
 * Standalone for the same reasons as `test/e2e/vitest.config.ts`, and apart from it so the Chromium
 * run neither needs Firefox nor waits for it.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../../..', import.meta.url)),
  plugins: [],
  test: {
    include: ['test/e2e/firefox/**/*.test.ts'],
    environment: 'node',
    // Each file starts its own Firefox; one at a time keeps a small CI machine from thrashing.
    fileParallelism: false,
    testTimeout: E2E_TEST_TIMEOUT,
    hookTimeout: E2E_TEST_TIMEOUT,
    teardownTimeout: E2E_TEST_TIMEOUT,
    expect: { poll: { timeout: WAIT_TIMEOUT } },
  },
});
