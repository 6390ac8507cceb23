import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type LaunchedBrowser, type LaunchOptions, launchBrowser, makeUserDataDir } from './launch';
import { type PageErrors, watchPageErrors } from './page-errors';
import { removeProfile } from './remove-profile';

/** Chromium with the extension, as a test file sees it: always the current launch. */
export interface ExtensionBrowser {
  readonly context: BrowserContext;
  readonly extensionId: string;
  readonly userDataDir: string;
  /** What the pages reported (uncaught errors, console errors), in every launch of the file so far. */
  readonly errors: PageErrors;
  /** Closes the browser and starts it again on the same profile, as a curator's restart does. */
  restart(): Promise<void>;
}

/** What `launchBrowser` takes but the profile: the helper makes its own, for a restart to reuse. */
type UseOptions = Omit<LaunchOptions, 'userDataDir'>;

/**
 * Launches Chromium with the extension before a file's tests (on a fresh profile, watching its
 * pages' errors) and closes it and deletes the profile after them. `options` may be a function
 * for what exists only once an earlier hook ran (a build's folder, a server's port); it is read
 * once. Register servers the browser needs before this, so they start before it and close after.
 */
export function useExtension(options: UseOptions | (() => UseOptions) = {}): ExtensionBrowser {
  let launchOptions: UseOptions;
  let profile: string | undefined;
  let browser: LaunchedBrowser | undefined;
  let errors: PageErrors | undefined;
  /** What the launches before a restart reported: "no page errors anywhere" means before it too. */
  const earlier: string[] = [];

  const launch = async () => {
    browser = await launchBrowser({ ...launchOptions, userDataDir: profile });
    errors = watchPageErrors(browser.context);
  };
  const close = async () => {
    errors?.stop();
    earlier.push(...(errors?.messages ?? []));
    await browser?.close();
  };
  const launched = () => {
    if (!browser || !errors) throw new Error('The browser is not running: use it in a test or in a hook registered after useExtension.');
    return { browser, errors };
  };

  beforeAll(async () => {
    launchOptions = typeof options === 'function' ? options() : options;
    // Made here rather than by launchBrowser, so that a restart finds the profile still there.
    profile = makeUserDataDir();
    await launch();
  });
  afterAll(async () => {
    await close();
    if (profile) removeProfile(profile);
  });

  return {
    get context() {
      return launched().browser.context;
    },
    get extensionId() {
      return launched().browser.extensionId;
    },
    get userDataDir() {
      return launched().browser.userDataDir;
    },
    get errors() {
      const current = launched().errors;
      return { messages: [...earlier, ...current.messages], stop: () => current.stop() };
    },
    async restart() {
      await close();
      browser = undefined;
      errors = undefined;
      await launch();
    },
  };
}
