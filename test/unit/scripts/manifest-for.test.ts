import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  E2E_FIREFOX_PAGES,
  E2E_HOSTS,
  FIREFOX_ICON_96,
  FIREFOX_MIN_VERSION,
  GECKO_ID,
  manifestFor,
  type SourceManifest,
  targetForMode,
} from '../../../scripts/manifest-for';

const root = join(import.meta.dirname, '../../..');
const readJson = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as unknown;
const source = readJson('manifest.json') as SourceManifest;
const { version } = readJson('package.json') as { version: string };

const chrome = manifestFor(source, 'chrome', version);
const e2e = manifestFor(source, 'chrome-e2e', version);
const firefox = manifestFor(source, 'firefox', version);
const firefoxE2e = manifestFor(source, 'firefox-e2e', version);

describe('targetForMode', () => {
  it('keeps every mode but e2e, firefox and firefox-e2e on the store build', () => {
    expect(targetForMode('production')).toBe('chrome');
    expect(targetForMode('development')).toBe('chrome');
    expect(targetForMode('e2e')).toBe('chrome-e2e');
    expect(targetForMode('firefox')).toBe('firefox');
    expect(targetForMode('firefox-e2e')).toBe('firefox-e2e');
  });
});

describe('manifestFor', () => {
  it("versions every build from package.json, and manifest.json's own version agrees", () => {
    expect(source.version).toBe(version);
    for (const manifest of [chrome, e2e, firefox]) expect(manifest.version).toBe(version);
    expect(manifestFor(source, 'firefox', '9.8.7').version).toBe('9.8.7');
  });

  it('ships the source manifest unchanged to Chrome', () => {
    expect(chrome).toEqual(source);
    expect(chrome.background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  it('adds only loopback host permissions for the e2e build', () => {
    const { host_permissions, ...rest } = e2e;
    expect(host_permissions).toEqual(E2E_HOSTS);
    expect(rest).toEqual(chrome);
  });

  it('adds to the Firefox manifest only loopback host permissions and the popup and editor reachable from loopback pages, for the Firefox e2e build', () => {
    const { host_permissions, web_accessible_resources, ...rest } = firefoxE2e;
    expect(host_permissions).toEqual(E2E_HOSTS);
    expect(web_accessible_resources).toEqual([{ resources: ['popup/index.html', 'options/index.html'], matches: E2E_HOSTS }]);
    // The pages are the manifest's own popup and options page, so a renamed page fails here.
    const pages = readJson('manifest.json') as { action: { default_popup: string }; options_ui: { page: string } };
    expect(E2E_FIREFOX_PAGES).toEqual([pages.action.default_popup, pages.options_ui.page]);
    expect(rest).toEqual(firefox);
    expect(firefox).not.toHaveProperty('host_permissions');
    expect(firefox).not.toHaveProperty('web_accessible_resources');
  });

  it('gives Firefox an event page (background.scripts) in place of the service worker', () => {
    expect(firefox.background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
  });

  it('names the add-on for Firefox: id, minimum version, and no data collected', () => {
    expect(firefox.browser_specific_settings).toEqual({
      gecko: { id: GECKO_ID, strict_min_version: FIREFOX_MIN_VERSION, data_collection_permissions: { required: ['none'] } },
    });
    // AMO ids: email-like, at most 80 characters.
    expect(GECKO_ID).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(GECKO_ID.length).toBeLessThanOrEqual(80);
    // No gecko_android: AMO would take it as a claim that the add-on works on Android.
    expect(firefox.browser_specific_settings).not.toHaveProperty('gecko_android');
  });

  it('drops Chrome-only keys and adds the 96 px icon for Firefox', () => {
    expect(source.minimum_chrome_version).toBeDefined();
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
    expect(firefox.icons).toEqual({ ...source.icons, '96': FIREFOX_ICON_96 });
  });

  it('keeps everything else the same in both builds, permissions included', () => {
    const differs = new Set(['background', 'browser_specific_settings', 'minimum_chrome_version', 'icons']);
    const same = (manifest: Record<string, unknown>) => Object.fromEntries(Object.entries(manifest).filter(([key]) => !differs.has(key)));
    expect(same(firefox)).toEqual(same(chrome));
    expect(firefox.permissions).toEqual(source.permissions);
    // The worker's alarm is the only timer that syncs: the editor keeps none of its own.
    expect(firefox.permissions).toContain('alarms');
    expect(firefox.optional_host_permissions).toEqual(source.optional_host_permissions);
    // The source's key order is kept, so a diff of the two built manifests stays readable.
    expect(Object.keys(firefox).slice(0, 3)).toEqual(Object.keys(source).slice(0, 3));
  });

  it('does not change the source manifest object', () => {
    const copy = structuredClone(source);
    manifestFor(source, 'firefox', '2.0.0');
    manifestFor(source, 'chrome-e2e', '2.0.0');
    manifestFor(source, 'firefox-e2e', '2.0.0');
    expect(source).toEqual(copy);
  });

  it('refuses a Chrome-only feature that would have no Firefox fallback', () => {
    expect(() => manifestFor({ ...source, side_panel: { default_path: 'panel.html' } }, 'firefox', version)).toThrow(/side_panel/);
    expect(() => manifestFor({ ...source, permissions: [...(source.permissions ?? []), 'offscreen'] }, 'firefox', version)).toThrow(/offscreen/);
    // Chrome builds take them as they are.
    expect(() => manifestFor({ ...source, side_panel: {} }, 'chrome', version)).not.toThrow();
  });
});
