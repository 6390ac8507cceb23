import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { GECKO_ID } from '../../../scripts/manifest-for';
import { E2E_TEST_TIMEOUT } from '../../timeouts';
import { REPO_ROOT } from './launch';

/** The Firefox e2e build (`vite build --mode firefox-e2e`): see docs/testing.md for how it differs. */
export const FIREFOX_E2E_EXTENSION_DIR = join(REPO_ROOT, 'dist-firefox-e2e');

export interface LaunchedFirefox {
  browser: Browser;
  /** The add-on's per-install UUID, chosen by the test: its pages are `moz-extension://<uuid>/…`. */
  uuid: string;
  /** Where Firefox saves downloads, without asking. */
  downloadDir: string;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /** Firefox prefs on top of the harness's own (e.g. `intl.locale.requested`). */
  prefs?: Record<string, unknown>;
  /** Accept any TLS certificate (WebDriver's `acceptInsecureCerts`), for pages a test serves over HTTPS itself. */
  acceptInsecureCerts?: boolean;
  /**
   * Firefox's `--remote-allow-system-access`: WebDriver BiDi may then open the browser's own pages
   * (`about:robots`…) and reach the browser window itself (firefox-chrome.ts), both refused by default.
   */
  systemAccess?: boolean;
}

/** Debian's firefox-esr (or FIREFOX_PATH): no downloaded browser, no geckodriver. */
export function firefoxPath(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return fromEnv;
  try {
    return execFileSync('which', ['firefox-esr'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('Firefox ESR is not installed: run `apt-get install -y firefox-esr` (Debian) or set FIREFOX_PATH to a Firefox binary.');
  }
}

/**
 * Firefox ESR, headless over WebDriver BiDi, on a fresh profile that puppeteer makes and deletes,
 * with the Firefox e2e build installed as a temporary add-on. Firefox gives each install a random
 * UUID for its `moz-extension://` origin; the `extensions.webextensions.uuids` pref, read when the
 * add-on installs, fixes it in advance so the test knows the origin without asking the browser.
 */
export async function launchFirefox(options: FirefoxOptions = {}): Promise<LaunchedFirefox> {
  if (!existsSync(join(FIREFOX_E2E_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built add-on in ${FIREFOX_E2E_EXTENSION_DIR}: run \`vite build --mode firefox-e2e\` first.`);
  }
  const uuid = randomUUID();
  const downloadDir = mkdtempSync(join(tmpdir(), 'curator-firefox-downloads-'));
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      acceptInsecureCerts: options.acceptInsecureCerts ?? false,
      args: options.systemAccess ? ['--remote-allow-system-access'] : [],
      // Start-up is slow on a loaded machine (tens of seconds); these bound a hung browser only.
      timeout: E2E_TEST_TIMEOUT,
      protocolTimeout: E2E_TEST_TIMEOUT,
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
        // Downloads go to a folder of the test's, with no dialog.
        'browser.download.folderList': 2,
        'browser.download.dir': downloadDir,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.start_downloads_in_tmp_dir': false,
        ...options.prefs,
      },
    });
    const installed = await browser.installExtension(FIREFOX_E2E_EXTENSION_DIR);
    if (installed !== GECKO_ID) throw new Error(`Installed add-on ${installed}, expected ${GECKO_ID}`);
  } catch (error) {
    await browser?.close();
    rmSync(downloadDir, { recursive: true, force: true });
    throw error;
  }
  const launched = browser;
  return {
    browser: launched,
    uuid,
    downloadDir,
    async close() {
      await launched.close();
      rmSync(downloadDir, { recursive: true, force: true });
    },
  };
}
