import { draftToIssue } from '../src/storage';
import { t } from '../src/text/t';
import { lazyComponent } from '../src/ui/lazy-component';
import { useStore } from '../src/ui/store';
import { LazyArchiveSections } from './LazyArchiveSections';
import { useRoute } from './route';
import { BackupPanel } from './sections/backup/BackupPanel';
import { DraftSection } from './sections/draft/DraftSection';
import { SettingsPanel } from './sections/settings/SettingsPanel';
import { SyncSettings } from './sections/sync/SyncSettings';
import { Welcome } from './sections/welcome/Welcome';
import { SectionNav } from './shared/SectionNav';
import { StorageBanner } from './shared/StorageBanner';
import { useStores } from './use-stores';

// The pool's section loads when first opened: the draft's first paint does not wait for it.
const CollectedSection = lazyComponent(() => import('./sections/collected/CollectedSection').then((m) => m.CollectedSection), {
  loading: () => <p class="note banner">{t('loading')}</p>,
  failed: (reason) => t('sectionDidntLoad', reason),
  failedClass: 'error banner',
});

// Settings → Templates loads when Settings is first opened, and the template engine only when a template is edited.
const TemplatesSection = lazyComponent(() => import('./sections/templates/TemplatesSection').then((m) => m.TemplatesSection));

/** The editor page's frame: the section the address names, on the stores the page's root provides. */
export function App() {
  const { editor, settings: settingsStore, backup, sync } = useStores();
  const route = useRoute();
  const { storage, draft } = useStore(editor.store);
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
        <DraftSection item={route.item} />
      ) : route.view === 'collected' ? (
        <CollectedSection />
      ) : route.view === 'backup' ? (
        <BackupPanel backup={backup} />
      ) : route.view === 'welcome' ? (
        <Welcome settings={settingsStore} />
      ) : route.view === 'settings' ? (
        <SettingsPanel settings={settingsStore}>
          <TemplatesSection settings={settingsStore} issue={draft ? draftToIssue(draft) : null} />
          <SyncSettings sync={sync} />
        </SettingsPanel>
      ) : (
        <LazyArchiveSections route={route} fileNamePattern={settings.fileNamePattern} />
      )}
    </div>
  );
}
