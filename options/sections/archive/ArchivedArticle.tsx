import type { Issue } from '../../../src/core/issue';
import { t } from '../../../src/text/t';
import { useReveal } from '../../route';
import { useRenderer } from '../../shared/use-renderer';
import { ArchivedText } from './ArchivedText';
import './archive.css';

interface Props {
  issue: Issue;
  /** An item to scroll to, focus and highlight, from 1 (`#archive/117/3`): where a search result lands. */
  focusItem?: number | undefined;
  /** Intro and blurbs as their markdown, instead of as readers see them. */
  showMarkdown: boolean;
  onShowMarkdown(on: boolean): void;
}

/** Only web links become clickable: an imported file may hold any scheme. */
const isWebLink = (url: string) => /^https?:\/\//i.test(url);

/** An archived issue's headline, intro and items, as readers see them or as markdown. */
export function ArchivedArticle({ issue, focusItem, showMarkdown, onShowMarkdown }: Props) {
  const { render, error } = useRenderer();
  // Without the renderer (it failed to load) the markdown is shown: text, never unsanitized HTML.
  const ready = render !== null || error !== '';
  const renderText = showMarkdown ? null : render;
  useReveal(focusItem === undefined ? null : `archived-item-${focusItem}`, ready);
  if (!ready) return <p class="note">{t('rendering')}</p>;
  return (
    <article class="archived-issue" aria-labelledby="archived-headline">
      <div class="view-switch" role="group" aria-label={t('archivedIssueView')}>
        <button type="button" aria-pressed={!showMarkdown} disabled={!render} onClick={() => onShowMarkdown(false)}>
          {t('viewAsReadersSeeIt')}
        </button>
        <button type="button" aria-pressed={showMarkdown} onClick={() => onShowMarkdown(true)}>
          {t('viewMarkdown')}
        </button>
      </div>
      {error && (
        <p class="error" role="alert">
          {t('previewFailed', error)}
        </p>
      )}
      <h3 id="archived-headline" dir="auto">
        {issue.headline}
      </h3>
      <ArchivedText class="intro" markdown={issue.intro} render={renderText} />
      <ol class="archived-items" aria-label={t('itemsList')}>
        {issue.items.map((item, index) => (
          <li
            key={index}
            id={`archived-item-${index + 1}`}
            class={focusItem === index + 1 ? 'found' : undefined}
            aria-current={focusItem === index + 1 ? 'true' : undefined}
            tabIndex={focusItem === index + 1 ? -1 : undefined}
          >
            {isWebLink(item.url) ? (
              <a href={item.url} target="_blank" rel="noreferrer" dir="auto">
                {item.title}
              </a>
            ) : (
              <span dir="auto">{item.title}</span>
            )}
            <ArchivedText class="blurb" markdown={item.commentary} render={renderText} />
          </li>
        ))}
      </ol>
    </article>
  );
}
