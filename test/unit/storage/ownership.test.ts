import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const sources = (dir: string) =>
  readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));

describe('src/storage owns every transaction', () => {
  it('is the only place that opens one or builds key ranges', () => {
    const outside = [...sources('src'), ...sources('popup'), ...sources('options')].filter((file) => !file.startsWith('src/storage/'));
    const offenders = outside.filter((file) => /\.transaction\(|\bIDBKeyRange\b|\bobjectStore\(/.test(readFileSync(join(root, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
