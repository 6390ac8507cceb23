import { t } from '../../src/text/t';

/**
 * HTML a template wrote, shown as an email client would: in an iframe with `sandbox=""`, so
 * nothing in it runs, submits, navigates this page or reaches the extension, whatever a
 * curator's template holds.
 */
export function HtmlPreview({ html, label = t('renderedPreview') }: { html: string; label?: string }) {
  return <iframe class="html-preview" title={label} sandbox="" srcdoc={html} />;
}
