import { draftToIssue } from '../src/storage';
import { useStore } from '../src/ui/store';
import type { EditorStore } from './editor-store';
import { IssueFields } from './components/IssueFields';
import { ItemList } from './components/ItemList';
import { MarkdownPanel } from './components/MarkdownPanel';

export function App({ editor }: { editor: EditorStore }) {
  const { draft, status, error } = useStore(editor.store);
  return (
    <div class="layout">
      <header class="top">
        <h1>Kubelist Curator · Issue editor</h1>
        <p class="status" role="status" aria-live="polite">
          {status}
        </p>
      </header>
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
    </div>
  );
}
