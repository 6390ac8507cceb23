import { useEffect } from 'preact/hooks';
import { t, tn } from '../../../src/text/t';
import { useStore } from '../../../src/ui/store';
import { routeHash } from '../../route';
import { useStores } from '../../use-stores';
import { collectedSectionStore } from './collected-section-store';
import { linkSite } from './link-site';
import './collected.css';

/** How many collected links the column lists; the rest are one link away, in `#collected`. */
const SHOWN = 12;

/**
 * The newest collected links, for a side column beside the draft on wide screens: each title with
 * its site and an "Add to issue" button, and a link to the whole pool. Shares the Collected
 * section's store, so an action in either shows in both.
 */
export function CollectedColumn() {
  const collected = useStores().lazy(collectedSectionStore);
  const { links, total } = useStore(collected.store);
  useEffect(() => void collected.load(), [collected]);
  return (
    <aside class="collected-column" aria-labelledby="collected-column-heading">
      <h2 id="collected-column-heading">{t('collectedHeading')}</h2>
      {links.length === 0 ? (
        <p class="empty">{t('collectedEmpty')}</p>
      ) : (
        <ol class="collected-links">
          {links.slice(0, SHOWN).map((link) => (
            <li key={link.id} class="collected-link compact">
              <div class="collected-text">
                <a href={link.url} target="_blank" rel="noopener noreferrer" class="collected-title" dir="auto">
                  {link.title.trim() || t('untitled')}
                </a>
                <p class="collected-meta">{linkSite(link.url)}</p>
              </div>
              <button type="button" onClick={() => void collected.addToIssue([link.id])} aria-label={t('collectedAddOne', link.title)}>
                {t('collectedAddShort')}
              </button>
            </li>
          ))}
        </ol>
      )}
      <a href={routeHash({ view: 'collected' })}>{tn('collectedAll', total)}</a>
    </aside>
  );
}
