// Actions timed inside a page, passed to `page.evaluate`: each must be self-contained (only its
// source text reaches the page). Like the ready probe, each ends at the first animation frame that
// shows the outcome, and times from the moment the action was started in the page.

declare global {
  interface Window {
    /** Set by `armKeystroke`: resolves with the ms from the keystroke to the frame showing its results. */
    __benchKeystroke?: Promise<{ ms: number; before: string; after: string }>;
  }
}

type I18n = { i18n: { getMessage(key: string): string } };

/**
 * Popup **Add**: clicks the popup's Add button and resolves with the ms until the first frame in
 * which the button says the item was added (the extension's own "Added" message): the popup shows
 * that only once the item is stored and the draft read back.
 */
export function clickAddAndTime(timeoutMs: number): Promise<number> {
  const added = (globalThis as unknown as { chrome: I18n }).chrome.i18n.getMessage('addedButton');
  const button = document.querySelector<HTMLButtonElement>('form button[type="submit"]');
  if (!button || button.disabled) return Promise.reject(new Error(`no Add button to click (${button ? 'disabled' : 'missing'})`));
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const frame = () => {
      if (button.textContent?.trim() === added) resolve(performance.now() - start);
      else if (performance.now() - start > timeoutMs) reject(new Error(`not added after ${timeoutMs} ms: "${button.textContent}"`));
      else requestAnimationFrame(frame);
    };
    button.click();
    requestAnimationFrame(frame);
  });
}

/**
 * A further keystroke in #search, armed before the key is pressed: from the key's event (its
 * `timeStamp`) to the first frame in which `main[data-view="search"]` is not busy and has changed
 * since (a MutationObserver; `aria-busy` itself does not count). That holds whether the view
 * answers in the keystroke's own task (never busy) or later (busy from the keystroke until its
 * results are there): either way, the frame that shows the new query's results. The results'
 * status line before and after is returned, so the caller can check the new results differ.
 */
export function armKeystroke(timeoutMs: number): void {
  const main = document.querySelector('main[data-view="search"]');
  const box = document.getElementById('search-box');
  if (!main || !box) throw new Error('no search view or #search-box');
  const status = () => main.querySelector('[role="status"]')?.textContent?.trim() ?? '';
  const before = status();
  window.__benchKeystroke = new Promise((resolve, reject) => {
    let start: number | null = null;
    let changed = false;
    const observer = new MutationObserver((records) => {
      if (start !== null && records.some((record) => !(record.type === 'attributes' && record.attributeName === 'aria-busy'))) changed = true;
    });
    observer.observe(main, { subtree: true, childList: true, characterData: true, attributes: true });
    const frame = () => {
      const now = performance.now();
      if (start !== null && changed && main.getAttribute('aria-busy') === 'false') {
        observer.disconnect();
        resolve({ ms: now - start, before, after: status() });
      } else if (start !== null && now - start > timeoutMs) {
        observer.disconnect();
        reject(new Error(`no results for the new query after ${timeoutMs} ms`));
      } else requestAnimationFrame(frame);
    };
    box.addEventListener(
      'keydown',
      (event) => {
        start = event.timeStamp;
        requestAnimationFrame(frame);
      },
      { once: true, capture: true },
    );
  });
  box.focus();
}
