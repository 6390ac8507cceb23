import { routeHash, type Route } from '../route';

const SECTIONS = [
  { view: 'draft', label: 'Draft' },
  { view: 'archive', label: 'Archive' },
  { view: 'import', label: 'Import' },
  { view: 'search', label: 'Search' },
  { view: 'stats', label: 'Stats' },
  { view: 'backup', label: 'Backup' },
  { view: 'settings', label: 'Settings' },
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
    <nav class="sections" aria-label="Sections">
      {SECTIONS.map(({ view, label }) => (
        <a key={view} href={sectionHref(view)} aria-current={route.view === view ? 'page' : undefined}>
          {label}
        </a>
      ))}
    </nav>
  );
}
