import { useStore } from '../../src/ui/store';
import type { ArchiveStore } from '../archive-store';
import { ArchiveIssue } from './ArchiveIssue';
import { ArchiveList } from './ArchiveList';

/** The archive section: the list of issues, or one of them read-only; with its status line. */
export function ArchiveView({ archive }: { archive: ArchiveStore }) {
  const state = useStore(archive.store);
  return (
    <>
      <p class="status banner" role="status" aria-live="polite">
        {state.status}
      </p>
      {state.error && (
        <p class="error banner" role="alert">
          {state.error}
        </p>
      )}
      {state.open ? <ArchiveIssue open={state.open} summaries={state.summaries ?? []} onStatus={archive.announce} /> : <ArchiveList state={state} archive={archive} />}
    </>
  );
}
