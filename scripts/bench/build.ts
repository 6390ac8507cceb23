import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'vite';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PAGE_DIR = fileURLToPath(new URL('./page/', import.meta.url));

export interface Build {
  /** Absolute path of the unpacked extension, in a temp dir; `remove()` deletes it. */
  dir: string;
  manifest: Record<string, unknown>;
  remove(): void;
}

/**
 * `vite build` of the extension into a fresh temp dir: `store` is what `npm run build` ships,
 * `e2e` adds loopback host permissions so automation can read a test page's tab (what a real
 * toolbar click's `activeTab` grant gives). The child must not inherit a test runner's
 * environment: vite.config.ts drops the crx plugin when VITEST is set.
 */
export async function buildExtension(mode: 'store' | 'e2e'): Promise<Build> {
  const dir = mkdtempSync(join(tmpdir(), `curator-bench-${mode}-`));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(key)));
  const vite = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [vite, 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'error', ...(mode === 'e2e' ? ['--mode', 'e2e'] : [])];
  try {
    await promisify(execFile)(process.execPath, args, { cwd: REPO_ROOT, env, maxBuffer: 16 * 1024 * 1024 });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    return { dir, manifest, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

/**
 * Adds the benchmark's own pages to a built extension, under `bench/`: `blank.html`, the
 * baseline every page is compared with; `bench.html`, which runs the extension's storage and
 * export code for the seeding and the archive figures; and two references, `one-script.html` (see
 * oneScriptPage) and `least/popup/index.html` (see leastPopupPage). The extension's own pages are
 * untouched.
 */
export async function addBenchPages(extensionDir: string): Promise<void> {
  await build({
    configFile: false,
    root: PAGE_DIR,
    base: '/bench/',
    logLevel: 'error',
    build: {
      outDir: join(extensionDir, 'bench'),
      emptyOutDir: true,
      target: 'chrome116',
      assetsInlineLimit: 0,
      rollupOptions: { input: { bench: join(PAGE_DIR, 'bench.html'), blank: join(PAGE_DIR, 'blank.html') } },
    },
  });
  oneScriptPage(extensionDir);
  leastPopupPage(extensionDir);
}

/**
 * A reference page next to the blank one: the same, plus one module script of a single statement.
 * Ready at the first frame after that script ran: what fetching and running any script at all
 * costs an extension page, before the size of the code or what it does come in.
 */
function oneScriptPage(extensionDir: string) {
  writeFileSync(join(extensionDir, 'bench', 'one-script.js'), `document.body.dataset.loaded = 'yes';\n`);
  writeFileSync(join(extensionDir, 'bench', 'one-script.html'), pageWithScript('One script', '/bench/one-script.js', ''));
}

/**
 * A second reference: the least any popup can do to be ready. One module script that asks for the
 * tab named by `?tab=`, as the popup does, puts its title and URL in two fields and the cursor in a
 * third, with the popup's ids, so the ready probe judges it by the popup's rule. Every popup that
 * shows a tab's title pays for this: one script fetched, one round trip to the browser, a frame.
 * The popup ÷ this page tells what the popup's own code costs on top.
 */
function leastPopupPage(extensionDir: string) {
  const dir = join(extensionDir, 'bench', 'least', 'popup');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'least.js'),
    [
      `const api = globalThis.browser ?? globalThis.chrome;`,
      `api.tabs.get(Number(new URLSearchParams(location.search).get('tab'))).then((tab) => {`,
      `  document.getElementById('title').value = tab.title;`,
      `  document.getElementById('url').value = tab.url;`,
      `});`,
      `document.getElementById('commentary').focus();`,
      ``,
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'index.html'),
    pageWithScript('Least popup', './least.js', '<input id="title" /><input id="url" /><textarea id="commentary"></textarea>'),
  );
}

/** A reference page: one module script in the head, as the extension's pages load theirs. */
function pageWithScript(title: string, script: string, body: string): string {
  return `<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="utf-8" />\n    <title>${title}</title>\n    <script type="module" src="${script}"></script>\n  </head>\n  <body>${body}</body>\n</html>\n`;
}
