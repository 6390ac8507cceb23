// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { BackupReminder } from '../../../../options/sections/backup/BackupReminder';
import { EditorSaveState } from '../../../../options/sections/draft/EditorSaveState';
import { StorageBanner } from '../../../../options/shared/StorageBanner';

afterEach(cleanup);

describe('what the editor says about storage', () => {
  it('tells saving, saved and not saved apart, with the reason', () => {
    const { rerender } = render(<EditorSaveState save="idle" error="" />);
    expect(screen.getByTestId('save-state').textContent).toBe('');
    rerender(<EditorSaveState save="saving" error="" />);
    expect(screen.getByTestId('save-state').textContent).toBe('Saving…');
    rerender(<EditorSaveState save="failed" error="There is no room left to save" />);
    expect(screen.getByTestId('save-state').textContent).toBe('Not saved: There is no room left to save (retrying)');
    rerender(<EditorSaveState save="saved" error="" />);
    expect(screen.getByTestId('save-state').textContent).toBe('Saved');
    // Not a second status region: the section's status line keeps that role.
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says which tabs to close while an upgrade waits, and offers a reload once this page stopped', () => {
    const { rerender } = render(<StorageBanner storage="ok" />);
    expect(screen.queryByRole('alert')).toBeNull();
    rerender(<StorageBanner storage="blocked" />);
    expect(screen.getByRole('alert').textContent).toMatch(/close or reload any other Issue\s+editor tab/);
    rerender(<StorageBanner storage="reload" />);
    expect(screen.getByRole('alert').textContent).toMatch(/stopped saving\. Everything typed here before was saved\./);
    expect(screen.getByRole('button', { name: 'Reload this page' })).toBeTruthy();
  });

  it('shows when the last backup was made, and reminds once enough items are in none', () => {
    const { rerender } = render(<BackupReminder status={{ lastBackupAt: null, itemsSince: 3, moreSince: false }} />);
    expect(screen.getByTestId('backup-note').textContent).toBe('No backup yet: 3 items are in no backup. Back up');
    expect(screen.getByTestId('backup-note').className).toBe('backup-note');
    rerender(<BackupReminder status={{ lastBackupAt: new Date(2026, 4, 6, 9, 5).getTime(), itemsSince: 10, moreSince: false }} />);
    expect(screen.getByTestId('backup-note').textContent).toBe('Last backup: May 6, 2026, 9:05 AM; 10 items added since. Download a backup now');
    expect(screen.getByTestId('backup-note').className).toBe('backup-note reminder');
    expect(screen.getByRole('link').getAttribute('href')).toBe('#backup');
  });
});
