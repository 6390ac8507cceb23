import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';
import { WAIT_TIMEOUT } from '../../timeouts';
import { removeProfile } from './remove-profile';

/** Repo root, found from this file so tests work from any working directory. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The e2e build (`npm run build:e2e`): the store build plus loopback host permissions. */
export const E2E_EXTENSION_DIR = join(REPO_ROOT, 'dist-e2e');

export interface LaunchOptions {
  /** Reuse a profile to test a browser restart; by default each launch gets a fresh one. */
  userDataDir?: string;
  /** Unpacked extension to load; defaults to `dist-e2e/`. */
  extensionDir?: string;
  /** More Chromium switches, e.g. `--enable-unsafe-extension-debugging` for a real toolbar click. */
  args?: string[];
}

export interface LaunchedBrowser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** Closes the browser; deletes the profile only if this launch created it. */
  close(): Promise<void>;
}

/**
 * Playwright's own browser download does not work here, so we always drive the system
 * Chromium. Branded Google Chrome (137+) ignores --load-extension, hence no fallback to it.
 */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('Chromium is not installed: run `apt-get install -y chromium` (Debian/Ubuntu) ' + 'or set CHROMIUM_PATH to a Chromium binary.');
  }
}

/**
 * An unpacked extension's id is derived from its absolute path: SHA-256 of the path, first 32
 * hex digits, each mapped 0-f -> a-p. Chromium makes the path absolute *and resolves symlinks*
 * first, so we use realpath; path.resolve alone gives a wrong id under a symlinked checkout.
 */
export function extensionIdFor(extensionDir: string): string {
  const hex = createHash('sha256').update(realpathSync(extensionDir)).digest('hex').slice(0, 32);
  return Array.from(hex, (digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/** A fresh profile dir; pass it to several launches to test a restart, then delete it. */
export function makeUserDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'curator-e2e-profile-'));
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const extensionDir = realpathOrExplain(options.extensionDir ?? E2E_EXTENSION_DIR);
  const ownsProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? makeUserDataDir();
  let context: BrowserContext;
  try {
    // Extensions only load in a persistent context; new headless (plain --headless since
    // Chromium 132) loads unpacked extensions like a headed browser does.
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath(),
      headless: true,
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        ...(options.args ?? []),
      ],
    });
  } catch (error) {
    if (ownsProfile) removeProfile(userDataDir);
    throw error;
  }
  // Playwright's own waits (clicks, locators, waitFor…) get the same room as the tests' polls.
  context.setDefaultTimeout(WAIT_TIMEOUT);
  return {
    context,
    extensionId: extensionIdFor(extensionDir),
    userDataDir,
    async close() {
      await context.close();
      if (ownsProfile) removeProfile(userDataDir);
    },
  };
}

/** A missing build is the usual first-run mistake; say how to fix it instead of a bare ENOENT. */
function realpathOrExplain(dir: string): string {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}: run \`npm run build:e2e\` first.`);
  }
  return realpathSync(dir);
}
