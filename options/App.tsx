import { t } from '../src/platform/i18n';
import { useStore } from '../src/ui/store';
import type { ArchiveSectionDeps } from './archive-section-deps';
import type { BackupStore } from './backup-store';
import { BackupPanel } from './components/BackupPanel';
import { DraftSection } from './components/DraftSection';
import { LazyArchiveSections } from './components/LazyArchiveSections';
import { SectionNav } from './components/SectionNav';
import { SettingsPanel } from './components/SettingsPanel';
import { StorageBanner } from './components/StorageBanner';
import { Welcome } from './components/Welcome';
import type { DeskStore } from './desk-store';
import type { EditorStore } from './editor-store';
import { useRoute } from './route';

interface Props {
  editor: EditorStore;
  desk: DeskStore;
  archive: ArchiveSectionDeps;
  backup: BackupStore;
}

export function App({ editor, desk, archive, backup }: Props) {
  const route = useRoute();
  const { storage } = useStore(editor.store);
  const { settings } = useStore(desk.store);
  return (
    <div class="layout">
      <header class="top">
        <h1>
          {t('editorTitle', settings.newsletterName)}{' '}
          <a class="help" href="#welcome">
            {t('howItWorks')}
          </a>
        </h1>
        <SectionNav route={route} />
      </header>
      <StorageBanner storage={storage} />
      {route.view === 'draft' ? (
        <DraftSection editor={editor} desk={desk} item={route.item} />
      ) : route.view === 'backup' ? (
        <BackupPanel backup={backup} />
      ) : route.view === 'welcome' ? (
        <Welcome />
      ) : route.view === 'settings' ? (
        <SettingsPanel desk={desk} />
      ) : (
        <LazyArchiveSections route={route} deps={archive} fileNamePattern={settings.fileNamePattern} />
      )}
    </div>
  );
}
