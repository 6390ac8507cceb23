import type { Page } from 'puppeteer-core';
import { vi } from 'vitest';
import { GECKO_ID } from '../../../scripts/manifest-for';
import { WAIT_TIMEOUT } from '../../timeouts';
import type { LaunchedFirefox } from './firefox-launch';

/**
 * Firefox's own window (browser.xhtml), reached over WebDriver BiDi in a launch with
 * `systemAccess` (`--remote-allow-system-access`): what an add-on test needs of the browser
 * itself, which no web page or extension page can see. The event page's state, the browser's
 * keyboard shortcuts and the right-click menu live there.
 */

interface RawBidi {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

const bidiOf = (firefox: LaunchedFirefox) => (firefox.browser as unknown as { connection: RawBidi }).connection;

/** Evaluates `expression` (self-contained JavaScript) in the browser window, with chrome privileges; returns a primitive. */
export async function inBrowserWindow<T extends string | number | boolean | null>(firefox: LaunchedFirefox, expression: string): Promise<T> {
  const bidi = bidiOf(firefox);
  const tree = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })).result as {
    contexts: Array<{ context: string; url: string }>;
  };
  const window = tree.contexts.find((context) => context.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error(`No browser window among ${tree.contexts.map((context) => context.url).join(', ')}`);
  const answer = (await bidi.send('script.evaluate', { expression, target: { context: window.context }, awaitPromise: true })).result as EvaluateResult;
  if (answer.type === 'exception') throw new Error(`In the browser window: ${answer.exceptionDetails?.text}`);
  return (answer.result?.value ?? null) as T;
}

/** Where the add-on's event page is: 'running', 'stopped', or between ('starting', 'suspending'). */
export function eventPageState(firefox: LaunchedFirefox): Promise<string> {
  return inBrowserWindow<string>(
    firefox,
    `ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs').ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)}).backgroundState`,
  );
}

/** Waits until Firefox has unloaded the event page (an idle one, with `extensions.background.idle.timeout` set short). */
export async function eventPageStopped(firefox: LaunchedFirefox): Promise<void> {
  await vi.waitFor(
    async () => {
      const state = await eventPageState(firefox);
      if (state !== 'stopped') throw new Error(`The event page is ${state}`);
    },
    { timeout: WAIT_TIMEOUT, interval: 200 },
  );
}

/**
 * Presses Alt+Shift+<letter> as the keyboard does, in the browser window: key events made by
 * Firefox's TextInputProcessor (what its own tests type with) go through the browser's shortcut
 * handling, which keys sent to a page over BiDi never reach. The focused tab is the one the
 * shortcut acts on.
 */
export async function pressBrowserShortcut(firefox: LaunchedFirefox, letter: string): Promise<void> {
  const consumed = await inBrowserWindow<string>(
    firefox,
    `(() => {
      const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
      if (!tip.beginInputTransactionForTests(window)) return 'no input transaction';
      const key = (key, code, keyCode) => new KeyboardEvent('', { key, code, keyCode });
      const alt = key('Alt', 'AltLeft', 18);
      const shift = key('Shift', 'ShiftLeft', 16);
      const letter = key(${JSON.stringify(letter.toUpperCase())}, ${JSON.stringify(`Key${letter.toUpperCase()}`)}, ${letter.toUpperCase().charCodeAt(0)});
      tip.keydown(alt);
      tip.keydown(shift);
      tip.keydown(letter);
      tip.keyup(letter);
      tip.keyup(shift);
      tip.keyup(alt);
      return 'pressed';
    })()`,
  );
  if (consumed !== 'pressed') throw new Error(`The shortcut was not pressed: ${consumed}`);
}

/**
 * Right-clicks the element `selector` in `page` (a real right-click over BiDi: Firefox opens its
 * context menu, headless too), then chooses the entry labelled `label` in the open menu, as a click
 * on it does (`activateItem`): the menu lives in the browser window, where BiDi input cannot go.
 */
export async function chooseFromContextMenu(firefox: LaunchedFirefox, page: Page, selector: string, label: string): Promise<void> {
  const target = await page.waitForSelector(selector, { timeout: WAIT_TIMEOUT });
  await target!.click({ button: 'right' });
  const chosen = await vi.waitFor(
    async () => {
      const outcome = await inBrowserWindow<string>(
        firefox,
        `(() => {
          const menu = document.getElementById('contentAreaContextMenu');
          if (menu.state !== 'open') return 'menu ' + menu.state;
          const item = Array.from(menu.querySelectorAll('menuitem')).find((element) => !element.hidden && element.label === ${JSON.stringify(label)});
          if (!item) return 'no entry';
          menu.activateItem(item);
          return 'chosen';
        })()`,
      );
      if (outcome !== 'chosen') throw new Error(`Context menu: ${outcome}`);
      return outcome;
    },
    { timeout: WAIT_TIMEOUT, interval: 200 },
  );
  if (chosen !== 'chosen') throw new Error(chosen);
}

/** Firefox's panel asking to grant an add-on more permissions: whether it is open, and its words. */
export function permissionPanel(firefox: LaunchedFirefox): Promise<string | null> {
  return inBrowserWindow<string | null>(
    firefox,
    `(() => {
      const notification = PopupNotifications.panel.state === 'open' && document.getElementById('addon-webext-permissions-notification');
      return notification && !notification.hidden ? notification.textContent.replace(/\\s+/g, ' ').trim() : null;
    })()`,
  );
}

/** Answers the open permission panel as a click on its button does: 'allow' or 'deny'. */
export async function answerPermissionPanel(firefox: LaunchedFirefox, answer: 'allow' | 'deny'): Promise<void> {
  const outcome = await inBrowserWindow<string>(
    firefox,
    `(() => {
      const notification = document.getElementById('addon-webext-permissions-notification');
      if (PopupNotifications.panel.state !== 'open' || !notification) return 'no panel open';
      notification[${JSON.stringify(answer === 'allow' ? 'button' : 'secondaryButton')}].click();
      return 'answered';
    })()`,
  );
  if (outcome !== 'answered') throw new Error(`Permission panel: ${outcome}`);
}

/** Adds the tabs showing `urls` to the tab strip's selection (Ctrl+click on each), keeping the current tab. */
export async function highlightTabs(firefox: LaunchedFirefox, urls: readonly string[]): Promise<number> {
  return inBrowserWindow<number>(
    firefox,
    `(() => {
      for (const url of ${JSON.stringify(urls)}) {
        const tab = gBrowser.tabs.find((candidate) => candidate.linkedBrowser.currentURI.spec === url);
        if (!tab) throw new Error('No tab shows ' + url);
        gBrowser.addToMultiSelectedTabs(tab);
      }
      return gBrowser.selectedTabs.length;
    })()`,
  );
}
