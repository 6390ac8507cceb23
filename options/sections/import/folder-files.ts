import type { PickedFile } from './read-picked-file';

/** A folder as the File System Access API hands it over (`showDirectoryPicker`); tests pass plain objects. */
export interface FolderHandle {
  kind: 'directory';
  name: string;
  values(): AsyncIterable<FolderHandle | FileHandle>;
}

export interface FileHandle {
  kind: 'file';
  name: string;
  getFile(): Promise<PickedFile>;
}

/** The names import reads from a folder; anything else in it (a feed, images, a README.txt) is passed over. */
const MARKDOWN_NAME = /\.(md|markdown)$/i;
/** Entries looked at between the page's turns: walking a folder is a string of small answers. */
const ENTRIES_PER_TURN = 200;

/**
 * The Markdown files in `folder` and the folders inside it, each named by its path in the folder
 * (`issues/kubelist-117.md`) and opened only when it is read. Unlike picking 13,300 files, which
 * makes Chromium hand every one of them to the page in one long task before any of this code
 * runs, a folder is walked an entry at a time. Folders whose name starts with a dot (`.git`,
 * `.curator`) are not entered: they hold no issues and can hold many thousands of files.
 */
export async function markdownFilesIn(
  folder: FolderHandle,
  { pause, onFound }: { pause: () => Promise<void>; onFound?: (count: number) => void },
): Promise<PickedFile[]> {
  const found: PickedFile[] = [];
  let seen = 0;
  const walk = async (dir: FolderHandle, prefix: string): Promise<void> => {
    for await (const entry of dir.values()) {
      if (++seen % ENTRIES_PER_TURN === 0) {
        onFound?.(found.length);
        await pause();
      }
      if (entry.kind === 'directory') {
        if (!entry.name.startsWith('.')) await walk(entry, `${prefix}${entry.name}/`);
      } else if (MARKDOWN_NAME.test(entry.name)) {
        found.push(openedWhenRead(entry, `${prefix}${entry.name}`));
      }
    }
  };
  await walk(folder, '');
  return found;
}

function openedWhenRead(handle: FileHandle, name: string): PickedFile {
  return { name, open: () => handle.getFile(), text: async () => (await handle.getFile()).text() };
}
