import { useRef, useState } from 'preact/hooks';
import { t, tParts } from '../../../src/text/t';
import { useStore } from '../../../src/ui/store';
import { ImportPreview } from './ImportPreview';
import { ImportProgress } from './ImportProgress';
import type { ImportStore } from './import-store';
import { canPickFolder, pickFolder } from './pick-folder';

/**
 * Kubelist files in (picked, dropped or pasted), a preview of what they hold, and nothing
 * written until the curator confirms.
 */
export function ImportPanel({ importer }: { importer: ImportStore }) {
  const state = useStore(importer.store);
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) void importer.chooseFiles(files);
  };

  return (
    <main class="wide" aria-labelledby="import-heading">
      <div class="section-bar">
        <h2 id="import-heading">{t('importPublishedLink')}</h2>
      </div>
      <p class="note">{tParts('importIntro', <code>kubelist-117.md</code>)}</p>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping files is the mouse's shortcut; "Choose files" and the paste box do the same from the keyboard. */}
      <div
        class={over ? 'drop-zone drop-target' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p>{t('dropFilesHere')}</p>
        <button type="button" disabled={state.busy} onClick={() => input.current?.click()}>
          {t('chooseFiles')}
        </button>
        {canPickFolder() && (
          <button type="button" disabled={state.busy} onClick={() => void importer.chooseFolder(pickFolder)}>
            {t('chooseFolder')}
          </button>
        )}
        <input
          ref={input}
          type="file"
          multiple
          accept=".md,.markdown,text/markdown,text/plain"
          hidden
          aria-label={t('markdownFilesToImport')}
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            // Cleared so that choosing the same files again is seen as a change.
            event.currentTarget.value = '';
            if (files.length > 0) void importer.chooseFiles(files);
          }}
        />
      </div>
      {canPickFolder() && <p class="note">{t('chooseFolderHint')}</p>}
      <label for="import-paste">{t('pasteMarkdown')}</label>
      <textarea
        id="import-paste"
        rows={6}
        spellcheck={false}
        placeholder="## [Kubelist Issue #… for …](…)"
        value={state.pasted}
        onInput={(event) => importer.setPasted(event.currentTarget.value)}
      />
      <p class="note">{t('oneIssueAsExported')}</p>
      <p class="status" role="status" aria-live="polite">
        {state.status}
      </p>
      <ImportProgress importer={importer} />
      {state.error && (
        <p class="error" role="alert">
          {state.error}
        </p>
      )}
      {state.rejected.length > 0 && (
        <div class="problems">
          <p>{t('notRead')}</p>
          <ul>
            {state.rejected.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
      {state.preview && <ImportPreview state={state} importer={importer} />}
    </main>
  );
}
