import { readFileSync, statSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { BrowserContext, Page } from 'playwright-core';
import { type ActionRun, measureAction } from './bulk-measure';
import type { ArchiveFile } from './page/bench-api';

/**
 * The four bulk actions, driven in the real editor as the curator does them. They rely only on
 * what stays put while the sections change: the page's file input, the buttons' English names,
 * the browser's downloads and the error a section shows (`role="alert"`); "done" is when the
 * section is idle again (its confirm button gone, its other buttons enabled, no progress bar).
 */

/** Longest any one step may take before it counts as failed: the 13,300-issue import took minutes. */
const STEP_TIMEOUT = 20 * 60_000;

/** Opens the editor at `hash` in a new tab and waits until the section named by `button` is idle. */
export async function openSection(context: BrowserContext, extensionId: string, hash: string, button: string): Promise<Page> {
  const page = await context.newPage();
  // 'commit', not 'load': at 13,300 issues on a loaded machine the editor takes longer than
  // Playwright's default to load; the wait below is what says it is ready.
  await page.goto(`chrome-extension://${extensionId}/options/index.html#${hash}`, { waitUntil: 'commit', timeout: STEP_TIMEOUT });
  await page.waitForFunction(
    (name) => {
      const main = document.querySelector('main');
      const found = [...document.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === name);
      return !!main && main.getAttribute('aria-busy') !== 'true' && !!found && !found.disabled;
    },
    button,
    { timeout: STEP_TIMEOUT, polling: 'raf' },
  );
  return page;
}

type Wait = { confirm: string; idle: string } | { ready: string };

/**
 * Waits, checking at every frame, for the section to show `ready` enabled (a preview to confirm),
 * or to be idle after a confirm: `confirm` gone, `idle` enabled and no progress bar on screen.
 * A `role="alert"` shown meanwhile is the section refusing or failing: it is thrown, with its text.
 */
async function waitForSection(page: Page, wait: Wait): Promise<void> {
  const outcome = await page.waitForFunction(
    (want) => {
      const alert = document.querySelector('main [role="alert"]');
      if (alert) return { error: (alert.textContent ?? '').trim().slice(0, 300) };
      const button = (name: string) =>
        [...document.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === name);
      const enabled = (name: string) => {
        const found = button(name);
        return !!found && !found.disabled;
      };
      if ('ready' in want) return enabled(want.ready) && { error: '' };
      const progress = [...document.querySelectorAll('progress, [role="progressbar"]')].some((bar) => bar.getClientRects().length > 0);
      return !button(want.confirm) && enabled(want.idle) && !progress && { error: '' };
    },
    wait,
    { timeout: STEP_TIMEOUT, polling: 'raf' },
  );
  const { error } = (await outcome.jsonValue()) as { error: string };
  if (error) throw new Error(`The editor said: ${error}`);
}

/** An import's two timed phases: `choose` until the preview can be confirmed, then the confirm until `idle` is enabled again. */
async function previewThenConfirm(page: Page, mark: (phase: string) => void, choose: () => Promise<void>, idle: string): Promise<void> {
  await choose();
  await waitForSection(page, { ready: 'Confirm import' });
  mark('choose → preview');
  await page.getByRole('button', { name: 'Confirm import', exact: true }).click({ timeout: STEP_TIMEOUT });
  await waitForSection(page, { confirm: 'Confirm import', idle });
  mark('confirm → written');
}

/** #import: the files chosen (as the file picker hands them over), the preview shown, confirmed, written. */
export async function importAction(context: BrowserContext, extensionId: string, paths: string[], name: string): Promise<ActionRun> {
  const page = await openSection(context, extensionId, 'import', 'Choose files');
  try {
    return await measureAction(page, name, (mark) =>
      previewThenConfirm(page, mark, () => page.locator('main input[type="file"]').setInputFiles(paths, { timeout: STEP_TIMEOUT }), 'Choose files'),
    );
  } finally {
    await page.close();
  }
}

/** Files written into the page's private file system per call, before an import of a folder. */
const FOLDER_FILES_PER_CALL = 500;

/**
 * #import: "Choose a folder" on a folder of the issue files, previewed, confirmed, written. The
 * folder is a real one in the page's origin-private file system, written before the timing
 * starts; only the picker's dialog, which automation cannot answer, is replaced by a function
 * that returns it. Chromium's picker hands over a handle at once, whatever the folder holds.
 */
export async function importFolderAction(context: BrowserContext, extensionId: string, files: ArchiveFile[], name: string): Promise<ActionRun> {
  const page = await openSection(context, extensionId, 'import', 'Choose a folder');
  try {
    await page.evaluate(async () => {
      const root = await navigator.storage.getDirectory();
      await root.removeEntry('issues', { recursive: true }).catch(() => undefined);
      await root.getDirectoryHandle('issues', { create: true });
    });
    for (let first = 0; first < files.length; first += FOLDER_FILES_PER_CALL) {
      await page.evaluate(
        async (chunk) => {
          const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('issues');
          for (const { name, text } of chunk) {
            const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
            await writable.write(text);
            await writable.close();
          }
        },
        files.slice(first, first + FOLDER_FILES_PER_CALL),
      );
    }
    await page.evaluate(async () => {
      const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('issues');
      (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () => dir;
    });
    return await measureAction(page, name, (mark) =>
      previewThenConfirm(
        page,
        mark,
        () => page.getByRole('button', { name: 'Choose a folder', exact: true }).click({ timeout: STEP_TIMEOUT }),
        'Choose a folder',
      ),
    );
  } finally {
    await page.evaluate(async () => (await navigator.storage.getDirectory()).removeEntry('issues', { recursive: true })).catch(() => undefined);
    await page.close();
  }
}

/** Clicks `button` and waits for the download it starts to be a file; saves it to `saveTo`. */
async function clickToFile(page: Page, button: string, saveTo: string, name: string): Promise<ActionRun> {
  return measureAction(page, name, async (mark) => {
    const download = page.waitForEvent('download', { timeout: STEP_TIMEOUT });
    await page.getByRole('button', { name: button, exact: true }).click({ timeout: STEP_TIMEOUT });
    const file = await download;
    const failure = await file.failure();
    if (failure) throw new Error(`The download failed: ${failure}`);
    await file.saveAs(saveTo);
    mark('click → file');
  });
}

/** #archive: "Download archive (zip)" to the file; then how many issues the zip holds. */
export async function exportAction(context: BrowserContext, extensionId: string, saveTo: string, name: string): Promise<ActionRun & { zipFiles: number }> {
  const page = await openSection(context, extensionId, 'archive', 'Download archive (zip)');
  try {
    const run = await clickToFile(page, 'Download archive (zip)', saveTo, name);
    let zipFiles = 0;
    if (!run.error) {
      unzipSync(readFileSync(saveTo), {
        filter: () => {
          zipFiles++;
          return false;
        },
      });
    }
    return { ...run, zipFiles };
  } finally {
    await page.close();
  }
}

/** #backup: "Download backup" to the file. */
export async function backupAction(context: BrowserContext, extensionId: string, saveTo: string, name: string): Promise<ActionRun & { bytes: number }> {
  const page = await openSection(context, extensionId, 'backup', 'Download backup');
  try {
    const run = await clickToFile(page, 'Download backup', saveTo, name);
    return { ...run, bytes: run.error ? 0 : statSync(saveTo).size };
  } finally {
    await page.close();
  }
}

/** #backup: the backup file chosen, its preview shown, "Confirm restore" as offered (merge), restored. */
export async function restoreAction(context: BrowserContext, extensionId: string, backupPath: string, name: string): Promise<ActionRun> {
  const page = await openSection(context, extensionId, 'backup', 'Restore from file');
  try {
    return await measureAction(page, name, async (mark) => {
      await page.locator('main input[type="file"]').setInputFiles(backupPath, { timeout: STEP_TIMEOUT });
      await waitForSection(page, { ready: 'Confirm restore' });
      mark('choose → preview');
      await page.getByRole('button', { name: 'Confirm restore', exact: true }).click({ timeout: STEP_TIMEOUT });
      await waitForSection(page, { confirm: 'Confirm restore', idle: 'Download backup' });
      mark('confirm → restored');
    });
  } finally {
    await page.close();
  }
}
