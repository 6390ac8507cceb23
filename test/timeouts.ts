// Every test timeout in one place. They bound how long a *broken* test may hang, never how fast a
// working one must be: the machines that run the suite are shared and often loaded, so each is
// many times what the step takes on a quiet machine. A test that needs a tighter bound is testing
// speed, and speed belongs in `npm run bench`, not here.

/** One unit or UI test (fake-indexeddb, happy-dom): normally milliseconds, rarely a second. */
export const UNIT_TEST_TIMEOUT = 60_000;

/** A hook that runs a whole vite build of the extension or the CLI (budgets, packages, the CLI). */
export const BUILD_TIMEOUT = 240_000;

/** One end-to-end test, or its launch/close hook: a real Chromium and a built extension. */
export const E2E_TEST_TIMEOUT = 240_000;

/**
 * How long a poll (`expect.poll`, `vi.waitFor`, Testing Library's `waitFor`/`findBy…`) waits for a
 * state to arrive before failing. The defaults (1 s) fail on a busy machine for no fault of the code.
 */
export const WAIT_TIMEOUT = 30_000;

/**
 * A test that syncs through a real git server (test/servers/git-http-server.ts) many times, each a
 * few HTTP requests and a CGI process: seconds on a quiet machine, a minute or more on a busy one.
 */
export const GIT_SYNC_TEST_TIMEOUT = 600_000;

/**
 * How long a sync waits for one answer of the git server in the tests of a server that never
 * answers; the extension's own deadline is longer (src/sync). Only a broken server reaches it.
 */
export const GIT_NO_ANSWER_DEADLINE = 3_000;
