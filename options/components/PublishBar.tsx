import { useState } from 'preact/hooks';
import type { PublishResult } from '../../src/storage';

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
    const result = await publish().catch((error: unknown) => ({ ok: false as const, reason: String(error) }));
    setBusy(false);
    setConfirming(false);
    onStatus(
      result.ok
        ? `Issue #${result.published.number} is in the archive. The new draft is #${result.next.number} for ${result.next.date}.`
        : `Not published: ${result.reason}`,
    );
  };
  if (!confirming) {
    return (
      <div class="publish">
        <button type="button" disabled={blocked} onClick={() => setConfirming(true)}>
          Mark as published
        </button>
      </div>
    );
  }
  return (
    <div class="publish" role="group" aria-label="Confirm publishing">
      <span>Move issue #{number} to the archive and start the next draft?</span>
      <button type="button" class="primary" disabled={busy} onClick={() => void confirm()}>
        Publish #{number}
      </button>
      <button type="button" onClick={() => setConfirming(false)}>
        Cancel
      </button>
    </div>
  );
}
