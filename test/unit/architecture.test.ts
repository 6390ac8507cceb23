import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}
const importsOf = (file: string) => [...readFileSync(join(root, file), 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);

describe('architecture', () => {
  it('keeps src/core pure: no browser, storage, UI or platform imports', () => {
    const forbidden = /^(webextension-polyfill|idb|preact)|\/(storage|platform|ui|content)(\/|$)/;
    const offenders = sources('src/core').flatMap((file) =>
      importsOf(file)
        .filter((spec) => forbidden.test(spec))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('imports webextension-polyfill in exactly one place', () => {
    const all = [...sources('src'), ...sources('popup'), ...sources('options')];
    const importers = all.filter((file) => importsOf(file).includes('webextension-polyfill'));
    expect(importers).toEqual(['src/platform/browser.ts']);
  });

  it('opens IndexedDB only through src/storage', () => {
    const all = [...sources('src'), ...sources('popup'), ...sources('options')].filter((f) => !f.startsWith('src/storage/'));
    const offenders = all.filter((file) => importsOf(file).includes('idb') || /\bindexedDB\b/.test(readFileSync(join(root, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('declares no content scripts and no host permissions in the store manifest', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'contextMenus', 'unlimitedStorage', 'alarms']);
    expect(manifest.optional_permissions).toEqual(['tabs']);
    // Asked for only when the curator runs the link health check, site by site (originPatternsFor).
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
  });
});
