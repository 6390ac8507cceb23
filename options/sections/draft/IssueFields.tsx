import { useState } from 'preact/hooks';
import { appendEmoji } from '../../../src/core/append-emoji';
import { linkOverSelection } from '../../../src/core/intro-links';
import { isIssueDate, parseIssueNumber } from '../../../src/core/issue-rules';
import type { IssueRecord } from '../../../src/storage';
import { t, tParts } from '../../../src/text/t';
import { urlChangeText } from '../../../src/text/url-change-text';
import { LazyEmojiPicker } from '../../../src/ui/LazyEmojiPicker';
import type { EditorStore } from './editor-store';

/** The issue's own fields: number, date, headline (with its emoji) and intro. */
export function IssueFields({
  issue,
  editor,
  defaultEmoji = '',
}: {
  issue: IssueRecord;
  editor: EditorStore /** From the settings: offered at the headline's end. */;
  defaultEmoji?: string;
}) {
  // The number is edited as text so a half-typed value is not forced into a number. The text is
  // kept with the number it stood for: when the stored number changes elsewhere (another tab, a
  // clash resolved) the field shows it. Not an effect that copies the number back: run late,
  // between two fast keys, it put a stale number over what had been typed.
  const [typed, setTyped] = useState({ text: String(issue.number), number: issue.number });
  const numberText = typed.number === issue.number ? typed.text : String(issue.number);
  const [picking, setPicking] = useState(false);
  const numberValid = parseIssueNumber(numberText) !== null;
  const dateValid = isIssueDate(issue.date);

  return (
    <fieldset class="issue-fields">
      <legend>{t('issueLegend')}</legend>
      <div class="row">
        <div>
          <label for="issue-number">{t('fieldIssueNumber')}</label>
          <input
            id="issue-number"
            inputMode="numeric"
            value={numberText}
            aria-invalid={!numberValid}
            aria-describedby="issue-number-error"
            onInput={(e) => {
              const text = e.currentTarget.value.trim();
              const number = parseIssueNumber(text);
              setTyped({ text, number: number ?? issue.number });
              if (number !== null) editor.setIssueField('number', number);
            }}
          />
          <p id="issue-number-error" class="error" hidden={numberValid}>
            {t('issueNumberInvalid')}
          </p>
        </div>
        <div>
          <label for="issue-date">{t('fieldDate')}</label>
          <input
            id="issue-date"
            type="date"
            value={issue.date}
            aria-invalid={!dateValid}
            onInput={(e) => editor.setIssueField('date', e.currentTarget.value)}
          />
        </div>
      </div>
      <label for="issue-headline">{t('fieldHeadline')}</label>
      <div class="with-emoji">
        <input id="issue-headline" dir="auto" value={issue.headline} onInput={(e) => editor.setIssueField('headline', e.currentTarget.value)} />
        {defaultEmoji && issue.headline.trim() !== '' && !issue.headline.trimEnd().endsWith(defaultEmoji) && (
          <button type="button" onClick={() => editor.setIssueField('headline', appendEmoji(issue.headline, defaultEmoji))}>
            {t('addEmoji', defaultEmoji)}
          </button>
        )}
        <button type="button" aria-expanded={picking} onClick={() => setPicking(!picking)}>
          <span aria-hidden="true">🙂 </span>
          {t('headlineEmoji')}
        </button>
      </div>
      {picking && (
        <LazyEmojiPicker
          label={t('emojiForHeadline')}
          onPick={(emoji) => {
            editor.setIssueField('headline', appendEmoji(editor.store.get().draft?.issue.headline ?? '', emoji));
            setPicking(false);
            document.getElementById('issue-headline')?.focus();
          }}
          onClose={() => setPicking(false)}
        />
      )}
      <label for="issue-intro">{t('fieldIntro')}</label>
      <textarea
        id="issue-intro"
        dir="auto"
        rows={3}
        value={issue.intro}
        onInput={(e) => editor.setIssueField('intro', e.currentTarget.value)}
        onPaste={(e) => {
          // A URL pasted over selected words links them, the way a writing tool does.
          const field = e.currentTarget;
          const pasted = e.clipboardData?.getData('text/plain') ?? '';
          const linked = linkOverSelection(field.value, field.selectionStart, field.selectionEnd, pasted, { disabled: editor.disabledRules() });
          if (!linked) return;
          e.preventDefault();
          editor.setIssueField('intro', linked.text);
          // The link is in the text to edit; the status line says what cleanup took off it.
          if (linked.change) editor.announce(urlChangeText(linked.change));
          requestAnimationFrame(() => field.setSelectionRange(linked.caret, linked.caret));
        }}
      />
      <p class="note">{tParts('introLinksNote', <code>[words](https://…)</code>)}</p>
    </fieldset>
  );
}
