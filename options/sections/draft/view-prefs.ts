import { useState } from 'preact/hooks';

/** How the draft's items are shown: one line each (a card opens to edit), or every card open. */
export type Density = 'compact' | 'full';

/** What the side panel shows of the export under its Copy and Download buttons. */
export type ExportView = 'markdown' | 'preview' | 'hidden';

interface Prefs {
  density: Density;
  exportView: ExportView;
}

const DEFAULTS: Prefs = { density: 'compact', exportView: 'markdown' };
const ALLOWED: { [K in keyof Prefs]: readonly Prefs[K][] } = {
  density: ['compact', 'full'],
  exportView: ['markdown', 'preview', 'hidden'],
};

// How the page is laid out is this browser's, not the curator's data: it is kept by the page's
// own Web Storage (the density for the session, the panel for good), never in backups.
const KEYS: Record<keyof Prefs, { key: string; area: 'session' | 'local' }> = {
  density: { key: 'draft-density', area: 'session' },
  exportView: { key: 'draft-export-view', area: 'local' },
};

/** The stored value, or the default when there is none or storage is refused (a sandboxed page). */
export function readPref<K extends keyof Prefs>(name: K): Prefs[K] {
  try {
    const { key, area } = KEYS[name];
    const raw = (area === 'session' ? sessionStorage : localStorage).getItem(key);
    if (raw === null) return DEFAULTS[name];
    const value = JSON.parse(raw) as Prefs[K];
    return (ALLOWED[name] as readonly unknown[]).includes(value) ? value : DEFAULTS[name];
  } catch {
    return DEFAULTS[name];
  }
}

/**
 * Reads every preference once and forgets the answers: the first read of each storage area waits
 * on the browser, which the page does while IndexedDB reads the draft rather than in its render.
 */
export function openPrefs(): void {
  for (const name of Object.keys(KEYS) as (keyof Prefs)[]) readPref(name);
}

export function writePref<K extends keyof Prefs>(name: K, value: Prefs[K]): void {
  try {
    const { key, area } = KEYS[name];
    (area === 'session' ? sessionStorage : localStorage).setItem(key, JSON.stringify(value));
  } catch {
    // Not kept: the page still follows the choice until it is closed.
  }
}

/** A view preference as state: read once, written on every change. */
export function usePref<K extends keyof Prefs>(name: K): [Prefs[K], (value: Prefs[K]) => void] {
  const [value, setValue] = useState(() => readPref(name));
  return [
    value,
    (next) => {
      writePref(name, next);
      setValue(next);
    },
  ];
}
