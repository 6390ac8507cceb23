import { fileURLToPath } from 'node:url';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { inlinePageCss } from './scripts/inline-page-css.js';
import { manifestFor, type SourceManifest, targetForMode } from './scripts/manifest-for.js';
import { popupOwnCopy } from './scripts/popup-own-copy.js';

/**
 * Four builds from the same sources, chosen by `--mode` (scripts/manifest-for.ts says how their
 * manifests differ): the store build (`vite build` → dist/), the e2e build (`--mode e2e` →
 * dist-e2e/, plus host permissions for loopback pages), the Firefox build (`--mode firefox` →
 * dist-firefox/, an event page instead of the service worker) and the Firefox e2e build
 * (`--mode firefox-e2e` → dist-firefox-e2e/, the Firefox build plus loopback host permissions and
 * the popup and editor reachable from loopback pages).
 */
const BUILDS = {
  chrome: { outDir: 'dist', browser: 'chrome', target: 'chrome116' },
  'chrome-e2e': { outDir: 'dist-e2e', browser: 'chrome', target: 'chrome116' },
  firefox: { outDir: 'dist-firefox', browser: 'firefox', target: 'firefox140' },
  'firefox-e2e': { outDir: 'dist-firefox-e2e', browser: 'firefox', target: 'firefox140' },
} as const;

export default defineConfig(({ mode }) => {
  const target = targetForMode(mode);
  const build = BUILDS[target];
  const built = manifestFor(manifest as SourceManifest, target, pkg.version);
  return {
    // crx rewrites manifest entries; tests never need it.
    plugins: process.env.VITEST
      ? []
      : [
          // The popup's first load in one file (scripts/popup-own-copy.ts says why).
          popupOwnCopy(fileURLToPath(new URL('./popup/main.tsx', import.meta.url))),
          crx({ manifest: built as ManifestV3Export, browser: build.browser }),
          inlinePageCss(),
        ],
    build: {
      outDir: build.outDir,
      emptyOutDir: true,
      target: build.target,
      // Extension pages load from disk: inlining tiny assets buys nothing and breaks the CSP.
      assetsInlineLimit: 0,
      // Every target browser supports modulepreload; the polyfill was 1 KB in each page's first load.
      modulePreload: { polyfill: false },
    },
  };
});
