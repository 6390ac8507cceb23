import { expect, it } from 'vitest';
import { fileOutcome, type ImportSource, planImport, planTotals, previewImport, readImportFile } from '../../../../src/core/import';
import { formatIssue, parseIssue } from '../../../../src/core/kubelist';
import { archiveText as archived, describeWithArchive, readArchiveIfPresent } from '../../../fixtures/archive';
import { misreadAsWindows1252 } from '../../../fixtures/misread-as-windows-1252';

// Every test here reads the archive's #117 or all of it; without the archive they are skipped.
const archive = readArchiveIfPresent();
const source = (n: number, text = archived(n)): ImportSource => ({ key: `file:${n}`, name: `kubelist-${n}.md`, text });

describeWithArchive('previewImport on the whole archive', () => {
  const preview = previewImport(
    [...archive.keys()].map((n) => source(n)),
    [],
  );

  it('reads 133 issues and 886 items, with no problems, mojibake or conflicts', () => {
    expect(preview.files).toHaveLength(133);
    expect(preview.conflicts).toEqual([]);
    const totals = planTotals(preview, {});
    expect(totals).toMatchObject({ add: 133, items: 886, replace: 0, skip: 0, blocked: 0, duplicate: 0, withProblems: 0, mojibake: 0 });
  });

  it('plans every issue, each as the archive file holds it', () => {
    const plan = planImport(preview, {});
    expect(plan.entries).toHaveLength(133);
    for (const { issue } of plan.entries) expect(formatIssue(issue)).toBe(archive.get(issue.number));
  });
});

describeWithArchive('conflicts with the archive', () => {
  const existing = [{ number: 117, date: '2021-03-03', headline: 'Backstage (from Spotify) 🔊' }];
  const preview = previewImport([source(116), source(117)], existing);

  it('are found by number', () => {
    expect(preview.conflicts).toEqual([117]);
    expect(preview.files[1]!.conflict).toEqual(existing[0]);
    expect(preview.files[0]!.conflict).toBeNull();
  });

  it('are skipped unless the curator chooses to replace', () => {
    expect(fileOutcome(preview.files[1]!, {})).toBe('skip');
    expect(planImport(preview, {}).entries.map((e) => e.issue.number)).toEqual([116]);
    const replacing = planImport(preview, { 117: 'replace' });
    expect(replacing.entries.map((e) => [e.issue.number, e.onConflict])).toEqual([
      [116, 'skip'],
      [117, 'replace'],
    ]);
  });
});

describeWithArchive('files that cannot go in as they are', () => {
  it('leaves out a second file with the same number', () => {
    const preview = previewImport([source(117), { key: 'copy', name: 'copy-of-117.md', text: archived(117) }], []);
    expect(preview.files[1]!.duplicateOf).toBe('kubelist-117.md');
    expect(planImport(preview, {}).entries).toHaveLength(1);
    expect(planTotals(preview, {}).duplicate).toBe(1);
  });

  it('blocks text without a heading, and says why', () => {
    const preview = previewImport([{ key: 'p', name: 'Pasted text', text: 'just some notes' }], []);
    const [file] = preview.files;
    expect(file!.blocked).toEqual({ code: 'noNumber' });
    expect(file!.problems.length).toBeGreaterThan(0);
    expect(planImport(preview, {}).entries).toEqual([]);
  });

  it('blocks an impossible date', () => {
    const text = archived(117).replace('for 2021-03-03', 'for 2021-13-03');
    expect(readImportFile('x.md', text).blocked).toEqual({ code: 'badDate', date: '2021-13-03' });
  });

  it('reports a file name that disagrees with the heading, with its line', () => {
    const { problems, blocked } = readImportFile('kubelist-118.md', archived(117));
    expect(blocked).toBeNull();
    expect(problems).toContainEqual({
      line: 1,
      reason: { code: 'fileNameNumber', named: 118, heading: 117 },
    });
  });

  it('reports links that could not be exported again, and imports them anyway', () => {
    const text = archived(117).replace(/(\n1\. \[[^\n]*\]\()https:[^)\n]*\)/, '$1https:/example.com/one-slash)');
    const reading = readImportFile('kubelist-117.md', text);
    expect(reading.blocked).toBeNull();
    expect(reading.problems.some((p) => p.line === null && p.reason.code === 'exportBlocked' && p.reason.problem.item === 1)).toBe(true);
  });

  // Regression (issue 12, item 14): these went into the archive, and every later backup was refused whole.
  it.each(['javascript:alert(1)', '//evil.example/x'])('blocks a link to %s, which a backup could not restore', (url) => {
    const text = archived(117).replace(/(\n1\. \[[^\n]*\]\()https:[^)\n]*\)/, `$1${url})`);
    expect(readImportFile('kubelist-117.md', text).blocked).toEqual({ code: 'unsafeUrl', item: 1, url });
  });

  it('blocks a number past the highest a backup restores (#12345678)', () => {
    const text = archived(117).replaceAll('117', '12345678');
    const reading = readImportFile('kubelist-12345678.md', text);
    expect(reading.issue.number).toBe(12345678);
    expect(reading.blocked).toEqual({ code: 'badNumber', number: 12345678 });
  });

  it('blocks a date outside the years an issue can have', () => {
    const text = archived(117).replaceAll('2021-03-03', '9999-12-31');
    expect(readImportFile('kubelist-117.md', text).blocked).toEqual({ code: 'badDate', date: '9999-12-31' });
  });

  it('passes on the parser’s problems with their lines', () => {
    const text = archived(117).replace(/\n/g, '\r\n');
    const { problems } = readImportFile('kubelist-117.md', text);
    expect(problems[0]).toEqual({ line: 1, reason: { code: 'lineEndings', kind: 'crlf' } });
  });
});

describeWithArchive('mojibake', () => {
  const original = archived(117);
  const mangled = misreadAsWindows1252(original);

  it('is detected and shown, but not repaired until asked', () => {
    const [file] = previewImport([source(117, mangled)], []).files;
    expect(file!.mojibake).toMatchObject({ line: 3, after: expect.stringContaining('🔊') });
    expect(file!.mojibake!.before).toContain('ðŸ”Š');
    expect(file!.repaired).toBe(false);
    expect(file!.issue.headline).toContain('ðŸ”Š');
    expect(planTotals(previewImport([source(117, mangled)], []), {}).mojibake).toBe(1);
  });

  it('once repaired, reads exactly as the clean file', () => {
    const [file] = previewImport([source(117, mangled)], [], new Set(['file:117'])).files;
    expect(file!.repaired).toBe(true);
    expect(file!.text).toBe(original);
    expect(file!.issue).toEqual(parseIssue(original).issue);
    expect(file!.problems).toEqual([]);
  });

  it('repairs every archived issue back to the original', () => {
    for (const [n, text] of archive) {
      const reading = readImportFile(`kubelist-${n}.md`, misreadAsWindows1252(text), true);
      expect(formatIssue(reading.issue)).toBe(text);
    }
  });

  it('reports text that is only partly mangled, which cannot be repaired', () => {
    const text = original.replace('Backstage', 'Weâ€™re Backstage');
    const reading = readImportFile('kubelist-117.md', text, true);
    expect(reading.mojibake).toBeNull();
    expect(reading.problems).toContainEqual({ line: null, reason: { code: 'mixedMojibake' } });
  });
});
