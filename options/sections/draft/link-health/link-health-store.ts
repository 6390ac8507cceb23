import { errorMessage } from '../../../../src/core/error-message';
import { classifyLink, type LinkHealth, type LinkProbes, runLimited } from '../../../../src/core/link-health';
import { t, tn } from '../../../../src/text/t';
import { createStore } from '../../../../src/ui/store';
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
  /** The distinct links the last run was asked for: what its status speaks for. */
  links: string[];
  /** What to tell the curator now: progress, the summary, or why nothing was checked. */
  message: string;
}

/** Requests at a time: enough to finish an issue in seconds, few enough to be polite to one site. */
export const CONCURRENCY = 4;

export type LinkHealthStore = ReturnType<typeof createLinkHealthStore>;

const idle = (): LinkHealthState => ({ phase: 'idle', total: 0, checked: 0, results: {}, links: [], message: '' });

/** The links a check asks for: each once, trimmed, blanks left out. */
const distinctLinks = (urls: readonly string[]) => [...new Set(urls.map((url) => url.trim()).filter((url) => url !== ''))];

/**
 * The state as it applies to the draft's links now. A finished check whose links changed keeps
 * the verdicts on links still there, but its summary no longer holds; when none of its links is
 * left, or a declined or failed check's links changed, none of it applies any more.
 */
export function healthForLinks(state: LinkHealthState, urls: readonly string[]): LinkHealthState {
  if (state.phase === 'idle' || state.phase === 'asking' || state.phase === 'checking') return state;
  const links = distinctLinks(urls);
  const same = links.length === state.links.length && links.every((url) => state.links.includes(url));
  if (same) return state;
  if (state.phase !== 'done' || !links.some((url) => url in state.results)) return idle();
  return { ...state, message: t('linksChangedAfterCheck') };
}

export function createLinkHealthStore(deps: LinkHealthDeps, concurrency = CONCURRENCY) {
  const store = createStore<LinkHealthState>(idle());
  let running: AbortController | null = null;

  /**
   * Checks these links. Call it straight from the click: the permission request goes out before
   * anything is awaited, as browsers only show it during a user gesture.
   */
  async function run(urls: readonly string[]): Promise<void> {
    const links = distinctLinks(urls);
    if (running) return;
    if (links.length === 0) return store.set({ ...idle(), phase: 'done', message: t('noLinksToCheck') });
    const asked = deps.requestAccess(links);
    const controller = new AbortController();
    running = controller;
    store.set({ phase: 'asking', links, message: t('askingPermission') });
    try {
      const granted = await asked;
      // Reset while the browser asked (another draft): the answer is for links no longer shown.
      if (controller.signal.aborted) return;
      if (!granted) {
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
    /** Forgets the check, stopping one under way: the draft it was for is no longer shown. */
    reset() {
      running?.abort();
      running = null;
      store.set(idle());
    },
  };
}

const progress = (checked: number, total: number) => tn('checkedProgress', total, checked);
