import type { Plugin } from 'vite';

/**
 * Puts each extension page's stylesheet into the page itself, as a `<style>` element, when no
 * other page links the same file. A linked stylesheet is one more request to the browser process,
 * and it blocks rendering until it arrives: in the popup it was the last file to come in. The
 * extension pages' CSP restricts scripts only, so inline styles are allowed. Build only: `npm start`
 * keeps Vite's own handling.
 */
export function inlinePageCss(): Plugin {
  return {
    name: 'kubelist:inline-page-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle) {
      const pages = Object.values(bundle).filter((file) => file.type === 'asset' && file.fileName.endsWith('.html'));
      const link = /<link rel="stylesheet"[^>]*? href="\/([^"]+\.css)"[^>]*>/g;
      const linkedBy = new Map<string, number>();
      for (const page of pages)
        for (const [, css] of String(page.type === 'asset' && page.source).matchAll(link)) linkedBy.set(css!, (linkedBy.get(css!) ?? 0) + 1);
      // A stylesheet that scripts also name (a lazy chunk's CSS) must stay a file.
      const namedByScripts = (css: string) => Object.values(bundle).some((file) => file.type === 'chunk' && file.code.includes(css));
      for (const page of pages) {
        if (page.type !== 'asset') continue;
        page.source = String(page.source).replace(link, (tag, css: string) => {
          const sheet = bundle[css];
          const text = sheet?.type === 'asset' ? String(sheet.source) : undefined;
          if (text === undefined || linkedBy.get(css) !== 1 || namedByScripts(css) || /<\/style/i.test(text)) return tag;
          delete bundle[css];
          return `<style>${text}</style>`;
        });
      }
    },
  };
}
