import { type ConflictChoices, type FilePreview, fileOutcome } from '../../../src/core/import';
import { blockedText, importProblemText } from '../../../src/text/import-problem-text';
import { t, tn } from '../../../src/text/t';
import type { ImportStore } from './import-store';

interface Props {
  file: FilePreview;
  choices: ConflictChoices;
  importer: ImportStore;
}

function outcomeText(file: FilePreview, choices: ConflictChoices): string {
  switch (fileOutcome(file, choices)) {
    case 'add':
      return t('outcomeAdd');
    case 'replace':
      return t('outcomeReplace', file.issue.number);
    case 'skip':
      return t('outcomeSkip');
    case 'duplicate':
      return t('outcomeDuplicate', file.duplicateOf ?? '');
    case 'blocked':
      return t('outcomeBlocked', file.blocked ? blockedText(file.blocked) : '');
  }
}

/** One file of the preview: what it holds, its problems, and the choices it needs. */
export function ImportRow({ file, choices, importer }: Props) {
  const { issue, mojibake, conflict, problems } = file;
  const readable = !file.blocked;
  const choice = choices[issue.number] ?? 'skip';
  return (
    <tr class={readable ? undefined : 'blocked'}>
      <th scope="row">{file.name}</th>
      <td>{readable ? `#${issue.number}` : '—'}</td>
      <td>{readable ? issue.date : '—'}</td>
      <td class="num">{readable ? issue.items.length : '—'}</td>
      <td dir="auto">{issue.headline}</td>
      <td class="notes">
        <p>{outcomeText(file, choices)}</p>
        {mojibake &&
          (file.repaired ? (
            <p class="mojibake">
              {t('textRepaired')}{' '}
              <button type="button" class="small" onClick={() => void importer.toggleRepair(file.key)}>
                {t('undoRepair')}
              </button>
            </p>
          ) : (
            <p class="mojibake">
              {t('mojibakeFound', mojibake.line, mojibake.before, mojibake.after)}{' '}
              <button type="button" class="small" onClick={() => void importer.toggleRepair(file.key)}>
                {t('repairText')}
              </button>
            </p>
          ))}
        {conflict && (
          <fieldset class="conflict">
            <legend>{t('conflictLegend', conflict.number, conflict.date, conflict.headline)}</legend>
            {(['replace', 'skip'] as const).map((value) => (
              <label key={value}>
                <input
                  type="radio"
                  name={`conflict-${file.key}`}
                  value={value}
                  checked={choice === value}
                  onChange={() => importer.choose(issue.number, value)}
                />{' '}
                {value === 'replace' ? t('choiceReplace') : t('choiceSkip')}
              </label>
            ))}
          </fieldset>
        )}
        {problems.length > 0 && (
          <details open={problems.length <= 3}>
            <summary>{tn('problemCount', problems.length)}</summary>
            <ul class="file-problems">
              {problems.map((problem, index) => (
                <li key={index}>
                  {problem.line === null ? importProblemText(problem.reason) : t('lineProblem', problem.line, importProblemText(problem.reason))}
                </li>
              ))}
            </ul>
          </details>
        )}
      </td>
    </tr>
  );
}
