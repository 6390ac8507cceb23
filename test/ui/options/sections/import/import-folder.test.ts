import { describe, expect, it } from 'vitest';
import type { FileHandle, FolderHandle } from '../../../../../options/sections/import/folder-files';
import { markdownFilesIn } from '../../../../../options/sections/import/folder-files';
import { createImportStore } from '../../../../../options/sections/import/import-store';
import { formatIssue } from '../../../../../src/core/kubelist';
import { archivedIssues, importIssues, listArchive, openCuratorDb } from '../../../../../src/storage';
import { oneLinkIssue } from '../../../../fixtures/one-link-issue';

/** A file in a fake folder; counts how many times it was opened. */
function file(name: string, text: string, opened: string[]): FileHandle {
  return {
    kind: 'file',
    name,
    getFile: async () => {
      opened.push(name);
      return { name, text: async () => text };
    },
  };
}

function folder(name: string, entries: (FolderHandle | FileHandle)[]): FolderHandle {
  return {
    kind: 'directory',
    name,
    async *values() {
      yield* entries;
    },
  };
}

const issueText = (n: number) => formatIssue(oneLinkIssue(n));

/** A repository as a curator has it: issues in a folder, a feed beside them, git's own files. */
function repository(opened: string[], issues = 3) {
  const issueFiles = Array.from({ length: issues }, (_, i) => file(`kubelist-${issues - i}.md`, issueText(issues - i), opened));
  return folder('newsletter', [
    file('README.md', '# Our newsletter\n', opened),
    folder('.git', [file('HEAD.md', 'not an issue', opened)]),
    folder('issues', [...issueFiles, file('feed.xml', '<feed/>', opened), folder('drafts', [])]),
  ]);
}

async function importer() {
  const db = await openCuratorDb(`import-folder-${Math.random()}`);
  const store = createImportStore({
    archivedIssues: (numbers) => archivedIssues(db, numbers),
    importIssues: (plan, options) => importIssues(db, plan, options),
    pause: async () => undefined,
  });
  return { db, store };
}

describe('a folder’s Markdown files', () => {
  it('are found in its folders by path, passing over other files and folders whose name starts with a dot, opened only when read', async () => {
    const opened: string[] = [];
    const found = await markdownFilesIn(repository(opened), { pause: async () => undefined });
    expect(found.map((f) => f.name)).toEqual(['README.md', 'issues/kubelist-3.md', 'issues/kubelist-2.md', 'issues/kubelist-1.md']);
    expect(opened).toEqual([]);
  });

  it('pause between batches of entries and say how many were found so far', async () => {
    const opened: string[] = [];
    let pauses = 0;
    const counts: number[] = [];
    const big = folder(
      'issues',
      Array.from({ length: 450 }, (_, i) => file(`kubelist-${i + 1}.md`, '', opened)),
    );
    const found = await markdownFilesIn(big, { pause: async () => void pauses++, onFound: (count) => counts.push(count) });
    expect(found).toHaveLength(450);
    expect(pauses).toBe(2);
    expect(counts).toEqual([199, 399]);
  });
});

describe('importing a folder', () => {
  it('previews every issue in it, in issue order, and imports them on confirm; a README is listed as no issue', async () => {
    const { db, store } = await importer();
    await store.chooseFolder(async () => repository([]));
    const { preview, busy } = store.store.get();
    expect(busy).toBe(false);
    expect(preview?.files.filter((file) => !file.blocked).map((file) => file.name)).toEqual([
      'issues/kubelist-1.md',
      'issues/kubelist-2.md',
      'issues/kubelist-3.md',
    ]);
    expect(preview?.files.find((file) => file.name === 'README.md')?.blocked).toEqual({ code: 'noNumber' });
    await store.confirm();
    expect((await listArchive(db)).map((issue) => issue.number)).toEqual([3, 2, 1]);
  });

  it('says so when the folder holds no .md file, or cannot be read, and keeps what was chosen before', async () => {
    const { store } = await importer();
    await store.chooseFolder(async () => folder('issues', [folder('drafts', [])]));
    await store.chooseFiles([{ name: 'kubelist-7.md', text: async () => issueText(7) }]);
    await store.chooseFolder(async () => folder('photos', [file('cat.jpg', '', [])]));
    expect(store.store.get().error).toBe('“photos” holds no .md files, in it or in its folders.');
    expect(store.store.get().preview?.files.map((file) => file.name)).toEqual(['kubelist-7.md']);

    const broken: FolderHandle = {
      kind: 'directory',
      name: 'unplugged',
      values: () => ({
        [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new DOMException('The drive is gone.', 'NotFoundError')) }),
      }),
    };
    await store.chooseFolder(async () => broken);
    expect(store.store.get()).toMatchObject({ busy: false, error: '“unplugged” could not be read (The drive is gone.). Nothing was imported.' });
    expect(store.store.get().preview?.files.map((file) => file.name)).toEqual(['kubelist-7.md']);
  });

  it('changes nothing when the picker is closed, and says why when it cannot open', async () => {
    const { store } = await importer();
    await store.chooseFolder(async () => null);
    expect(store.store.get()).toMatchObject({ busy: false, error: '', preview: null });
    await store.chooseFolder(async () => {
      throw new DOMException('Not allowed.', 'SecurityError');
    });
    expect(store.store.get().error).toBe('The folder could not be opened (Not allowed.).');
  });
});
