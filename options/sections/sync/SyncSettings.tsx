import './sync.css';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../src/text/t';
import { useStore } from '../../../src/ui/store';
import { SyncConflicts } from './SyncConflicts';
import type { SyncStore } from './sync-store';

const EMPTY = { url: '', branch: 'main', token: '', curatorName: '' };

/** Settings → Sync: the repository and the token (the curator's name is Settings' "Your name"); "Sync now" and what the last sync did. */
export function SyncSettings({ sync }: { sync: SyncStore }) {
  const { saved, busy, status, failed, problems } = useStore(sync.store);
  const [form, setForm] = useState(saved ?? EMPTY);
  useEffect(() => setForm(saved ?? EMPTY), [saved]);
  const field = (key: keyof typeof EMPTY, label: string, hint: string, type = 'text') => (
    <div class="setting">
      <label for={`sync-${key}`}>{label}</label>
      <input
        id={`sync-${key}`}
        type={type}
        value={form[key]}
        autocomplete="off"
        spellcheck={false}
        onInput={(e) => setForm({ ...form, [key]: e.currentTarget.value })}
      />
      {hint && <p class="note">{hint}</p>}
    </div>
  );
  return (
    <section class="sync-settings" aria-labelledby="sync-heading">
      <h3 id="sync-heading">{t('syncHeading')}</h3>
      <p class="note">{t('syncIntro')}</p>
      {field('url', t('syncUrl'), t('syncUrlHint'), 'url')}
      {field('branch', t('syncBranch'), '')}
      {field('token', t('syncToken'), t('syncTokenHint'), 'password')}
      <div class="setting sync-actions">
        <button type="button" disabled={busy} onClick={() => void sync.save(form)}>
          {t('syncSave')}
        </button>
        {saved && (
          <>
            <button type="button" disabled={busy} onClick={() => void sync.syncNow()}>
              {t('syncNowButton')}
            </button>
            <button type="button" class="link" disabled={busy} onClick={() => void sync.stop()}>
              {t('syncStop')}
            </button>
          </>
        )}
      </div>
      {/* A live region, not a second role=status: Settings' own status line is the page's status. */}
      <p class={failed ? 'error' : 'note'} aria-live="polite" id="sync-status">
        {status}
      </p>
      {problems && <p class="note">{problems}</p>}
      <SyncConflicts sync={sync} />
    </section>
  );
}
