import type { ArchiveSectionDeps } from './archive-section-deps';
import type { EditorStore } from './editor-store';
import type { DeskStore } from './desk-store';
import { useRoute } from './route';
import { DraftSection } from './components/DraftSection';
import { LazyArchiveSections } from './components/LazyArchiveSections';
import { SectionNav } from './components/SectionNav';

export function App({ editor, desk, archive }: { editor: EditorStore; desk: DeskStore; archive: ArchiveSectionDeps }) {
  const route = useRoute();
  return (
    <div class="layout">
      <header class="top">
        <h1>Kubelist Curator · Issue editor</h1>
        <SectionNav route={route} />
      </header>
      {route.view === 'draft' ? <DraftSection editor={editor} desk={desk} item={route.item} /> : <LazyArchiveSections route={route} deps={archive} />}
    </div>
  );
}
