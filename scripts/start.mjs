#!/usr/bin/env node
// `npm start`: build the store extension and open it in a real, headed Chromium with a
// throwaway profile, so a person can try the popup and the editor as a user would.
// Plain Node ESM on purpose: it must run before anything is built or transpiled.
//
//   npm start                      opens the editor and https://kubelist.com
//   npm start -- <url> [<url>...]  opens the editor and these pages instead
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const pages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['https://kubelist.com'];

/** Chromium, not Google Chrome: branded Chrome 137+ ignores --load-extension. */
function findChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const candidates = (process.env.PATH ?? '').split(delimiter).flatMap((dir) => ['chromium', 'chromium-browser'].map((name) => join(dir, name)));
  candidates.push('/Applications/Chromium.app/Contents/MacOS/Chromium');
  return candidates.find((file) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

// Check what we need before spending time on a build.
const chromium = findChromium();
if (!chromium) {
  fail(
    [
      'Chromium is not installed (or not on PATH).',
      '  Debian/Ubuntu:  sudo apt-get install chromium',
      '  Elsewhere:      install Chromium, or set CHROMIUM_PATH=/path/to/chromium',
      'Or load the extension by hand: `npm run build`, then in Chrome open chrome://extensions,',
      'turn on "Developer mode", click "Load unpacked" and pick the dist/ folder.',
    ].join('\n'),
  );
}
const needsDisplay = process.platform !== 'darwin' && process.platform !== 'win32';
if (needsDisplay && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  fail(
    [
      'No display: DISPLAY and WAYLAND_DISPLAY are unset, so a browser window cannot open.',
      'Run `npm start` from a desktop session (or with X forwarding: ssh -X),',
      'or under a virtual display: xvfb-run npm start.',
      'For automated checks without a display, use `npm run test:e2e` (headless).',
    ].join('\n'),
  );
}

const build = spawnSync('npm', ['run', 'build'], {
  cwd: repoRoot,
  stdio: 'inherit',
  shell: process.platform === 'win32', // npm is npm.cmd there
});
if (build.status !== 0) fail('The build failed; see the output above.');

// Chromium derives an unpacked extension's id from its real absolute path (SHA-256, first 32
// hex digits mapped 0-f -> a-p); knowing it lets us open the editor page directly.
const extensionDir = realpathSync(join(repoRoot, 'dist'));
const extensionId = Array.from(createHash('sha256').update(extensionDir).digest('hex').slice(0, 32), (digit) =>
  String.fromCharCode(97 + parseInt(digit, 16)),
).join('');
const editorUrl = `chrome-extension://${extensionId}/options/index.html`;

// A fresh profile each time: no other extensions, no state from earlier runs.
const profile = mkdtempSync(join(tmpdir(), 'curator-start-'));
// Chromium refuses to start as root without it (containers, CI boxes).
const sandboxArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
const args = [
  `--load-extension=${extensionDir}`,
  `--disable-extensions-except=${extensionDir}`,
  `--user-data-dir=${profile}`,
  '--no-first-run',
  '--no-default-browser-check',
  ...sandboxArgs,
  ...pages,
];

console.log(`\nOpening Chromium with the extension from dist/ (id ${extensionId}).`);
console.log(`Editor: ${editorUrl}`);
console.log('Close the browser window (or press Ctrl+C) to stop; the temporary profile is deleted.\n');

const browser = spawn(chromium, args, { stdio: 'inherit' });
let exited = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => browser.kill(signal));
}
browser.on('error', (error) => {
  rmSync(profile, { recursive: true, force: true });
  fail(`Could not start ${chromium}: ${error.message}`);
});
browser.on('exit', (code, signal) => {
  exited = true;
  rmSync(profile, { recursive: true, force: true });
  process.exit(signal ? 0 : (code ?? 0));
});

// The editor URL cannot go on the first command line: tabs start loading before Chromium has
// finished loading the unpacked extension, and the editor tab shows ERR_BLOCKED_BY_CLIENT.
// So wait until the browser is up (it creates SingletonSocket in the profile), then run
// Chromium again on the same profile: that process hands the URL to the running browser, which
// opens it in a new tab, and exits.
async function openEditorWhenReady() {
  for (let waited = 0; waited < 15_000 && !existsSync(join(profile, 'SingletonSocket')); waited += 100) {
    await sleep(100);
  }
  await sleep(1_000); // margin for the extension load, which finishes after the socket exists
  if (exited) return;
  spawn(chromium, [`--user-data-dir=${profile}`, ...sandboxArgs, editorUrl], { stdio: 'ignore' }).on('error', () =>
    console.error(`Could not open the editor; open ${editorUrl} by hand.`),
  );
}
void openEditorWhenReady();
