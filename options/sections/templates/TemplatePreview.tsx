import type { Issue } from '../../../src/core/issue';
import type { Template } from '../../../src/core/templates/template';
import { TemplateBrokenError } from '../../../src/core/templates/template-broken-error';
import { t } from '../../../src/text/t';
import { HtmlPreview } from '../../shared/HtmlPreview';
import type { TemplateEngine } from '../../shared/use-template-engine';

interface Props {
  engine: TemplateEngine;
  template: Template;
  issue: Issue | null;
  newsletterName: string;
  issueUrlBase: string;
}

/** The current draft through the template being edited: the markdown as text, HTML in a sandbox. */
export function TemplatePreview({ engine, template, issue, newsletterName, issueUrlBase }: Props) {
  if (!issue) return <p class="note">{t('templatePreviewNoDraft')}</p>;
  const exporter = engine.templateExporter(template, newsletterName);
  const options = { issueUrlBase };
  if (exporter.check(issue, options).length > 0) return <p class="note">{t('templatePreviewBlocked')}</p>;
  let text: string;
  try {
    text = exporter.format(issue, options);
  } catch (error) {
    // The problem itself is shown beside the body, with its line.
    if (error instanceof TemplateBrokenError) return null;
    throw error;
  }
  if (template.kind === 'html') return <HtmlPreview html={text} label={t('templatePreview')} />;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll from the keyboard (axe: scrollable-region-focusable).
    <pre class="markdown template-preview-text" role="region" aria-label={t('templatePreview')} tabIndex={0}>
      {text}
    </pre>
  );
}
