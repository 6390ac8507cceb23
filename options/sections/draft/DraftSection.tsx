import { useEffect, useMemo, useState } from 'preact/hooks';
import { introLinksToHtml } from '../../../src/core/intro-links';
import type { Issue } from '../../../src/core/issue';
import { checkIssue } from '../../../src/core/issue-checks';
import { countIssue } from '../../../src/core/issue-counts';
import { checkExportable, formatIssue } from '../../../src/core/kubelist';
import { draftToIssue } from '../../../src/storage';
import { t } from '../../../src/text/t';
import { useStore } from '../../../src/ui/store';
import { useReveal } from '../../route';
import { useStores } from '../../use-stores';
import { BackupReminder } from '../backup/BackupReminder';
import { EditorSaveState } from './EditorSaveState';
import { IssueChecks } from './IssueChecks';
import { IssueFields } from './IssueFields';
import { ItemList } from './ItemList';
import { LinkHealthPanel } from './link-health/LinkHealthPanel';
import { MarkdownPanel } from './MarkdownPanel';
import { NumberClash } from './NumberClash';
import { PublishBar } from './PublishBar';
import { RenderedPreview } from './RenderedPreview';

interface Props {
  /** A card to scroll to and focus (`#draft/<id>`, from search). */
  item?: string | undefined;
}

/** The draft being written: fields, items and checks on one side, the live export on the other. */
export function DraftSection({ item }: Props) {
  const { editor, desk, settings: settingsStore, linkHealth } = useStores();
  const { draft, clash, status, error, save, saveError, backup, urlNotes } = useStore(editor.store);
  const { earlier, habits, deleted } = useStore(desk.store);
  const { settings } = useStore(settingsStore.store);
  const [showPreview, setShowPreview] = useState(false);
  const [focusId, setFocusId] = useState<string | null>(null);
  useReveal(item ? `item-${item}` : null, Boolean(draft));
  useReveal(focusId ? `item-${focusId}-title` : null, Boolean(draft?.items.some((i) => i.id === focusId)));
  const urls = draft?.items.map((i) => i.url) ?? [];
  useEffect(() => void desk.refreshEarlier(urls), [urls.join('\n')]);
  const shown = draft !== null;
  useEffect(() => {
    if (!shown || desk.store.get().habits) return;
    // The habits wait for the draft to be on screen, then for an idle moment: they only add notes.
    const idle = requestIdleCallback(() => void desk.loadHabits());
    return () => cancelIdleCallback(idle);
  }, [shown]);

  // Markdown links typed in the intro export as the archive's <a href> links.
  const issue = useMemo(() => {
    if (!draft) return null;
    const plain = draftToIssue(draft);
    return { ...plain, intro: introLinksToHtml(plain.intro) };
  }, [draft]);
  // `earlier` and `habits` feed the memo through the store; recomputed only when they change.
  const checks = useMemo(() => (issue ? checkIssue(issue, desk.earlierFor, settings.issueUrlBase) : []), [issue, earlier, settings.issueUrlBase]);
  const slot = settings.recurringSlot;
  const slotMissing = slot !== '' && draft !== null && !draft.items.some((i) => i.title.trim().toLowerCase() === slot.trim().toLowerCase());
  const counts = useMemo(() => (issue ? countIssue(issue, habits) : null), [issue, habits]);

  return (
    <>
      <div class="banner status-row">
        <p class="status" role="status" aria-live="polite">
          {status}
        </p>
        {deleted && (
          <button type="button" class="link undo" onClick={() => void desk.undoDelete()}>
            {t('undoDelete')}
          </button>
        )}
      </div>
      {error && (
        <p class="error banner" role="alert">
          {error}
        </p>
      )}
      {!draft || !issue || !counts ? (
        <p class="note">{error ? '' : t('openingDraft')}</p>
      ) : (
        <>
          <main class="editor">
            <EditorSaveState save={save} error={saveError} />
            <NumberClash draft={draft.issue} clash={clash} editor={editor} />
            <IssueFields issue={draft.issue} editor={editor} defaultEmoji={settings.headlineEmoji} />
            <h2 class="items-heading">
              {t('itemsHeading')} <span class="note">({draft.items.length})</span>
            </h2>
            <ItemList items={draft.items} urlNotes={urlNotes} editor={editor} onDelete={(record, index) => void desk.deleteItem(record, index)} />
            <div class="add-row">
              <button type="button" class="add-item" onClick={() => void desk.addBlankItem().then(setFocusId)}>
                {t('addItem')}
              </button>
              {slotMissing && (
                <button type="button" class="add-item" onClick={() => void desk.addRecurringSlot().then(setFocusId)}>
                  {t('addRecurring', slot)}
                </button>
              )}
            </div>
            <IssueChecks checks={checks} counts={counts} />
            <BackupReminder status={backup} />
            <PublishBar number={draft.issue.number} blocked={checks.some((c) => c.severity === 'block')} publish={desk.publish} onStatus={editor.announce} />
          </main>
          <aside class="side">
            <div class="view-switch" role="group" aria-label={t('exportView')}>
              <button type="button" aria-pressed={!showPreview} onClick={() => setShowPreview(false)}>
                {t('viewMarkdown')}
              </button>
              <button type="button" aria-pressed={showPreview} onClick={() => setShowPreview(true)}>
                {t('viewPreview')}
              </button>
            </div>
            {showPreview && <RenderedPreview markdown={safeFormat(issue, settings.issueUrlBase)} />}
            <div hidden={showPreview}>
              <MarkdownPanel issue={issue} issueUrlBase={settings.issueUrlBase} fileNamePattern={settings.fileNamePattern} onStatus={editor.announce} />
            </div>
            <LinkHealthPanel draftId={draft.issue.id} items={issue.items} health={linkHealth} />
          </aside>
        </>
      )}
    </>
  );
}

/** The preview shows what can be exported; a blocked export has nothing to render yet. */
function safeFormat(issue: Issue, issueUrlBase: string): string {
  return checkExportable(issue, { issueUrlBase }).length === 0 ? formatIssue(issue, { issueUrlBase }) : '';
}
