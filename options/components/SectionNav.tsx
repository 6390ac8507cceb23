import { routeHash, type Route } from '../route';

const SECTIONS = [
  { view: 'draft', label: 'Draft' },
  { view: 'archive', label: 'Archive' },
  { view: 'import', label: 'Import' },
] as const;

/** Draft | Archive | Import: plain links, so each section (and each archived issue) has an address. */
export function SectionNav({ route }: { route: Route }) {
  return (
    <nav class="sections" aria-label="Sections">
      {SECTIONS.map(({ view, label }) => (
        <a
          key={view}
          href={routeHash(view === 'archive' ? { view, number: null } : { view })}
          aria-current={route.view === view ? 'page' : undefined}
        >
          {label}
        </a>
      ))}
    </nav>
  );
}
