// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PublishBar } from '../../../../../options/sections/draft/PublishBar';
import { addItem, loadDraft, openCuratorDb, publishDraft, updateDraft } from '../../../../../src/storage';
import { speakEnglish, speakGerman } from '../../../german';

let dbCount = 0;

afterEach(() => {
  cleanup();
  speakEnglish();
});

/** A draft numbered 4 with one item, beside an archived #4: publishing it is refused. */
async function clashingDraft() {
  const db = await openCuratorDb(`publish-bar-${++dbCount}`);
  await db.put('issues', { id: 'p', status: 'published', number: 4, date: '2021-01-01', headline: '', intro: '', createdAt: 0, updatedAt: 0 });
  const { issue } = await loadDraft(db);
  await updateDraft(db, issue.id, { number: 4 });
  await addItem(db, { title: 'A', url: 'https://a.test/', commentary: '' });
  return db;
}

/** Clicks "Mark as published" and confirms; the status the bar reports. */
async function publishAndConfirm(markLabel: string, publishLabel: string) {
  const db = await clashingDraft();
  const statuses: string[] = [];
  render(<PublishBar number={4} blocked={false} publish={() => publishDraft(db)} onStatus={(status) => statuses.push(status)} />);
  fireEvent.click(screen.getByRole('button', { name: markLabel }));
  fireEvent.click(screen.getByRole('button', { name: publishLabel }));
  await waitFor(() => expect(statuses).toHaveLength(1));
  return statuses[0];
}

describe('PublishBar', () => {
  it('says why publishing was refused', async () => {
    expect(await publishAndConfirm('Mark as published', 'Publish #4')).toBe(
      'Not published: Issue #4 is already in the archive: give this one another number first.',
    );
  });

  it('says it in German', async () => {
    speakGerman();
    expect(await publishAndConfirm('Als veröffentlicht markieren', 'Nr. 4 veröffentlichen')).toBe(
      'Nicht veröffentlicht: Ausgabe #4 ist schon im Archiv: Geben Sie diesem Entwurf zuerst eine andere Nummer.',
    );
  });
});
