import { describe, expect, it } from 'vitest';
import { archiveFiles } from '../../../src/core/archive-files';
import { templateExporter } from '../../../src/core/export/template-exporter';
import { issueFileName } from '../../../src/core/file-name-pattern';
import { parseIssue } from '../../../src/core/kubelist';
import { builtinTemplate } from '../../../src/core/templates/builtin-templates';
import { renderTemplate } from '../../../src/core/templates/render-template';
import { TemplateBrokenError } from '../../../src/core/templates/template-broken-error';
import { templateView } from '../../../src/core/templates/template-view';
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

  describe.each([
    ['plain-digest', 'md'],
    ['html-email', 'html'],
  ] as const)('through the %s template', (id, extension) => {
    const template = builtinTemplate(id)!;
    const exporter = templateExporter(template, 'Mesh Weekly');
    const pattern = '{date}-mesh-{number}.md';
    const issueUrlBase = 'https://mesh.example/issues/';

    it(`writes every issue as the template renders it, named by the pattern with .${extension}`, () => {
      const { files, unexported } = archiveFiles(issues, exporter, { fileNamePattern: pattern, format: { issueUrlBase } });
      expect(unexported).toEqual([]);
      const sorted = [...issues].sort((a, b) => a.number - b.number);
      expect(files.map((file) => file.name)).toEqual(sorted.map((issue) => `${issue.date}-mesh-${issue.number}.${extension}`));
      expect(files.map((file) => file.name)).toEqual(sorted.map((issue) => issueFileName(pattern, issue, exporter)));
      sorted.forEach((issue, i) => {
        // The template's own output for the issue, rendered here without the exporter.
        const rendered = renderTemplate(template.body, templateView(issue, { kind: template.kind, newsletterName: 'Mesh Weekly', issueUrlBase }));
        expect(files[i]!.text).toBe(rendered.text);
        expect(files[i]!.date).toBe(issue.date);
      });
      expect(files[0]!.text).toContain('Mesh Weekly #1');
      if (extension === 'html') expect(files[0]!.text).toContain('href="https://mesh.example/issues/1"');
    });

    it('keeps Kubelist’s names, in its own extension, when no pattern is given', () => {
      const { files } = archiveFiles(issues.slice(0, 2), exporter);
      expect(files.map((file) => file.name)).toEqual([`kubelist-${issues[1]!.number}.${extension}`, `kubelist-${issues[0]!.number}.${extension}`]);
    });
  });

  it('stops at a template it cannot render, with the template’s problem and line', () => {
    const exporter = templateExporter({ id: 'mine', name: 'Mine', kind: 'markdown', body: '# {{number}}\n{{#items}}\n- {{title}}\n' }, 'Mesh');
    expect(() => archiveFiles(issues.slice(0, 3), exporter)).toThrow(
      expect.objectContaining({ constructor: TemplateBrokenError, problem: { code: 'unclosedSection', line: 2, name: 'items' } }),
    );
  });
});
