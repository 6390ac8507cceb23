import type { Plugin } from 'vite';

/** Marks a module id as the popup's own copy; ids differing only in it are separate modules. */
const MARK = '?popup';
/** Vite's helper for dynamic imports, a virtual module every page's code imports. */
const PRELOAD_HELPER = '\0vite/preload-helper.js';

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
  return {
    name: 'kubelist:popup-own-copy',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !(importer === popupEntry || importer.endsWith(MARK)) || source.endsWith(MARK)) return null;
      if (source === PRELOAD_HELPER) return PRELOAD_HELPER + MARK;
      if (source.startsWith('\0')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external || resolved.id.includes('?') || !/\.m?[jt]sx?$/.test(resolved.id)) return resolved;
      return { ...resolved, id: resolved.id + MARK };
    },
    async load(id) {
      if (id !== PRELOAD_HELPER + MARK) return null;
      return (await this.load({ id: PRELOAD_HELPER })).code ?? null;
    },
  };
}
