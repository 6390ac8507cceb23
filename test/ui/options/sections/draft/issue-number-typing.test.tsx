// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { createEditorStore } from '../../../../../options/sections/draft/editor-store';
import { IssueFields } from '../../../../../options/sections/draft/IssueFields';
import { openCuratorDb } from '../../../../../src/storage';
import { useStore } from '../../../../../src/ui/store';
import { editorDeps } from '../../../../fakes/editor-deps';

afterEach(cleanup);
const micro = () => new Promise<void>((r) => queueMicrotask(r));
const task = () => new Promise<void>((r) => setTimeout(r, 0));

function Page({ editor }: { editor: ReturnType<typeof createEditorStore> }) {
  const state = useStore(editor.store);
  return (
    <div>
      <IssueFields issue={state.draft!.issue} editor={editor} />
      <p>{state.draft!.issue.number}</p>
    </div>
  );
}

/**
 * Keys typed faster than the page paints: the field must keep every digit. With only microtasks
 * between keys, Preact runs the first render's effects late; an effect that copied the stored
 * number back into the field put "2" back after "20" had been typed, and the issue became #20.
 */
for (const [name, between] of [
  ['microtasks', micro],
  ['tasks', task],
] as const) {
  it(`keeps every digit of "200" typed with ${name} between the keys`, async () => {
    const editor = createEditorStore(editorDeps(await openCuratorDb(`issue-number-typing-${name}`)));
    await editor.load();
    render(<Page editor={editor} />);
    const field = screen.getByLabelText('Issue number') as HTMLInputElement;
    const trace: string[] = [];
    field.value = '';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    for (let i = 0; i < 5; i++) await between();
    for (const ch of '200') {
      field.value += ch;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      for (let i = 0; i < 5; i++) await between();
      trace.push(field.value);
    }
    await task();
    expect(trace).toEqual(['2', '20', '200']);
    expect(field.value).toBe('200');
    expect(editor.store.get().draft!.issue.number).toBe(200);
  });
}

it('shows a number changed elsewhere, and keeps a half-typed one that is not a number yet', async () => {
  const editor = createEditorStore(editorDeps(await openCuratorDb('issue-number-typing-elsewhere')));
  await editor.load();
  render(<Page editor={editor} />);
  const field = screen.getByLabelText('Issue number') as HTMLInputElement;
  field.value = '12x';
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await task();
  expect(field.value).toBe('12x');
  editor.setIssueField('number', 31);
  await task();
  expect(field.value).toBe('31');
});
