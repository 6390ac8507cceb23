import { expect, it } from 'vitest';
import { archiveSectionDeps } from '../../../options/archive-section-deps';
import type { LazyPage } from '../../../options/compose-stores';

it('hands the import section’s progress and pauses to storage, so a large import is built in short tasks', async () => {
  const calls: unknown[][] = [];
  const page = {
    bind: (functions: Record<string, unknown>) => ({
      ...Object.fromEntries(Object.keys(functions).map((name) => [name, async () => undefined])),
      importIssues: async (...args: unknown[]) => {
        calls.push(args);
        return { added: [], replaced: [], skipped: [], draft: null };
      },
    }),
    stores: { editor: { reload: async () => undefined } },
  } as unknown as LazyPage;
  const options = { onProgress: () => undefined, pause: async () => undefined };
  await archiveSectionDeps(page).importIssues({ entries: [] }, options);
  expect(calls).toEqual([[{ entries: [] }, options]]);
});
