import { useEffect, useMemo, useState } from 'preact/hooks';
import { introLinksToHtml } from '../../../src/core/intro-links';
import { checkIssue } from '../../../src/core/issue-checks';
import { countIssue } from '../../../src/core/issue-counts';
import { inSectionOrder } from '../../../src/core/section-groups';
import { draftToIssue } from '../../../src/storage';
import { t } from '../../../src/text/t';
import { lazyComponent } from '../../../src/ui/lazy-component';
import { useStore } from '../../../src/ui/store';
import { useMedia } from '../../shared/use-media';
import { useStores } from '../../use-stores';
import { BackupReminder } from '../backup/BackupReminder';
import { DensitySwitch } from './DensitySwitch';
import { EditorSaveState } from './EditorSaveState';
import { ExportPanel } from './ExportPanel';
import { IssueChecks } from './IssueChecks';
import { IssueFields } from './IssueFields';
import { ItemList } from './ItemList';
import { LinkHealthPanel } from './link-health/LinkHealthPanel';
import { NumberClash } from './NumberClash';
import { PublishBar } from './PublishBar';
import { useItemFocus } from './use-item-focus';
import { usePref } from './view-prefs';

// The collected links' code and reads come after the draft is on screen (see `poolShown`).
const LazyCollectedColumn = lazyComponent(() => import('../collected/CollectedColumn').then((m) => m.CollectedColumn));

/**
 * From this width the collected links are a third column beside the panel; below it they fold into
 * the panel's foot, where at 1280 px a third column would cut the rows' blurbs to a few words.
 */
const WIDE = '(min-width: 100rem)';

interface Props {
  /** An item to open, scroll to and focus (`#draft/<id>`, from search). */
  item?: string | undefined;
}

/** The draft being written: fields and items, and beside them the checks, Publish and the live export. */
export function DraftSection({ item }: Props) {
  const { editor, desk, settings: settingsStore, linkHealth } = useStores();
  const { draft, clash, status, error, save, saveError, backup, urlNotes } = useStore(editor.store);
  const { earlier, habits, deleted, pooled } = useStore(desk.store);
  const { settings } = useStore(settingsStore.store);
  const [density, setDensity] = usePref('density');
  const focus = useItemFocus();
  // A link to an item (`#draft/<id>`, from search) opens it and lands on it, once it is listed.
  useEffect(() => {
    if (item) focus.openItem(item, { reveal: true });
  }, [item]);
  const urls = draft?.items.map((i) => i.url) ?? [];
  useEffect(() => void desk.refreshEarlier(urls), [urls.join('\n')]);
  const shown = draft !== null;
  useEffect(() => {
    if (!shown || desk.store.get().habits) return;
    // The habits wait for the draft to be on screen, then for an idle moment: they only add notes.
    const idle = requestIdleCallback(() => void desk.loadHabits());
    return () => cancelIdleCallback(idle);
  }, [shown]);
  // The pool waits for an idle moment after the draft is shown, so "editor ready" never waits for it.
  const [poolShown, setPoolShown] = useState(false);
  useEffect(() => {
    if (!shown || poolShown) return;
    const idle = requestIdleCallback(() => setPoolShown(true));
    return () => cancelIdleCallback(idle);
  }, [shown]);
  const wide = useMedia(WIDE);

  // The items as the editor shows them, grouped by section: the order every export writes and the checks number.
  const sectionNames = useMemo(() => settings.sections.map((section) => section.name), [settings.sections]);
  const items = useMemo(() => (draft ? inSectionOrder(draft.items, sectionNames) : []), [draft, sectionNames]);
  // Markdown links typed in the intro export as the archive's <a href> links.
  const issue = useMemo(() => {
    if (!draft) return null;
    const plain = draftToIssue({ ...draft, items });
    return { ...plain, intro: introLinksToHtml(plain.intro) };
  }, [draft, items]);
  // `earlier` and `habits` feed the memo through the store; recomputed only when they change.
  const checks = useMemo(
    () => (issue ? checkIssue(issue, desk.earlierFor, settings.issueUrlBase, settings.sections) : []),
    [issue, earlier, settings.issueUrlBase, settings.sections],
  );
  const slot = settings.recurringSlot;
  const slotMissing = slot !== '' && draft !== null && !draft.items.some((i) => i.title.trim().toLowerCase() === slot.trim().toLowerCase());
  const counts = useMemo(() => (issue ? countIssue(issue, habits) : null), [issue, habits]);

  const keysHint = sectionNames.length > 0 ? `${t('itemKeysHint')} · ${t('itemKeysHintSections')}` : t('itemKeysHint');

  const showItem = (n: number) => {
    const id = items[n - 1]?.id;
    if (id) focus.openItem(id, { reveal: true });
  };
  const addedThen = (id: string | null) => {
    if (id) focus.openItem(id, { field: 'title', reveal: true });
  };

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
        {pooled && (
          <button type="button" class="link undo" onClick={() => void desk.undoToPool()}>
            {t('undoToPool')}
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
        // The list, and beside it a panel that stays in view: the checks, Publish and the export.
        // More blocks go into the panel (`.desk-side`); the collected links are a third column (`.desk-extra`) on wide windows.
        <div class="draft-desk">
          <main class="editor">
            <EditorSaveState save={save} error={saveError} />
            <NumberClash draft={draft.issue} clash={clash} editor={editor} />
            <IssueFields issue={draft.issue} editor={editor} defaultEmoji={settings.headlineEmoji} />
            <div class="items-bar">
              <h2 class="items-heading">
                {t('itemsHeading')} <span class="note">({draft.items.length})</span>
              </h2>
              {density === 'compact' && draft.items.length > 0 && (
                <p class="note keys-hint" id="item-keys-hint" title={keysHint}>
                  {keysHint}
                </p>
              )}
              <DensitySwitch density={density} onChange={setDensity} />
            </div>
            <ItemList
              items={items}
              sections={sectionNames}
              urlNotes={urlNotes}
              editor={editor}
              density={density}
              focus={focus}
              describedBy={density === 'compact' ? 'item-keys-hint' : undefined}
              onDelete={(record, index) => void desk.deleteItem(record, index)}
              onToPool={(record, index) => {
                // Closed, so Undo brings it back as a row among the others.
                if (focus.open === record.id) focus.close();
                void desk.returnToPool(record, index);
              }}
              onDropPooled={(id, index) => void desk.addPooledAt(id, index)}
            />
            <div class="add-row">
              <button type="button" class="add-item" onClick={() => void desk.addBlankItem().then(addedThen)}>
                {t('addItem')}
              </button>
              {slotMissing && (
                <button type="button" class="add-item" onClick={() => void desk.addRecurringSlot().then(addedThen)}>
                  {t('addRecurring', slot)}
                </button>
              )}
            </div>
          </main>
          <aside class="desk-side">
            <IssueChecks checks={checks} counts={counts} itemIds={items.map((i) => i.id)} onShowItem={showItem} sections={sectionNames} />
            <PublishBar number={draft.issue.number} blocked={checks.some((c) => c.severity === 'block')} publish={desk.publish} onStatus={editor.announce} />
            <BackupReminder status={backup} />
            {/* Above the export, so its heading is in view at 1280×900 without scrolling the panel. */}
            {poolShown && !wide && <LazyCollectedColumn folded />}
            <ExportPanel
              issue={issue}
              issueUrlBase={settings.issueUrlBase}
              fileNamePattern={settings.fileNamePattern}
              newsletterName={settings.newsletterName}
              templates={settings.templates}
              exportTemplate={settings.exportTemplate}
              sections={sectionNames}
              onStatus={editor.announce}
            />
            <LinkHealthPanel draftId={draft.issue.id} items={issue.items} health={linkHealth} />
          </aside>
          {wide && (
            <aside class="desk-extra" aria-label={t('collectedHeading')}>
              {poolShown && <LazyCollectedColumn />}
            </aside>
          )}
        </div>
      )}
    </>
  );
}
