/** How far a long job is: items done, of how many. */
export interface BulkRun {
  done: number;
  total: number;
}

/** How far a long job (an import, a zip) is: a progress bar and the same in words beside it. */
export function BulkProgress({ label, done, total }: { label: string; done: number; total: number }) {
  return (
    <div class="bulk-progress">
      <progress max={Math.max(total, 1)} value={done} aria-label={label} />
      <span aria-hidden="true">{label}</span>
    </div>
  );
}
