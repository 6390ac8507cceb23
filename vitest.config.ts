import { defineConfig } from 'vitest/config';
import { UNIT_TEST_TIMEOUT, WAIT_TIMEOUT } from './test/timeouts.js';

/**
 * The unit and UI tests (`npx vitest run`). Apart from vite.config.ts, which builds the extension
 * and ships in the sources zip for reviewers, so the build never depends on a test file. The e2e
 * tests have their own config (test/e2e/vitest.config.ts).
 */
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/ui/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    // test/timeouts.ts says why these are generous.
    testTimeout: UNIT_TEST_TIMEOUT,
    hookTimeout: UNIT_TEST_TIMEOUT,
    expect: { poll: { timeout: WAIT_TIMEOUT } },
  },
});
