import { useEffect, useState } from 'preact/hooks';
import { t } from '../../src/platform/i18n';

type Render = (markdown: string) => string;
let render: Promise<Render> | undefined;

/**
 * The issue as readers will see it. markdown-it and DOMPurify load the first time it is shown.
 * The HTML comes from the curator's markdown, page titles included, so it is always passed through
 * DOMPurify (src/ui/render-issue.ts) before it is set: no script runs, no unsafe link survives.
 */
export function RenderedPreview({ markdown }: { markdown: string }) {
  const [html, setHtml] = useState<string | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    let current = true;
    render ??= import('../../src/ui/render-issue').then((m) => m.renderIssueHtml);
    render.then((fn) => current && setHtml(fn(markdown))).catch((reason: unknown) => current && setError(String(reason)));
    return () => {
      current = false;
    };
  }, [markdown]);
  if (error)
    return (
      <p class="error" role="alert">
        {t('previewFailed', error)}
      </p>
    );
  if (html === null) return <p class="note">{t('rendering')}</p>;
  // Sanitized by DOMPurify in renderIssueHtml; see the comment above.
  return <article class="rendered" aria-label={t('renderedPreview')} dangerouslySetInnerHTML={{ __html: html }} />;
}
