import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../../../src/text/t';
import { useStore } from '../../../../src/ui/store';
import { LinkHealthRow } from './LinkHealthRow';
import { healthForLinks, type LinkHealthStore } from './link-health-store';

interface Props {
  /** Which draft this is: another one (after publishing) starts with no check. */
  draftId?: string;
  /** The draft's items, in issue order. */
  items: readonly { title: string; url: string }[];
  /** The page's link health store (the editor's checks the browser; tests pass fakes). */
  health: LinkHealthStore;
}

/**
 * "Check links": every link of the issue requested, on the curator's click only, with the
 * permission to reach their sites asked for then. Each item gets a badge; a summary line says
 * what needs a look.
 */
export function LinkHealthPanel({ draftId, items, health }: Props) {
  // The store is the page's and outlives the panel: leaving the draft stops a check and forgets it.
  useEffect(() => () => health.reset(), [health]);
  const shownFor = useRef(draftId);
  useEffect(() => {
    if (shownFor.current === draftId) return;
    shownFor.current = draftId;
    health.reset();
  }, [draftId, health]);
  const state = useStore(health.store);
  // What the last check says about these items; edited links make parts of it no longer apply.
  const { phase, total, checked, results, message } = healthForLinks(
    state,
    items.map((item) => item.url),
  );
  const busy = phase === 'asking' || phase === 'checking';
  const ran = phase === 'checking' || phase === 'done';

  return (
    <section class="link-health" aria-labelledby="link-health-heading">
      <div class="preview-bar">
        <h2 id="link-health-heading">{t('linkHealth')}</h2>
        <button type="button" disabled={busy || items.length === 0} onClick={() => void health.run(items.map((item) => item.url))}>
          {t('checkLinks')}
        </button>
      </div>
      <p class="note">{t('linkHealthNote')}</p>
      {phase === 'checking' && <progress max={total} value={checked} aria-label={t('linksChecked')} />}
      <p class={phase === 'declined' || phase === 'failed' ? 'status error' : 'status'} role="status" aria-live="polite">
        {message}
      </p>
      {ran && (
        <ol class="link-health-results" aria-label={t('linkCheckResults')}>
          {items.map((item, index) => (
            <LinkHealthRow key={`${index}:${item.url}`} number={index + 1} item={item} result={results[item.url.trim()]} pending={phase === 'checking'} />
          ))}
        </ol>
      )}
    </section>
  );
}
