import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Build } from './build';
import { analyzePage } from './first-load';
import type { Row } from './report';

/** A sentence of webextension-polyfill's own code (its error outside an extension), kept by minifiers. */
const POLYFILL_MARK = 'This script should only be loaded in a browser extension';

/**
 * What the popup loads on the webextension-polyfill path (a browser without a native `browser`
 * namespace): the lazy group of the store build's popup that holds the polyfill's code, from the
 * same analysis as the first load. Also says whether the polyfill is in the first load itself.
 */
export function polyfillRows(store: Build): { rows: Row[]; details: Record<string, unknown> } {
  const popup = analyzePage(store.dir, 'popup/index.html');
  const holds = (path: string) => /\.m?js$/.test(path) && readFileSync(join(store.dir, path), 'utf8').includes(POLYFILL_MARK);
  const inFirstLoad = popup.initial.filter((file) => holds(file.path));
  const groups = popup.lazy.filter((group) => group.files.some((file) => holds(file.path)));
  const group = groups.sort((a, b) => a.gzip - b.gzip)[0];
  const rows: Row[] = [
    group
      ? {
          key: 'polyfill-bytes',
          label: `Popup, webextension-polyfill path: loaded later when \`browser\` is missing (${group.files.map((file) => file.path).join(', ')})`,
          unit: 'bytes',
          value: group.gzip,
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
  return { rows, details: { polyfill: { inFirstLoad, groups } } };
}
