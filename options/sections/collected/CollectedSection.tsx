import { useEffect } from 'preact/hooks';
import { t, tn } from '../../../src/text/t';
import { useStore } from '../../../src/ui/store';
import { useStores } from '../../use-stores';
import { CollectedLink } from './CollectedLink';
import { collectedSectionStore } from './collected-section-store';
import { CLEAR_AFTER_WEEKS, type CollectedStore } from './collected-store';
import './collected.css';

/** `#collected`: the pool of links saved for later, on the page's store. */
export function CollectedSection() {
  return <CollectedView collected={useStores().lazy(collectedSectionStore)} />;
}

/**
 * The links saved for later, newest first, a page at a time: add one or several to the issue,
 * discard them (with Undo), filter by words, and clear those older than four weeks in one action.
 */
export function CollectedView({ collected }: { collected: CollectedStore }) {
  const state = useStore(collected.store);
  useEffect(() => void collected.load(), [collected]);
  const { links, selected, old, total } = state;
  const allShownSelected = links.length > 0 && selected.length === links.length;

  return (
    <main class="wide" data-view="collected" aria-busy={state.loading} aria-labelledby="collected-heading">
      <div class="section-bar">
        <h2 id="collected-heading">{t('collectedHeading')}</h2>
      </div>
      <p class="note">{t('collectedIntro')}</p>
      {old.length > 0 && (
        <p class="collected-offer">
          {tn('collectedOld', old.length, CLEAR_AFTER_WEEKS)}{' '}
          <button type="button" onClick={() => void collected.clearOld()}>
            {t('collectedClearOld')}
          </button>
        </p>
      )}
      <form role="search" class="collected-filter" onSubmit={(event) => event.preventDefault()}>
        <label for="collected-filter">{t('collectedFilter')}</label>
        <input
          id="collected-filter"
          type="search"
          value={state.query}
          autocomplete="off"
          spellcheck={false}
          onInput={(event) => collected.setQuery(event.currentTarget.value)}
        />
      </form>
      <p class="status" role="status" aria-live="polite">
        {state.status}{' '}
        {state.discarded.length > 0 && (
          <button type="button" class="link undo" onClick={() => void collected.undo()}>
            {t('collectedUndo')}
          </button>
        )}
      </p>
      {state.error && (
        <p class="error" role="alert">
          {state.error}
        </p>
      )}
      {links.length > 0 && (
        <div class="collected-bulk">
          <label>
            <input type="checkbox" checked={allShownSelected} onChange={(event) => collected.selectAll(event.currentTarget.checked)} />
            {t('collectedSelectAll')}
          </label>
          <button type="button" disabled={selected.length === 0} onClick={() => void collected.addSelected()}>
            {tn('collectedAddSelected', selected.length)}
          </button>
          <button type="button" disabled={selected.length === 0} onClick={() => void collected.discardSelected()}>
            {tn('collectedDiscardSelected', selected.length)}
          </button>
        </div>
      )}
      {links.length === 0 && !state.loading && <p class="empty">{total === 0 ? t('collectedEmpty') : t('collectedNoMatch')}</p>}
      {links.length > 0 && (
        <ol class="collected-links" aria-label={t('collectedHeading')}>
          {links.map((link) => (
            <CollectedLink
              key={link.id}
              link={link}
              selected={selected.includes(link.id)}
              onSelect={(on) => collected.toggle(link.id, on)}
              onAdd={() => void collected.addToIssue([link.id])}
              onDiscard={() => void collected.discard([link.id])}
            />
          ))}
        </ol>
      )}
      {state.next && (
        <button type="button" onClick={() => void collected.showMore()}>
          {t('collectedShowMore')}
        </button>
      )}
    </main>
  );
}
