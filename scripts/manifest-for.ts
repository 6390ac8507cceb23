/**
 * The manifest each build ships, made from the one source manifest (`manifest.json`, Chrome's
 * shape) by a pure function, so the unit tests can say exactly how the builds differ.
 *
 * - `chrome`: the source as it is; the Chrome Web Store zip and `npm start`.
 * - `chrome-e2e`: plus host permissions for loopback pages, because automation cannot give the
 *   `activeTab` grant that a real toolbar click gives.
 * - `firefox`: the background worker becomes an event page (`background.scripts`: Firefox MV3
 *   has no extension service workers), `browser_specific_settings.gecko` says who the add-on is
 *   and which Firefox it needs, Chrome-only keys go, and the 96 px icon Firefox uses on
 *   high-density screens is added.
 * - `firefox-e2e`: the Firefox manifest plus the same loopback host permissions, and the popup
 *   and editor made web-accessible to loopback pages: automation cannot open a `moz-extension://`
 *   page itself, so a test page on 127.0.0.1 navigates there.
 */

export type BuildTarget = 'chrome' | 'chrome-e2e' | 'firefox' | 'firefox-e2e';

/** The manifest fields the transforms read or crx needs; everything else passes through untouched. */
interface ManifestFields {
  manifest_version: 3;
  name: string;
  version: string;
  icons?: Record<string, string>;
  permissions?: string[];
  [key: string]: unknown;
}

export type SourceManifest = ManifestFields & { background: { service_worker: string; type?: 'module' } };

export type BuiltManifest = ManifestFields & {
  background: SourceManifest['background'] | { scripts: string[]; type?: 'module' };
};

export const E2E_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

/** The extension pages a Firefox test reaches from a loopback page (`firefox-e2e` only). */
export const E2E_FIREFOX_PAGES = ['popup/index.html', 'options/index.html'];

/**
 * The add-on's id on addons.mozilla.org and in every Firefox profile. It must never change once
 * the add-on is published: Firefox keys the add-on, its updates and its stored data by it. An
 * email-like id in a reserved domain (RFC 2606 `.example`) can never belong to someone else.
 */
export const GECKO_ID = 'kubelist-curator@kubelist-curator.example';

/**
 * Firefox 140 (an ESR) is the first to know `data_collection_permissions`, which AMO requires of
 * new add-ons; it is also past everything else the extension uses (MV3 event pages with ES module
 * background scripts, `scripting.executeScript({ func, args })`, `optional_host_permissions`,
 * `AbortSignal.any`).
 */
export const FIREFOX_MIN_VERSION = '140.0';

/** Firefox shows 48 px icons at 96 px on high-density screens; Chrome never asks for it. */
export const FIREFOX_ICON_96 = 'src/assets/icons/icon-96.png';

/** Keys with no meaning outside Chrome, dropped from the Firefox manifest. */
const CHROME_ONLY_KEYS = ['minimum_chrome_version', 'key', 'update_url', 'offline_enabled'];

/**
 * Chrome-only features the code would have to replace for Firefox. None is used; the Firefox
 * build refuses to be made with one rather than ship a dead feature.
 */
const CHROME_ONLY_FEATURES = ['side_panel', 'sidePanel', 'offscreen', 'tabGroups', 'declarativeNetRequestFeedback'];

/** Which build a vite `--mode` makes; every mode not named here is the store build. */
export function targetForMode(mode: string): BuildTarget {
  if (mode === 'e2e') return 'chrome-e2e';
  if (mode === 'firefox') return 'firefox';
  if (mode === 'firefox-e2e') return 'firefox-e2e';
  return 'chrome';
}

/** The manifest for one build, versioned from package.json (the one version of the project). */
export function manifestFor(source: SourceManifest, target: BuildTarget, version: string): BuiltManifest {
  const versioned = { ...source, version };
  if (target === 'chrome') return versioned;
  if (target === 'chrome-e2e') return { ...versioned, host_permissions: E2E_HOSTS };
  if (target === 'firefox-e2e') {
    return {
      ...firefoxManifest(versioned),
      host_permissions: E2E_HOSTS,
      web_accessible_resources: [{ resources: E2E_FIREFOX_PAGES, matches: E2E_HOSTS }],
    };
  }
  return firefoxManifest(versioned);
}

function firefoxManifest(source: SourceManifest): BuiltManifest {
  const used = [...Object.keys(source), ...(source.permissions ?? [])].filter((key) => CHROME_ONLY_FEATURES.includes(key));
  if (used.length > 0) throw new Error(`Chrome-only in manifest.json, with no Firefox fallback: ${used.join(', ')}`);

  const manifest: Record<string, unknown> = {};
  // Rebuilt key by key so the output keeps the source's order, which keeps diffs readable.
  for (const [key, value] of Object.entries(source)) {
    if (CHROME_ONLY_KEYS.includes(key)) continue;
    if (key === 'background') {
      const { service_worker, type } = source.background;
      manifest.background = { scripts: [service_worker], ...(type ? { type } : {}) };
    } else if (key === 'icons') {
      manifest.icons = { ...source.icons, '96': FIREFOX_ICON_96 };
    } else {
      manifest[key] = value;
    }
  }
  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      // The extension sends nothing anywhere: no analytics, no accounts, no sync.
      data_collection_permissions: { required: ['none'] },
    },
  };
  return manifest as BuiltManifest;
}
