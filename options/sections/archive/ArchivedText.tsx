import type { Render } from '../../shared/use-renderer';

interface Props {
  markdown: string;
  /** Null for the markdown itself, as text; otherwise how to render it. */
  render: Render | null;
  class: string;
}

/** An archived intro or blurb: as readers see it, or its markdown source. */
export function ArchivedText({ markdown, render, class: className }: Props) {
  if (!render)
    return (
      <pre class={`${className} source`} dir="auto">
        {markdown}
      </pre>
    );
  // renderIssueHtml passes everything through DOMPurify: imported HTML runs no script, keeps no unsafe link.
  return <div class={`${className} rendered-text`} dir="auto" dangerouslySetInnerHTML={{ __html: render(markdown) }} />;
}
