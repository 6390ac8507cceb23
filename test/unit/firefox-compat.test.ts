// The Chrome and Firefox builds run the same code (both give `browser.*` with promises; see
// src/platform/browser.ts); only the manifest differs (test/unit/scripts/manifest-for.test.ts). This guards
// the "same code" half: no Chrome-only API may creep in without a Firefox fallback.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
/** Extension code: what the builds bundle (the command line in src/cli runs in Node, not a browser). */
const extensionSources = ['src', 'popup', 'options'].flatMap((dir) =>
  readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith('src/cli/')),
);
const text = (file: string) => readFileSync(join(root, file), 'utf8');

/**
 * `browser.*` namespaces that Firefox 140 desktop has as Chrome does. Add one here only after
 * checking that; anything else needs a fallback (and a test of both paths).
 */
const SHARED_NAMESPACES = [
  'action',
  'alarms',
  'commands',
  'contextMenus',
  'downloads',
  'i18n',
  'notifications',
  'permissions',
  'runtime',
  'scripting',
  'storage',
  'tabs',
  'windows',
];

describe('Firefox compatibility of the extension code', () => {
  it('reaches the browser through `browser.*` only, never `chrome.*`', () => {
    const offenders = extensionSources.filter((file) => /\bchrome\.\w+\s*[.(]/.test(text(file)));
    expect(offenders).toEqual([]);
  });

  it('uses no Chrome-only API: side panel, action.openPopup, offscreen documents', () => {
    const chromeOnly = /\b(sidePanel|openPopup|offscreen|getBackgroundPage|tabGroups)\b/;
    expect(extensionSources.filter((file) => chromeOnly.test(text(file)))).toEqual([]);
  });

  it('uses only browser.* namespaces that Firefox has too', () => {
    const used = new Set(extensionSources.flatMap((file) => [...text(file).matchAll(/\bbrowser\.(\w+)\.\w+/g)].map((m) => m[1]!)));
    expect([...used].filter((namespace) => !SHARED_NAMESPACES.includes(namespace))).toEqual([]);
  });
});
