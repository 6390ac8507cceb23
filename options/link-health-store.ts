import { errorMessage } from '../src/core/error-message';
import { classifyLink, type LinkHealth, type LinkProbes, runLimited } from '../src/core/link-health';
import { t, tn } from '../src/platform/i18n';
import { createStore } from '../src/ui/store';
import { healthSummary } from './link-health-text';

/** What the health check needs from the browser; UI tests pass fakes. */
export interface LinkHealthDeps {
  /** Asks for the host permissions; must call the browser synchronously (see requestLinkAccess). */
  requestAccess(urls: readonly string[]): Promise<boolean>;
  checkLink(url: string, signal: AbortSignal): Promise<LinkProbes>;
}

export type LinkHealthPhase = 'idle' | 'asking' | 'checking' | 'done' | 'declined' | 'failed';

export interface LinkHealthState {
  phase: LinkHealthPhase;
  /** Distinct links in the run, and how many of them have an answer. */
  total: number;
  checked: number;
  /** By URL, so items sharing a link share its result and edited links show as not checked. */
  results: Record<string, LinkHealth>;
  /** What to tell the curator now: progress, the summary, or why nothing was checked. */
  message: string;
}

/** Requests at a time: enough to finish an issue in seconds, few enough to be polite to one site. */
export const CONCURRENCY = 4;

export type LinkHealthStore = ReturnType<typeof createLinkHealthStore>;

export function createLinkHealthStore(deps: LinkHealthDeps, concurrency = CONCURRENCY) {
  const store = createStore<LinkHealthState>({ phase: 'idle', total: 0, checked: 0, results: {}, message: '' });
  let running: AbortController | null = null;

  /**
   * Checks these links. Call it straight from the click: the permission request goes out before
   * anything is awaited, as browsers only show it during a user gesture.
   */
  async function run(urls: readonly string[]): Promise<void> {
    const links = [...new Set(urls.map((url) => url.trim()).filter((url) => url !== ''))];
    if (running) return;
    if (links.length === 0) return store.set({ phase: 'done', total: 0, checked: 0, results: {}, message: t('noLinksToCheck') });
    const asked = deps.requestAccess(links);
    const controller = new AbortController();
    running = controller;
    store.set({ phase: 'asking', message: t('askingPermission') });
    try {
      if (!(await asked)) {
        return store.set({ phase: 'declined', message: t('permissionDeclined') });
      }
      const results: Record<string, LinkHealth> = {};
      store.set({ phase: 'checking', total: links.length, checked: 0, results, message: progress(0, links.length) });
      await runLimited(
        links,
        concurrency,
        async (url) => {
          results[url] = classifyLink(await deps.checkLink(url, controller.signal));
          const checked = Object.keys(results).length;
          store.set({ checked, results: { ...results }, message: progress(checked, links.length) });
        },
        controller.signal,
      );
      if (controller.signal.aborted) return;
      store.set({ phase: 'done', message: healthSummary(links.map((url) => results[url]!)) });
    } catch (error) {
      if (controller.signal.aborted) return;
      store.set({ phase: 'failed', message: t('checkStopped', errorMessage(error)) });
    } finally {
      if (running === controller) running = null;
    }
  }

  return {
    store,
    run,
    /** Stops a check under way (the panel is leaving); nothing more is requested. */
    dispose() {
      running?.abort();
      running = null;
    },
  };
}

const progress = (checked: number, total: number) => tn('checkedProgress', total, checked);
