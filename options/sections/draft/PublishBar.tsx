import { useState } from 'preact/hooks';
import type { PublishResult } from '../../../src/storage';
import { t } from '../../../src/text/t';
import { errorText } from '../../../src/ui/error-text';
import { publishRefusalText } from './publish-refusal-text';

interface Props {
  number: number;
  /** Problems that block the export also block publishing. */
  blocked: boolean;
  publish(): Promise<PublishResult>;
  onStatus(status: string): void;
}

/** "Mark as published": asks once, then moves the draft to the archive and starts the next one. */
export function PublishBar({ number, blocked, publish, onStatus }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    const status = await publish().then(
      (result) =>
        result.ok ? t('publishedStatus', result.published.number, result.next.number, result.next.date) : t('notPublished', publishRefusalText(result.reason)),
      (error: unknown) => t('notPublished', errorText(error)),
    );
    setBusy(false);
    setConfirming(false);
    onStatus(status);
  };
  if (!confirming) {
    return (
      <div class="publish">
        <button type="button" disabled={blocked} onClick={() => setConfirming(true)}>
          {t('markPublished')}
        </button>
      </div>
    );
  }
  return (
    <div class="publish" role="group" aria-label={t('confirmPublishing')}>
      <span>{t('publishQuestion', number)}</span>
      <button type="button" class="primary" disabled={busy} onClick={() => void confirm()}>
        {t('publishN', number)}
      </button>
      <button type="button" onClick={() => setConfirming(false)}>
        {t('cancel')}
      </button>
    </div>
  );
}
