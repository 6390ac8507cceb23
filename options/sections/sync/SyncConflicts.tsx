import { t } from '../../../src/text/t';
import { useStore } from '../../../src/ui/store';
import type { SyncStore } from './sync-store';
import { conflictText, conflictValue, keptAtText } from './sync-text';

/** What syncs set aside, newest first: each with what it is, what won, the value kept and when; put back, copied or dismissed. */
export function SyncConflicts({ sync }: { sync: SyncStore }) {
  const { conflicts, gone } = useStore(sync.store);
  if (conflicts.length === 0) return null;
  return (
    <div class="sync-conflicts">
      <div class="sync-conflicts-head">
        <h4 id="sync-conflicts-heading">{t('syncConflictsHeading')}</h4>
        <button type="button" class="link" onClick={() => void sync.dismissAll()}>
          {t('syncConflictsDismissAll')}
        </button>
      </div>
      <ul aria-labelledby="sync-conflicts-heading">
        {conflicts.map(({ id, at, conflict }) => {
          const other = conflictValue(conflict.setAside);
          const won = conflict.kind === 'issueFile' ? null : conflictValue(conflict.kept);
          return (
            <li key={id}>
              <p>{conflictText(conflict)}</p>
              <pre>{other}</pre>
              <p class="note">{keptAtText(at, won)}</p>
              {gone.includes(id) && <p class="note">{t('syncConflictGone')}</p>}
              <div class="sync-conflict-actions">
                {conflict.kind !== 'issueFile' && !gone.includes(id) && (
                  <button type="button" onClick={() => void sync.takeBack(id)}>
                    {t('syncConflictUse')}
                  </button>
                )}
                <button type="button" onClick={() => void navigator.clipboard.writeText(other)}>
                  {t('syncCopy')}
                </button>
                <button type="button" class="link" onClick={() => void sync.dismiss(id)}>
                  {t('syncConflictDismiss')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
