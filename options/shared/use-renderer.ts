import { useEffect, useState } from 'preact/hooks';

/** Markdown in, sanitized HTML out (src/ui/render-issue.ts). */
export type Render = (markdown: string) => string;

let loading: Promise<Render> | undefined;
let loaded: Render | undefined;

/** markdown-it and DOMPurify, fetched the first time anything is rendered: they stay out of first paint. */
function loadRenderer(): Promise<Render> {
  loading ??= import('../../src/ui/render-issue').then((module) => {
    loaded = module.renderIssueHtml;
    return loaded;
  });
  return loading;
}

/**
 * The renderer: null while it loads, at once once it has loaded, so a view can wait for it and
 * then show everything in one render (a landing item is not pushed away by text filling in above).
 */
export function useRenderer(): { render: Render | null; error: string } {
  const [render, setRender] = useState<Render | null>(() => loaded ?? null);
  const [error, setError] = useState('');
  useEffect(() => {
    if (render) return;
    let current = true;
    loadRenderer()
      .then((fn) => current && setRender(() => fn))
      .catch((reason: unknown) => current && setError(String(reason)));
    return () => {
      current = false;
    };
  }, []);
  return { render, error };
}
