import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS } from '../../scripts/bench/budgets';
import { analyzePage, type PageLoad } from '../../scripts/bench/first-load';
import { REPO_ROOT } from '../e2e/harness/launch';
import { buildStoreExtension, type StoreBuild } from '../e2e/harness/store-build';
import { BUILD_TIMEOUT } from '../timeouts';

/**
 * The byte budgets of issue 7, on the build that ships. Bytes are deterministic, so they are
 * checked here, on every `npm test`; timings are only reported, by `npm run bench`. The store
 * extension is built afresh into a temp dir (a `dist/` on disk may be stale or missing).
 */
let build: StoreBuild | undefined;
let popup: PageLoad;

beforeAll(async () => {
  build = await buildStoreExtension();
  popup = analyzePage(build.dir, 'popup/index.html');
}, BUILD_TIMEOUT);

afterAll(() => {
  if (build) rmSync(build.dir, { recursive: true, force: true });
});

const listing = (load: PageLoad) => load.initial.map((file) => `${file.path}: ${file.gzip} B gzip`).join('\n');

describe('what the popup loads before it is usable', () => {
  it(`is JS and CSS of ${BUDGETS.popupFirstLoad.text}, gzip-compressed`, () => {
    expect(popup.initial.length).toBeGreaterThan(0);
    expect(popup.gzip, `first load (${BUDGETS.popupFirstLoad.bytes} B allowed):\n${listing(popup)}`).toBeLessThanOrEqual(BUDGETS.popupFirstLoad.bytes);
  });

  // Each file an extension page fetches is a request to the browser process (scripts/popup-own-copy.ts).
  it('is one script', () => {
    expect(popup.initial.filter((file) => /\.m?js$/.test(file.path)).map((file) => file.path)).toEqual([expect.stringMatching(/^assets\/popup-[\w-]+\.js$/)]);
  });

  it('leaves out the emoji picker and its data, which load when the picker is first opened', () => {
    const picker = popup.lazy.find((group) => group.name === 'EmojiPicker');
    expect(picker, 'the picker is a chunk of its own, imported on demand').toBeDefined();
    // The picker's data ships inside the extension: a packaged file per language of _locales that
    // its code names, never a URL elsewhere; the picker fetches the one of the UI's language.
    const languages = readdirSync(join(REPO_ROOT, '_locales'));
    expect(picker!.assets.map((file) => file.path)).toEqual(languages.map(() => expect.stringMatching(/\.json$/)));
    const pickerFiles = new Set([...picker!.files, ...picker!.assets].map((file) => file.path));
    expect(popup.initial.filter((file) => pickerFiles.has(file.path))).toEqual([]);
    const dataFiles = picker!.assets.map((file) => file.path.split('/').pop()!);
    const firstLoad = popup.initial.map((file) => readFileSync(join(build!.dir, file.path), 'utf8'));
    const definesPicker = /customElements\.define\(\s*[`'"]emoji-picker[`'"]/;
    expect(firstLoad.filter((code) => dataFiles.some((dataFile) => code.includes(dataFile)) || definesPicker.test(code))).toEqual([]);
  });
});

describe('what runs on pages the curator does not clip', () => {
  it('is nothing: the store manifest declares no content scripts and asks for no host permissions', () => {
    expect(build!.manifest).not.toHaveProperty('content_scripts');
    expect(build!.manifest).not.toHaveProperty('host_permissions');
  });
});
