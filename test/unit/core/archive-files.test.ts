import { expect, it } from 'vitest';
import { archiveFiles } from '../../../src/core/archive-files';
import { parseIssue } from '../../../src/core/kubelist';
import { describeWithArchive, readArchive } from '../../fixtures/archive';

describeWithArchive('archiveFiles', () => {
  const archive = readArchive();
  const issues = [...archive.values()].map((text) => parseIssue(text).issue).reverse();

  it('names each issue kubelist-{n}.md, in number order, with the archive’s exact bytes', () => {
    const { files, unexported } = archiveFiles(issues);
    expect(unexported).toEqual([]);
    expect(files).toHaveLength(133);
    expect(files[0]!.name).toBe('kubelist-1.md');
    expect(files.at(-1)!.name).toBe('kubelist-134.md');
    for (const file of files) expect(file.text).toBe(archive.get(Number(/\d+/.exec(file.name)![0])));
  });

  it('reports an issue it cannot export instead of dropping it silently', () => {
    const broken = { ...issues[0]!, items: [{ title: 'Bad', url: 'javascript:alert(1)', commentary: '' }] };
    const { files, unexported } = archiveFiles([broken, issues[1]!]);
    expect(files).toHaveLength(1);
    expect(unexported).toEqual([
      { number: broken.number, problems: [expect.objectContaining({ item: 1, reason: { code: 'badUrl', url: { code: 'scheme', scheme: 'javascript' } } })] },
    ]);
  });
});
