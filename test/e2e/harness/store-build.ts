import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './launch';

export interface StoreBuild {
  /** Absolute path of the unpacked extension; the caller deletes it. */
  dir: string;
  manifest: Record<string, unknown>;
}

/**
 * Builds the store extension (`vite build`, as `npm run build` does) into a fresh temp dir.
 * `test:e2e` only builds `dist-e2e/`, and a `dist/` left on disk may be stale, so checks on
 * what ships build it here. The child must not inherit vitest's environment: vite.config.ts
 * drops the crx plugin when VITEST is set (no manifest would be emitted), and NODE_ENV=test
 * would change the bundle.
 */
export async function buildStoreExtension(): Promise<StoreBuild> {
  const dir = mkdtempSync(join(tmpdir(), 'curator-store-build-'));
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(key)));
  const vite = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  try {
    await promisify(execFile)(process.execPath, [vite, 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'error'], { cwd: REPO_ROOT, env });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as StoreBuild['manifest'];
    return { dir, manifest };
  } catch (error) {
    // The caller never gets `dir` on failure, so clean it here.
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
