// The synthetic issues stand in for the archive in a clone without it: they must use every
// construct the archive uses, or the format's tests would quietly cover less there.
import { describe, expect, it } from 'vitest';
import { describeWithArchive, readArchive } from '../../../fixtures/archive';
import { readSyntheticIssues } from '../../../fixtures/synthetic-issues';
import { ARCHIVE_CONSTRUCTS, type Construct, constructsOf } from './issue-constructs';

/** Every construct used by at least one of the texts. */
const constructsOfAll = (texts: Iterable<string>) => new Set<Construct>([...texts].flatMap((text) => [...constructsOf(text)]));

describe('the synthetic issues', () => {
  it('use every construct the published archive uses (the list written down)', () => {
    const synthetic = constructsOfAll(readSyntheticIssues().values());
    expect(ARCHIVE_CONSTRUCTS.filter((construct) => !synthetic.has(construct))).toEqual([]);
  });
});

describeWithArchive('the synthetic issues, against the real archive', () => {
  const archive = constructsOfAll(readArchive().values());

  it('use every construct found in the archive', () => {
    const synthetic = constructsOfAll(readSyntheticIssues().values());
    expect([...archive].filter((construct) => !synthetic.has(construct))).toEqual([]);
  });

  it('are checked against a list that still says what the archive holds', () => {
    expect([...archive].sort()).toEqual([...ARCHIVE_CONSTRUCTS].sort());
  });
});
