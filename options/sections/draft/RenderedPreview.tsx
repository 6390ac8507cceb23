import { useMemo } from 'preact/hooks';
import { t } from '../../../src/text/t';
import { useRenderer } from '../../shared/use-renderer';

/**
 * The issue as readers will see it. markdown-it and DOMPurify load the first time it is shown.
 * The HTML comes from the curator's markdown, page titles included, so it is always passed through
 * DOMPurify (src/ui/render-issue.ts) before it is set: no script runs, no unsafe link survives.
 */
export function RenderedPreview({ markdown }: { markdown: string }) {
  const { render, error } = useRenderer();
  const html = useMemo(() => (render ? render(markdown) : null), [render, markdown]);
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
