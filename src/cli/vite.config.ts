import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * The `kubelist-curator` command line, bundled with the format module it shares with the
 * extension into one plain ES module that Node 20 runs without a TypeScript runtime.
 * `npm run build:cli` (part of `npm run build`) writes `dist-cli/kubelist.mjs`, the package's `bin`.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));

/** Marks the bundle executable, so `./dist-cli/kubelist.mjs` runs as well as `node` and `npx` do. */
const executable = (): Plugin => ({
  name: 'kubelist-cli-executable',
  writeBundle(options, bundle) {
    for (const file of Object.keys(bundle)) chmodSync(join(options.dir ?? '', file), 0o755);
  },
});

export default defineConfig({
  root,
  // The extension's public/ assets and env files have nothing to do with the CLI.
  publicDir: false,
  envDir: false,
  logLevel: 'warn',
  plugins: [executable()],
  build: {
    // SSR mode targets Node: `node:` built-ins stay imports, nothing is shimmed for browsers.
    ssr: fileURLToPath(new URL('./main.ts', import.meta.url)),
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      output: {
        format: 'es',
        entryFileNames: 'kubelist.mjs',
        banner: '#!/usr/bin/env node',
      },
    },
  },
});
