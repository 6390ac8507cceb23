import { t } from '../../src/text/t';
import { type Route, routeHash } from '../route';

const SECTIONS = [
  { view: 'draft', label: () => t('navDraft') },
  { view: 'collected', label: () => t('navCollected') },
  { view: 'archive', label: () => t('navArchive') },
  { view: 'import', label: () => t('navImport') },
  { view: 'search', label: () => t('navSearch') },
  { view: 'stats', label: () => t('navStats') },
  { view: 'backup', label: () => t('navBackup') },
  { view: 'settings', label: () => t('navSettings') },
] as const;

/** Where a section's link goes: its plain address (the archive list, an empty search). */
function sectionHref(view: (typeof SECTIONS)[number]['view']): string {
  if (view === 'archive') return routeHash({ view, number: null });
  if (view === 'search') return routeHash({ view, query: '' });
  return routeHash({ view });
}

/** Draft | Archive | Import | Search | Stats: plain links, so each section (and each archived issue) has an address. */
export function SectionNav({ route }: { route: Route }) {
  return (
    <nav class="sections" aria-label={t('sectionsNav')}>
      {SECTIONS.map(({ view, label }) => (
        <a key={view} href={sectionHref(view)} aria-current={route.view === view ? 'page' : undefined}>
          {label()}
        </a>
      ))}
    </nav>
  );
}
