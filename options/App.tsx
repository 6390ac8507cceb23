import { draftToIssue } from '../src/storage';
import { useStore } from '../src/ui/store';
import type { ArchiveSectionDeps } from './archive-section-deps';
import type { EditorStore } from './editor-store';
import { useRoute } from './route';
import { IssueFields } from './components/IssueFields';
import { ItemList } from './components/ItemList';
import { LazyArchiveSections } from './components/LazyArchiveSections';
import { MarkdownPanel } from './components/MarkdownPanel';
import { NumberClash } from './components/NumberClash';
import { SectionNav } from './components/SectionNav';

export function App({ editor, archive }: { editor: EditorStore; archive: ArchiveSectionDeps }) {
  const route = useRoute();
  return (
    <div class="layout">
      <header class="top">
        <h1>Kubelist Curator · Issue editor</h1>
        <SectionNav route={route} />
      </header>
      {route.view === 'draft' ? <DraftSection editor={editor} /> : <LazyArchiveSections route={route} deps={archive} />}
    </div>
  );
}

/** The draft being written: its fields and items on one side, the live export on the other. */
function DraftSection({ editor }: { editor: EditorStore }) {
  const { draft, archive, status, error } = useStore(editor.store);
  return (
    <>
      <p class="status banner" role="status" aria-live="polite">
        {status}
      </p>
      {error && (
        <p class="error banner" role="alert">
          {error}
        </p>
      )}
      {!draft ? (
        <p class="note">{error ? '' : 'Opening the draft…'}</p>
      ) : (
        <>
          <main class="editor">
            <NumberClash draft={draft.issue} archive={archive} editor={editor} />
            <IssueFields issue={draft.issue} editor={editor} />
            <h2 class="items-heading">
              Items <span class="note">({draft.items.length})</span>
            </h2>
            <ItemList items={draft.items} editor={editor} />
          </main>
          <aside class="side">
            <MarkdownPanel issue={draftToIssue(draft)} onStatus={editor.announce} />
          </aside>
        </>
      )}
    </>
  );
}
