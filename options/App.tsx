import { t } from '../src/text/t';
import { useStore } from '../src/ui/store';
import type { ArchiveSectionDeps } from './archive-section-deps';
import { LazyArchiveSections } from './LazyArchiveSections';
import { useRoute } from './route';
import { BackupPanel } from './sections/backup/BackupPanel';
import type { BackupStore } from './sections/backup/backup-store';
import { DraftSection } from './sections/draft/DraftSection';
import type { DeskStore } from './sections/draft/desk-store';
import type { EditorStore } from './sections/draft/editor-store';
import { SettingsPanel } from './sections/settings/SettingsPanel';
import type { SettingsStore } from './sections/settings/settings-store';
import { Welcome } from './sections/welcome/Welcome';
import { SectionNav } from './shared/SectionNav';
import { StorageBanner } from './shared/StorageBanner';

interface Props {
  editor: EditorStore;
  desk: DeskStore;
  settings: SettingsStore;
  archive: ArchiveSectionDeps;
  backup: BackupStore;
}

export function App({ editor, desk, settings: settingsStore, archive, backup }: Props) {
  const route = useRoute();
  const { storage } = useStore(editor.store);
  const { settings } = useStore(settingsStore.store);
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
        <DraftSection editor={editor} desk={desk} settings={settingsStore} item={route.item} />
      ) : route.view === 'backup' ? (
        <BackupPanel backup={backup} />
      ) : route.view === 'welcome' ? (
        <Welcome />
      ) : route.view === 'settings' ? (
        <SettingsPanel settings={settingsStore} />
      ) : (
        <LazyArchiveSections route={route} deps={archive} fileNamePattern={settings.fileNamePattern} />
      )}
    </div>
  );
}
