import { capturePage } from '../content/capture-page';
import { linkTextFor } from '../content/link-text';
import type { PageCapture } from '../core/clip';
import { errorMessage } from '../core/error-message';
import { readCapture } from '../core/read-capture';
import { unreadablePage } from '../core/unreadable-page';
import { t } from '../text/t';
import { unreadablePageText } from '../text/unreadable-page-text';
import { browser } from './browser';

export type CaptureResult = { ok: true; capture: PageCapture } | { ok: false; reason: string };

/**
 * Injects the capture function into the tab, once, now. Nothing is declared in the manifest, so
 * no script ever runs on a page the curator did not clip. Fails (with a reason, never a throw) on
 * pages where extensions may not run: chrome://, the Web Store, the PDF viewer, file:// ...
 */
export async function captureTab(tabId: number, tabUrl: string): Promise<CaptureResult> {
  try {
    // At once, not at document_idle: capturePage itself waits for the document to be parsed, and
    // never for the load event that a page with a stalled image or ad never fires.
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: capturePage, injectImmediately: true });
    // Firefox answers on a page it keeps extensions out of (about:robots) with `[null]` instead
    // of refusing: the address then says why, as Chromium's refusal does.
    if (!frame && unreadablePage(tabUrl) !== 'other') return { ok: false, reason: unreadablePageText(unreadablePage(tabUrl), '') };
    const capture = readCapture(frame?.result);
    return capture ? { ok: true, capture } : { ok: false, reason: t('nothingUsable') };
  } catch (error) {
    // The browser's message is technical; the curator gets the reason in plain words.
    return { ok: false, reason: unreadablePageText(unreadablePage(tabUrl), errorMessage(error)) };
  }
}

/** The text of the link to `href` in the tab, or '' when the page cannot be read. */
export async function linkTextInTab(tabId: number, href: string): Promise<string> {
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: linkTextFor, args: [href] });
    return typeof frame?.result === 'string' ? frame.result.slice(0, 1000) : '';
  } catch {
    return '';
  }
}
