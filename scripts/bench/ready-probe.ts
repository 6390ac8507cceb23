declare global {
  interface Window {
    /** Milliseconds from navigation start to the first frame in which the page was ready. */
    __benchReady?: Promise<number>;
  }
}

/**
 * Installed in every page before its own scripts run (an init script, so it must be
 * self-contained: only its source text reaches the page). On each animation frame it checks
 * whether the page is ready, and resolves `window.__benchReady` with `performance.now()`
 * (milliseconds since navigation start) at the first frame that is:
 * - the popup, and the least-popup reference (`bench/least/popup/index.html`): Title and URL
 *   filled in, the cursor in Commentary;
 * - the editor: every item of the draft listed (as many as its "Items (n)" heading says) and
 *   the exported markdown shown;
 * - a page of one tiny script (`bench/one-script.html`): the first frame after its script ran;
 * - any other page (the blank one): its first frame.
 * Checking at frames, not on every change, times what a person sees: the frame that shows it.
 */
export function readyProbe(): void {
  const popupReady = () => {
    const title = document.getElementById('title') as HTMLInputElement | null;
    const url = document.getElementById('url') as HTMLInputElement | null;
    return !!title?.value && !!url?.value && document.activeElement?.id === 'commentary';
  };
  const editorReady = () => {
    const heading = /\((\d+)\)/.exec(document.querySelector('.items-heading')?.textContent ?? '');
    const listed = document.querySelectorAll('ol[aria-label="Items"] > li').length;
    const markdown = document.querySelector('[aria-label="Markdown"]')?.textContent ?? '';
    return !!heading && Number(heading[1]) > 0 && listed === Number(heading[1]) && markdown.length > 0;
  };
  const path = location.pathname;
  const codeLoaded = () => document.body?.dataset.loaded === 'yes';
  const ready = path.endsWith('/popup/index.html')
    ? popupReady
    : path.endsWith('/options/index.html')
      ? editorReady
      : path.endsWith('/bench/one-script.html')
        ? codeLoaded
        : () => !!document.body;
  window.__benchReady = new Promise((resolve) => {
    const frame = () => (ready() ? resolve(performance.now()) : requestAnimationFrame(frame));
    requestAnimationFrame(frame);
  });
}
