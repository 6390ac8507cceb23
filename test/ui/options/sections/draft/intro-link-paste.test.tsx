// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createEditorStore } from '../../../../../options/sections/draft/editor-store';
import { IssueFields } from '../../../../../options/sections/draft/IssueFields';
import { openCuratorDb } from '../../../../../src/storage';
import { editorDeps } from '../../../../fakes/editor-deps';

afterEach(cleanup);

describe('a URL pasted over words of the intro', () => {
  it('links them to the address without its tracking parameters, and says so in the status line', async () => {
    const editor = createEditorStore(editorDeps(await openCuratorDb('intro-link-paste')));
    await editor.load();
    editor.setIssueField('intro', 'see the talk');
    render(<IssueFields issue={editor.store.get().draft!.issue} editor={editor} />);
    const intro = screen.getByLabelText('Intro') as HTMLTextAreaElement;
    intro.setSelectionRange(8, 12);
    fireEvent.paste(intro, { clipboardData: { getData: () => 'https://blog.test/talk?utm_source=newsletter' } });
    await waitFor(() => expect(editor.store.get().draft?.issue.intro).toBe('see the [talk](https://blog.test/talk)'));
    expect(editor.store.get().status).toBe('Tracking parameters removed.');
  });
});
