// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, expect, it } from 'vitest';
import { ArchiveView } from '../../../../../options/sections/archive/ArchiveView';
import { createArchiveStore } from '../../../../../options/sections/archive/archive-store';
import { templateExporter } from '../../../../../src/core/export/template-exporter';
import type { Issue } from '../../../../../src/core/issue';
import { DEFAULT_SETTINGS, type Settings } from '../../../../../src/core/model';
import { builtinTemplate } from '../../../../../src/core/templates/builtin-templates';
import { importIssues, openCuratorDb, saveSettings } from '../../../../../src/storage';
import { archiveDeps } from '../../../../fakes/archive-deps';

afterEach(cleanup);

const issues: Issue[] = [1, 2, 3].map((number) => ({
  number,
  date: `2024-05-0${number}`,
  headline: `Issue ${number}`,
  intro: 'Hello <a href="https://example.com/about">readers</a>.',
  items: [{ title: `Link ${number} <b>`, url: `https://example.com/${number}?a=1&b=2`, commentary: 'Worth it ✨' }],
}));

/** The archive section rendered on a database holding `issues` and these settings; downloads are kept by name. */
async function archiveSection(settings: Partial<Settings>) {
  const db = await openCuratorDb(`zip-template-${Math.random()}`);
  await importIssues(db, { entries: issues.map((issue) => ({ issue, onConflict: 'skip' as const })) });
  await saveSettings(db, { ...DEFAULT_SETTINGS, ...settings });
  const downloads = new Map<string, Blob>();
  const archive = createArchiveStore({ ...archiveDeps(db, (name, blob) => downloads.set(name, blob)), pause: async () => undefined });
  render(<ArchiveView archive={archive} fileNamePattern={settings.fileNamePattern ?? DEFAULT_SETTINGS.fileNamePattern} />);
  await archive.load();
  await waitFor(() => expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('false'));
  return { downloads };
}

const zipButton = () => screen.getByRole<HTMLButtonElement>('button', { name: 'Download archive (zip)' });

it('says which template the zip uses, and downloads every issue in it, named by the pattern', async () => {
  const { downloads } = await archiveSection({ exportTemplate: 'plain-digest', newsletterName: 'Mesh', fileNamePattern: 'mesh-{number}.md' });
  const note = screen.getByText('The zip’s files are written in the template “Plain digest”.', { exact: false });
  expect(note.id).toBe(zipButton().getAttribute('aria-describedby'));
  expect(screen.getByRole('link', { name: 'Change it in Settings' }).getAttribute('href')).toBe('#settings');

  fireEvent.click(zipButton());
  await waitFor(() =>
    expect(screen.getByRole('status').textContent).toBe('Downloaded kubelist-archive.zip with 3 issues, written in the template “Plain digest”.'),
  );
  const zip = unzipSync(new Uint8Array(await downloads.get('kubelist-archive.zip')!.arrayBuffer()));
  const exporter = templateExporter(builtinTemplate('plain-digest')!, 'Mesh');
  expect(Object.keys(zip).sort()).toEqual(['mesh-1.md', 'mesh-2.md', 'mesh-3.md']);
  for (const issue of issues) expect(strFromU8(zip[`mesh-${issue.number}.md`]!)).toBe(exporter.format(issue, { issueUrlBase: DEFAULT_SETTINGS.issueUrlBase }));
  expect(screen.queryByRole('alert')).toBeNull();
});

it('names no template for Kubelist’s own zip', async () => {
  await archiveSection({});
  expect(zipButton().hasAttribute('aria-describedby')).toBe(false);
  expect(screen.queryByText('template', { exact: false })).toBeNull();
});

it('shows a broken template’s problem and line instead of a download', async () => {
  const mine = { id: 'mine', name: 'Team mail', kind: 'html' as const, body: '<h1>{{number}}</h1>\n<ol>{{#items}}<li>{{title}}</li></ol>\n' };
  const { downloads } = await archiveSection({ templates: [mine], exportTemplate: 'mine' });
  expect(screen.getByText('The zip’s files are written in the template “Team mail”.', { exact: false })).toBeTruthy();
  fireEvent.click(zipButton());
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toBe(
    "Couldn't make the zip: the template “Team mail” can’t be used until it is fixed in Settings → Templates. Line 2: the section “items” is opened here but not closed (add {{/items}}).",
  );
  expect(downloads.size).toBe(0);
  await waitFor(() => expect(zipButton().disabled).toBe(false));
});
