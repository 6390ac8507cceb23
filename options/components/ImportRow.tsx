import { fileOutcome, type ConflictChoices, type FilePreview } from '../../src/core/import';
import type { ImportStore } from '../import-store';

interface Props {
  file: FilePreview;
  choices: ConflictChoices;
  importer: ImportStore;
}

function outcomeText(file: FilePreview, choices: ConflictChoices): string {
  switch (fileOutcome(file, choices)) {
    case 'add':
      return 'New in the archive.';
    case 'replace':
      return `Replaces the archived #${file.issue.number}.`;
    case 'skip':
      return 'Skipped: the archived issue is kept.';
    case 'duplicate':
      return `Left out: ${file.duplicateOf} is the same issue number.`;
    case 'blocked':
      return `Cannot be imported: ${file.blocked}`;
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
              Text repaired (it was UTF-8 read as Windows-1252).{' '}
              <button type="button" class="small" onClick={() => importer.toggleRepair(file.key)}>
                Undo repair
              </button>
            </p>
          ) : (
            <p class="mojibake">
              Mojibake: this text looks like UTF-8 read as Windows-1252. Line {mojibake.line}: “{mojibake.before}” would read “
              {mojibake.after}”.{' '}
              <button type="button" class="small" onClick={() => importer.toggleRepair(file.key)}>
                Repair text
              </button>
            </p>
          ))}
        {conflict && (
          <fieldset class="conflict">
            <legend>
              #{conflict.number} is already in the archive ({conflict.date}: “{conflict.headline}”).
            </legend>
            {(['replace', 'skip'] as const).map((value) => (
              <label key={value}>
                <input
                  type="radio"
                  name={`conflict-${file.key}`}
                  value={value}
                  checked={choice === value}
                  onChange={() => importer.choose(issue.number, value)}
                />{' '}
                {value === 'replace' ? 'Replace' : 'Skip'}
              </label>
            ))}
          </fieldset>
        )}
        {problems.length > 0 && (
          <details open={problems.length <= 3}>
            <summary>{problems.length === 1 ? '1 problem' : `${problems.length} problems`}</summary>
            <ul class="file-problems">
              {problems.map(({ line, message }, index) => (
                <li key={index}>{line === null ? message : `Line ${line}: ${message}`}</li>
              ))}
            </ul>
          </details>
        )}
      </td>
    </tr>
  );
}
