import { useEffect } from 'preact/hooks';
import { collectedDay } from '../../../src/text/collected-day';
import { t, tn } from '../../../src/text/t';
import { useStore } from '../../../src/ui/store';
import { routeHash } from '../../route';
import { useStores } from '../../use-stores';
import { collectedColumnStore } from './collected-section-store';
import { linkSite } from './link-site';
import { POOLED_LINK_TYPE } from './pooled-drag';
import './collected.css';

/** How many collected links the column lists; the rest are one link away, in `#collected`. */
const SHOWN = 12;

interface Props {
  /** In the side panel of a narrower window: folded behind its heading until opened. */
  folded?: boolean;
}

/**
 * The newest collected links beside the draft: each title with its site and the day it was
 * collected, "Add" and "Discard" (with Undo), dragged onto the list to add it at a place, and a
 * link to the whole pool. Its store is its own, unfiltered; it reads the pool again whenever the
 * draft's items change.
 */
export function CollectedColumn({ folded = false }: Props) {
  const { editor, lazy } = useStores();
  const collected = lazy(collectedColumnStore);
  const { links, total, status, discarded, error } = useStore(collected.store);
  // The draft gaining or losing items (an item sent back to the pool, a link dropped on the list,
  // publishing) changes the pool too: read it again then.
  const draftIds = useStore(editor.store)
    .draft?.items.map((item) => item.id)
    .sort()
    .join(' ');
  useEffect(() => void collected.load(), [collected, draftIds]);

  const heading = (
    <h2 id="collected-column-heading">
      {t('collectedHeading')} {total > 0 && <span class="note">({total})</span>}
    </h2>
  );
  const body = (
    <>
      <p class="status" role="status" aria-live="polite">
        {status}{' '}
        {discarded.length > 0 && (
          <button type="button" class="link undo" onClick={() => void collected.undo()}>
            {t('collectedUndo')}
          </button>
        )}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {links.length === 0 ? (
        <p class="empty">{t('collectedEmpty')}</p>
      ) : (
        <ol class="collected-links" aria-labelledby="collected-column-heading">
          {links.slice(0, SHOWN).map((link) => {
            const title = link.title.trim() || t('untitled');
            const site = linkSite(link.url);
            return (
              <li
                key={link.id}
                class="collected-link compact"
                draggable
                title={t('collectedDragHint')}
                onDragStart={(event) => {
                  event.dataTransfer?.setData(POOLED_LINK_TYPE, link.id);
                  if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
                }}
              >
                <div class="collected-text">
                  <a href={link.url} target="_blank" rel="noopener noreferrer" class="collected-title" dir="auto" draggable={false}>
                    {title}
                  </a>
                  <p class="collected-meta">
                    {site && `${site} · `}
                    <time dateTime={new Date(link.addedAt).toISOString()}>{collectedDay(link.addedAt)}</time>
                    {link.addedBy && ` · ${t('collectedBy', link.addedBy)}`}
                  </p>
                </div>
                <div class="collected-actions">
                  <button type="button" class="small" onClick={() => void collected.addToIssue([link.id])} aria-label={t('collectedAddOne', title)}>
                    {t('collectedAddShort')}
                  </button>
                  <button type="button" class="small link" onClick={() => void collected.discard([link.id])} aria-label={t('collectedDiscardOne', title)}>
                    {t('collectedDiscard')}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {total > 0 && <a href={routeHash({ view: 'collected' })}>{tn('collectedAll', total)}</a>}
    </>
  );
  return folded ? (
    <details class="collected-column">
      <summary>{heading}</summary>
      {body}
    </details>
  ) : (
    <div class="collected-column">
      {heading}
      {body}
    </div>
  );
}
