import { BUDGETS } from './budgets';
import type { Build } from './build';
import { analyzePage, analyzeWorker } from './first-load';
import type { Row } from './report';

/** What the store build's pages and worker weigh, from its files (see first-load.ts). */
export function byteRows(store: Build): { rows: Row[]; details: Record<string, unknown> } {
  const popup = analyzePage(store.dir, 'popup/index.html');
  const editor = analyzePage(store.dir, 'options/index.html');
  const worker = analyzeWorker(store.dir, store.manifest as { background?: { service_worker?: string } });
  const picker = popup.lazy.filter((group) => group.name === 'EmojiPicker');
  const pickerPaths = new Set(picker.flatMap((group) => [...group.files, ...group.assets].map((file) => file.path)));
  const pickerInFirstLoad = popup.initial.filter((file) => pickerPaths.has(file.path) || /emoji-picker-element|data-[\w-]+\.json$/.test(file.path));
  const lazyRows = popup.lazy.map(
    (group): Row => ({
      key: `popup-lazy-${group.name}`,
      label: `Popup, loaded later: ${group.name}${group.assets.length ? ' (+ its data)' : ''}`,
      unit: 'bytes',
      value: group.gzip,
    }),
  );
  return {
    rows: [
      {
        key: 'popup-first-load',
        label: 'Popup first load (JS + CSS, gzip)',
        unit: 'bytes',
        value: popup.gzip,
        budget: BUDGETS.popupFirstLoad.text,
        ok: popup.gzip <= BUDGETS.popupFirstLoad.bytes,
      },
      {
        key: 'popup-first-load-picker',
        label: 'Emoji picker or its data in the first load',
        unit: 'text',
        value: pickerInFirstLoad.length === 0 && picker.length > 0 ? 'no' : pickerInFirstLoad.map((file) => file.path).join(', ') || 'picker not found',
        budget: 'none',
        ok: pickerInFirstLoad.length === 0 && picker.length > 0,
      },
      ...lazyRows,
      { key: 'editor-first-load', label: 'Editor first load (JS + CSS, gzip)', unit: 'bytes', value: editor.gzip },
      { key: 'worker-code', label: 'Service worker code (gzip)', unit: 'bytes', value: worker.gzip },
    ],
    details: { popup, editor, worker },
  };
}
