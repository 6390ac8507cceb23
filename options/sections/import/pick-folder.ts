import type { FolderHandle } from './folder-files';

interface WithFolderPicker {
  showDirectoryPicker?: (options?: { id?: string; mode?: 'read' }) => Promise<FolderHandle>;
}

const picker = () => (globalThis as WithFolderPicker).showDirectoryPicker;

/** Whether this browser can hand a whole folder to the page (the File System Access API: Chromium, not Firefox). */
export const canPickFolder = (): boolean => typeof picker() === 'function';

/** The folder the curator picks (read only; the picker remembers where it was), or null when they close it. */
export async function pickFolder(): Promise<FolderHandle | null> {
  const show = picker();
  if (!show) return null;
  try {
    return await show({ id: 'import-issues', mode: 'read' });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    throw error;
  }
}
