import { useStore } from '../../../src/ui/store';
import { ArchiveIssue } from './ArchiveIssue';
import { ArchiveList } from './ArchiveList';
import type { ArchiveStore } from './archive-store';

/** The archive section: the list of issues, or one of them read-only; with its status line. */
interface Props {
  archive: ArchiveStore;
  /** An item of the open issue to show, from 1. */
  focusItem?: number | undefined;
  /** How a downloaded issue is named (a setting). */
  fileNamePattern: string;
}

export function ArchiveView({ archive, focusItem, fileNamePattern }: Props) {
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
      {state.open ? (
        <ArchiveIssue
          open={state.open}
          onStatus={archive.announce}
          focusItem={focusItem}
          fileNamePattern={fileNamePattern}
          showMarkdown={state.showMarkdown}
          onShowMarkdown={archive.showMarkdown}
          archive={archive}
          editing={state.editing}
        />
      ) : (
        <ArchiveList state={state} archive={archive} />
      )}
    </>
  );
}
