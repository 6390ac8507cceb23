import type { Plugin } from 'vite';

/** Marks a module id as the popup's own copy; ids differing only in it are separate modules. */
const MARK = '?popup';
/**
 * The same mark on a script's URL import (`x.js?url`: a one-line module naming a packaged file, the
 * polyfill's), which the first load may hold. The emoji data's URLs load later and stay shared.
 */
const URL_MARK = '&popup';
const isPopupCopy = (id: string) => id.endsWith(MARK) || id.endsWith(URL_MARK);
/** Vite's helper for dynamic imports, a virtual module every page's code imports. */
const PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * The popup's own, smaller helper (Vite's is ~1 KB gzip of the first load): it asks for the files
 * a dynamic import needs alongside it (`deps`, paths from the extension's root), as Vite's does,
 * so they load in parallel, and waits for a stylesheet before the import resolves. It leaves out
 * CSP nonces and the `vite:preloadError` event, which extension pages do not use.
 */
const POPUP_PRELOAD_HELPER = `const asked = new Set();
export const __vitePreload = (load, deps) =>
  Promise.all((deps ?? []).map((dep) => {
    const href = '/' + dep;
    if (asked.has(href)) return;
    asked.add(href);
    const link = document.createElement('link');
    const css = dep.endsWith('.css');
    link.rel = css ? 'stylesheet' : 'modulepreload';
    link.href = href;
    document.head.append(link);
    if (css) return new Promise((resolve, reject) => { link.onload = resolve; link.onerror = reject; });
  })).then(load);
`;

/**
 * Gives the popup its own copy of every script module it reaches, so its first load is one file.
 *
 * The bundler keeps one copy of each module, so what the popup shares with the editor or the
 * service worker (Preact, the cleanup rules, the platform wrappers) went into shared chunks: the
 * popup fetched two to five scripts before it could run, and each file an extension page fetches
 * is a request to the browser process, the larger part of the popup's time to ready. Here every
 * import made from the popup's entry, and from any module reached that way (statically or by
 * `import()`), resolves to the same file under an id marked `?popup`: one graph of the popup's own,
 * single instances within the page (so Preact and its hooks stay one), bundled apart from the
 * other pages. The price is disk, not time: the shared code is in the package twice (~90 KB).
 * JSON and assets are not copied: they hold no state. Build only: `npm start` serves modules
 * one by one anyway.
 */
export function popupOwnCopy(popupEntry: string): Plugin {
  /** The modules the popup's entry imports statically, directly or not: its first load. */
  const firstLoad = new Set<string>();
  return {
    name: 'kubelist:popup-own-copy',
    apply: 'build',
    enforce: 'pre',
    buildEnd() {
      firstLoad.clear();
      const queue = [popupEntry];
      for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
        if (firstLoad.has(id)) continue;
        firstLoad.add(id);
        queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
    // The bundler may still move a module the entry shares with a chunk it loads later into a
    // third file; the first load is then two or three scripts. One group keeps it in one.
    outputOptions(options) {
      const splitting = typeof options.codeSplitting === 'object' ? options.codeSplitting : {};
      // Only the popup's own copies: a module shared with the worker or the editor would pull
      // them into importing the popup's file.
      const group = { name: 'popup', test: (id: string) => firstLoad.has(id) && (id === popupEntry || isPopupCopy(id)) };
      return { ...options, codeSplitting: { ...splitting, groups: [group, ...(splitting.groups ?? [])] } };
    },
    async resolveId(source, importer, options) {
      if (!importer || !(importer === popupEntry || isPopupCopy(importer)) || source.endsWith(MARK)) return null;
      if (source === PRELOAD_HELPER) return PRELOAD_HELPER + MARK;
      if (source.startsWith('\0')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (resolved && !resolved.external && /\.m?js\?url$/.test(resolved.id)) return { ...resolved, id: resolved.id + URL_MARK };
      if (!resolved || resolved.external || resolved.id.includes('?') || !/\.m?[jt]sx?$/.test(resolved.id)) return resolved;
      return { ...resolved, id: resolved.id + MARK };
    },
    load(id) {
      return id === PRELOAD_HELPER + MARK ? POPUP_PRELOAD_HELPER : null;
    },
  };
}
