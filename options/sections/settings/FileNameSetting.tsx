import { useEffect, useState } from 'preact/hooks';
import { checkFileNamePattern, issueFileName } from '../../../src/core/file-name-pattern';
import { fileNamePatternProblemText } from '../../../src/text/file-name-pattern-problems';
import { t } from '../../../src/text/t';

/** A real issue of the archive, to show what the pattern makes of one. */
const EXAMPLE = { number: 117, date: '2021-03-03' };

/**
 * The file name pattern, with what it gives for issue #117 (or why it can't be used) updated as
 * it is typed; saved on change like the other settings.
 */
export function FileNameSetting({ pattern, onChange }: { pattern: string; onChange(pattern: string): void }) {
  const [typed, setTyped] = useState(pattern);
  // A restore or a refused pattern (saved as the default) changes what is stored.
  useEffect(() => setTyped(pattern), [pattern]);
  const problem = checkFileNamePattern(typed);
  return (
    <div class="setting">
      <label for="setting-fileNamePattern">{t('fileNamePattern')}</label>
      <input
        id="setting-fileNamePattern"
        value={typed}
        aria-describedby="file-name-example"
        aria-invalid={problem ? 'true' : undefined}
        onInput={(e) => setTyped(e.currentTarget.value)}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
      <p id="file-name-example" class={problem ? 'error' : 'note'}>
        {problem
          ? t('fileNamePatternUnusable', fileNamePatternProblemText(problem))
          : t('fileNamePatternExample', EXAMPLE.number, issueFileName(typed, EXAMPLE))}
      </p>
      <p class="note">{t('fileNamePatternHint')}</p>
    </div>
  );
}
