import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Build } from './build';
import { analyzePage } from './first-load';
import type { Row } from './report';

/** A sentence of webextension-polyfill's own code (its error outside an extension), kept by minifiers. */
const POLYFILL_MARK = 'This script should only be loaded in a browser extension';

/** Every script of the build, as paths relative to its folder. */
function scriptsIn(dir: string, under = ''): string[] {
  return readdirSync(join(dir, under), { withFileTypes: true }).flatMap((entry) => {
    const path = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return scriptsIn(dir, path);
    return /\.m?js$/.test(entry.name) ? [path] : [];
  });
}

/**
 * What the popup loads on the webextension-polyfill path (a browser without a native `browser`
 * namespace): the build's file that holds the polyfill's code, which `polyfillIfNeeded`
 * (src/platform/browser.ts) adds as a classic script only there. Also says whether the polyfill is
 * in the popup's first load itself.
 */
export function polyfillRows(store: Build): { rows: Row[]; details: Record<string, unknown> } {
  const popup = analyzePage(store.dir, 'popup/index.html');
  const holds = (path: string) => readFileSync(join(store.dir, path), 'utf8').includes(POLYFILL_MARK);
  const initial = new Set(popup.initial.map((file) => file.path));
  const inFirstLoad = popup.initial.filter((file) => /\.m?js$/.test(file.path) && holds(file.path));
  const later = scriptsIn(store.dir)
    .filter((path) => !initial.has(path) && !path.startsWith('bench/') && holds(path))
    .map((path) => ({ path, gzip: gzipSync(readFileSync(join(store.dir, path))).length }));
  const rows: Row[] = [
    later.length > 0
      ? {
          key: 'polyfill-bytes',
          label: `Popup, webextension-polyfill path: loaded later when \`browser\` is missing (${later.map((file) => file.path).join(', ')})`,
          unit: 'bytes',
          value: later.reduce((sum, file) => sum + file.gzip, 0),
        }
      : {
          key: 'polyfill-bytes',
          label: 'Popup, webextension-polyfill path: what it loads when `browser` is missing',
          unit: 'text',
          value:
            inFirstLoad.length > 0 ? 'nothing more: the polyfill is in the first load' : 'nothing: the polyfill is not in the build (chrome.* is used instead)',
        },
    {
      key: 'polyfill-in-first-load',
      label: 'webextension-polyfill in the popup first load',
      unit: 'text',
      value: inFirstLoad.length > 0 ? inFirstLoad.map((file) => `${file.path} (${file.gzip} B gzip)`).join(', ') : 'no',
    },
  ];
  return { rows, details: { polyfill: { inFirstLoad, later } } };
}
