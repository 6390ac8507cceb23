/*
 * What restore checks of a whole backup (record-clashes.ts) must also hold after a merge, since
 * the merged data is what the next backup writes: each archived number once, one draft. Matching
 * records by id alone broke both: a draft here (#50) that the backup holds published as #50,
 * beside an archived #50 here, left two #50s and no draft, and every later backup was refused.
 */
import { type IssueRef, nextIssue } from '../next-issue';
import type { BackupIssue } from './backup-types';

/** Two published issues with one number, and whose was kept (the other left out, items and all). */
export interface NumberClash {
  number: number;
  kept: 'backup' | 'current';
}

/** What the merge needs beyond the two data sets to start a draft, when it must. */
export interface MergeOptions {
  /** `YYYY-MM-DD`, so a new draft is not dated in the past. */
  today?: string;
  /** The issue weekday (0 = Sunday). */
  weekday?: number;
  now?: number;
  newId?: () => string;
}

const published = (issues: Map<string, BackupIssue>) => [...issues.values()].filter((issue) => issue.status === 'published');

/**
 * Leaves one published issue per number: the newer (this browser's on a tie). The other goes
 * back to this browser's version when that one fits (the draft it was here, say), else it is left
 * out. Items of an issue left out are dropped by the caller with it.
 */
export function oneIssuePerNumber(current: ReadonlyMap<string, BackupIssue>, issues: Map<string, BackupIssue>): NumberClash[] {
  const clashes: NumberClash[] = [];
  const byNumber = new Map<number, BackupIssue[]>();
  for (const issue of published(issues)) byNumber.set(issue.number, [...(byNumber.get(issue.number) ?? []), issue]);
  const isHere = (issue: BackupIssue) => current.get(issue.id) === issue;
  for (const [number, group] of byNumber) {
    if (group.length < 2) continue;
    const [winner, ...losers] = group.sort((a, b) => b.updatedAt - a.updatedAt || Number(isHere(b)) - Number(isHere(a)));
    for (const loser of losers) {
      const here = current.get(loser.id);
      const fits = here && here !== loser && (here.status === 'draft' || !published(issues).some((other) => other.number === here.number));
      if (fits) issues.set(loser.id, here);
      else issues.delete(loser.id);
    }
    clashes.push({ number, kept: isHere(winner!) ? 'current' : 'backup' });
  }
  return clashes;
}

/**
 * A new empty draft after the archive when the merge left none though a side had one (the
 * draft here was published in the backup): the place publishing would have started.
 */
export function startDraftIfNone(issues: Map<string, BackupIssue>, hadDraft: boolean, options: MergeOptions): IssueRef | null {
  if (!hadDraft || [...issues.values()].some((issue) => issue.status === 'draft')) return null;
  const now = options.now ?? Date.now();
  const archive = published(issues);
  // Past the last number the rules allow, or with no archive: the curator picks the number.
  const place = nextIssue(archive, options.weekday, options.today) ?? { number: Math.max(1, ...archive.map((issue) => issue.number)), date: '' };
  const id = (options.newId ?? (() => crypto.randomUUID()))();
  issues.set(id, { id, status: 'draft', number: place.number, date: place.date, headline: '', intro: '', createdAt: now, updatedAt: now });
  return place;
}
