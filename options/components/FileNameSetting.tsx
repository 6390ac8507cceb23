import { useEffect, useState } from 'preact/hooks';
import { checkFileNamePattern, issueFileName } from '../../src/core/file-name-pattern';

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
      <label for="setting-fileNamePattern">File name pattern</label>
      <input
        id="setting-fileNamePattern"
        value={typed}
        aria-describedby="file-name-example"
        aria-invalid={problem ? 'true' : undefined}
        onInput={(e) => setTyped(e.currentTarget.value)}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
      <p id="file-name-example" class={problem ? 'error' : 'note'}>
        {problem ? `This pattern can't be used: it ${problem}.` : `Issue #${EXAMPLE.number} downloads as ${issueFileName(typed, EXAMPLE)}.`}
      </p>
      <p class="note">
        {'{number}'} is the issue's number, {'{date}'} its date (YYYY-MM-DD). The archive zip keeps Kubelist's own names, which every issue's footer links to.
      </p>
    </div>
  );
}
