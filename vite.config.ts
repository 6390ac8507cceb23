import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import manifest from './manifest.json' with { type: 'json' };

/**
 * The e2e build differs from the store build only in host permissions for loopback pages:
 * automation cannot give the `activeTab` grant that a real toolbar click gives.
 */
const E2E_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

function manifestFor(mode: string): ManifestV3Export {
  if (mode !== 'e2e') return manifest as ManifestV3Export;
  return { ...manifest, host_permissions: E2E_HOSTS } as ManifestV3Export;
}

export default defineConfig(({ mode }) => ({
  // crx rewrites manifest entries; tests never need it.
  plugins: process.env.VITEST ? [] : [crx({ manifest: manifestFor(mode) })],
  build: {
    outDir: mode === 'e2e' ? 'dist-e2e' : 'dist',
    emptyOutDir: true,
    target: 'chrome116',
    // Extension pages load from disk: inlining tiny assets buys nothing and breaks the CSP.
    assetsInlineLimit: 0,
  },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/ui/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    alias: {
      'webextension-polyfill': fileURLToPath(new URL('./test/fakes/browser.ts', import.meta.url)),
    },
  },
}));
