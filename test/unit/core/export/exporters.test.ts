import { describe, expect, it } from 'vitest';
import { archiveFiles } from '../../../../src/core/archive-files';
import { EXPORTERS, type Exporter, KUBELIST_MARKDOWN } from '../../../../src/core/export/exporters';
import { DEFAULT_FILE_NAME_PATTERN, issueFileName } from '../../../../src/core/file-name-pattern';
import type { Issue } from '../../../../src/core/issue';
import { checkExportable, formatIssue } from '../../../../src/core/kubelist';

const issue: Issue = {
  number: 118,
  date: '2021-03-10',
  headline: 'Mesh 🕸',
  intro: 'Hi *there*\r\nsecond line',
  items: [
    { title: 'A [bracketed] title', url: 'https://example.com/a?b=1&c=2', commentary: 'Worth it. 🔊' },
    { title: 'B', url: 'https://example.com/b', commentary: '' },
  ],
};

/** A second format, for these tests only: the table must not care which formats it holds. */
const plainText: Exporter = {
  id: 'plain-text',
  extension: 'txt',
  mime: 'text/plain',
  check: () => [],
  format: (each) => `${each.headline}\n${each.items.map((item) => item.url).join('\n')}\n`,
};

describe('EXPORTERS', () => {
  it('starts with Kubelist markdown, which writes exactly what formatIssue writes', () => {
    expect(EXPORTERS[0]).toBe(KUBELIST_MARKDOWN);
    expect(KUBELIST_MARKDOWN).toMatchObject({ id: 'kubelist-markdown', extension: 'md', mime: 'text/markdown' });
    expect(KUBELIST_MARKDOWN.format(issue)).toBe(formatIssue(issue));
    const options = { issueUrlBase: 'https://mesh.example/issues/' };
    expect(KUBELIST_MARKDOWN.format(issue, options)).toBe(formatIssue(issue, options));
    const broken = { ...issue, items: [{ title: 'Bad', url: 'javascript:alert(1)', commentary: '' }] };
    expect(KUBELIST_MARKDOWN.check(broken)).toEqual(checkExportable(broken));
  });

  it('has one row per id', () => {
    const ids = EXPORTERS.map((exporter) => exporter.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('a second exporter', () => {
  it('names a downloaded issue with its own extension, under the curator’s pattern', () => {
    expect(issueFileName('{date}-mesh-{number}.md', issue, plainText)).toBe('2021-03-10-mesh-118.txt');
    expect(issueFileName(DEFAULT_FILE_NAME_PATTERN, issue, plainText)).toBe('kubelist-118.txt');
    // A pattern that cannot be used falls back to Kubelist's name, in this format.
    expect(issueFileName('../{number}.md', issue, plainText)).toBe('kubelist-118.txt');
    expect(issueFileName('{date}-mesh-{number}.md', issue)).toBe('2021-03-10-mesh-118.md');
  });

  it('writes the archive’s files in its format, named with its extension', () => {
    const { files } = archiveFiles([issue], plainText);
    expect(files).toEqual([{ name: 'kubelist-118.txt', text: 'Mesh 🕸\nhttps://example.com/a?b=1&c=2\nhttps://example.com/b\n', date: '2021-03-10' }]);
  });
});
