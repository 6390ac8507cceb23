import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomTemporaryName, replaceFile } from '../../../src/cli/replace-file';

let dir: string;
let file: string;
let victim: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kubelist-replace-'));
  file = join(dir, 'kubelist-117.md');
  victim = join(dir, 'victim.txt');
  writeFileSync(file, 'old text', { mode: 0o640 });
  writeFileSync(victim, 'precious');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Names the code is made to pick, in order: lets a test plant a symlink at each in advance. */
const names = (...list: string[]) => {
  const queue = [...list];
  return () => queue.shift() ?? 'unplanted.tmp';
};

describe('replaceFile', () => {
  it('replaces the contents and keeps the mode, leaving no temporary file', () => {
    replaceFile(file, 'new text');
    expect(readFileSync(file, 'utf8')).toBe('new text');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).sort()).toEqual(['kubelist-117.md', 'victim.txt']);
  });

  it('picks a different hidden name beside the file each time', () => {
    const a = randomTemporaryName(file);
    expect(a).toMatch(/^\.kubelist-117\.md\.[0-9a-f]{16}\.kubelist-fix\.tmp$/);
    expect(randomTemporaryName(file)).not.toBe(a);
  });

  // Regression: `fix` wrote `FILE.kubelist-fix.tmp` through a symlink planted there, overwriting its target.
  it('never writes through a symlink planted at the name it picks', () => {
    symlinkSync(victim, join(dir, 'kubelist-117.md.kubelist-fix.tmp'));
    symlinkSync(victim, join(dir, 'planted.tmp'));
    replaceFile(file, 'new text', names('kubelist-117.md.kubelist-fix.tmp', 'planted.tmp'));
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(readFileSync(file, 'utf8')).toBe('new text');
    expect(lstatSync(file).isSymbolicLink()).toBe(false);
    expect(lstatSync(join(dir, 'planted.tmp')).isSymbolicLink()).toBe(true);
  });

  it('gives up, writing nothing, when every name it picks is taken', () => {
    symlinkSync(victim, join(dir, 'planted.tmp'));
    expect(() => replaceFile(file, 'new text', () => 'planted.tmp')).toThrow(/EEXIST/);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(readFileSync(file, 'utf8')).toBe('old text');
  });

  it('leaves a symlinked target alone, with the reason', () => {
    const link = join(dir, 'kubelist-118.md');
    symlinkSync(victim, link);
    expect(() => replaceFile(link, 'new text')).toThrow('it is a symbolic link; run fix on the file it points to.');
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['kubelist-117.md', 'kubelist-118.md', 'victim.txt']);
  });
});
