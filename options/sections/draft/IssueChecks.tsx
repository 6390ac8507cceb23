import type { ComponentChildren } from 'preact';
import type { IssueCheck } from '../../../src/core/issue-checks';
import type { IssueCounts } from '../../../src/core/issue-counts';
import { t, tn } from '../../../src/text/t';
import { checkText, noteText } from './issue-check-text';
import { sectionHeadingId } from './SectionHeading';

interface Props {
  checks: IssueCheck[];
  counts: IssueCounts;
  /** The draft's item ids in order: a check about an item links to it. */
  itemIds?: readonly string[];
  /** Opens the item (numbered from 1) a check is about and brings it into view. */
  onShowItem?: (n: number) => void;
  /** The newsletter's section names: a check about a section links to its heading. */
  sections?: readonly string[];
}

/** Before export: what blocks it, what is worth a look, and how this issue compares with the usual. */
export function IssueChecks({ checks, counts, itemIds = [], onShowItem, sections = [] }: Props) {
  const words = counts.wordsPerBlurb.filter((w) => w > 0);
  const average = words.length ? Math.round(words.reduce((a, b) => a + b, 0) / words.length) : 0;
  // The sentence itself is the link: it names the item, so the link needs no words of its own.
  const about = (n: number | null, text: string): ComponentChildren => {
    const id = n === null ? undefined : itemIds[n - 1];
    if (n === null || id === undefined || !onShowItem) return text;
    return (
      <a
        href={`#draft/${id}`}
        onClick={(event) => {
          event.preventDefault();
          onShowItem(n);
        }}
      >
        {text}
      </a>
    );
  };
  const aboutSection = (name: string, text: string): ComponentChildren => {
    const id = sectionHeadingId(sections.indexOf(name) + 1);
    return (
      <a
        href={`#${id}`}
        onClick={(event) => {
          event.preventDefault();
          const heading = document.getElementById(id);
          heading?.scrollIntoView({ block: 'center' });
          heading?.focus();
        }}
      >
        {text}
      </a>
    );
  };
  return (
    <section class="checks" aria-labelledby="checks-heading">
      <h2 id="checks-heading">{t('beforeYouSend')}</h2>
      <p class="counts">
        {tn('itemCount', counts.items)} · {t('wordsPerBlurb', average)}
        {counts.withoutEmoji.length > 0 && ` · ${t('noEmojiAtEnd', counts.withoutEmoji.join(', '))}`}
      </p>
      {checks.length === 0 && counts.notes.length === 0 ? (
        <p class="ok">{t('noProblems')}</p>
      ) : (
        <ul aria-label={t('problemsFound')}>
          {checks.map((check, i) => (
            <li key={i} class={check.severity}>
              {check.severity === 'block' && <strong>{t('blocksExport')} </strong>}
              {check.code === 'sectionOverLimit' ? aboutSection(check.section, checkText(check)) : about(check.item, checkText(check))}
            </li>
          ))}
          {counts.notes.map((note) => (
            <li key={noteText(note)} class="info">
              {about(note.code === 'blurbLength' ? note.item : null, noteText(note))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
