import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARCHIVE_DIR as ARCHIVE, itWithArchive } from '../../fixtures/archive';
import { misreadAsWindows1252 } from '../../fixtures/misread-as-windows-1252';
import { syntheticIssue } from '../../fixtures/synthetic-issues';
import { BUILD_TIMEOUT } from '../../timeouts';

/**
 * The command line as it ships: `src/cli/vite.config.ts` bundled into one .mjs, run by plain
 * `node` (no TypeScript runtime) on real archive files. Built afresh into a temp dir, so a
 * stale `dist-cli/` can never make this pass.
 */
const root = fileURLToPath(new URL('../../..', import.meta.url));
let outDir: string;
let work: string;
let bin: string;

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'kubelist-cli-build-'));
  work = mkdtempSync(join(tmpdir(), 'kubelist-cli-files-'));
  // vitest's variables would change how vite builds (VITEST, NODE_ENV=test); the child starts clean.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(key)));
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  execFileSync(process.execPath, [vite, 'build', '--config', 'src/cli/vite.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: root,
    env,
  });
  bin = join(outDir, 'kubelist.mjs');
}, BUILD_TIMEOUT);

afterAll(() => {
  for (const dir of [outDir, work]) if (dir) rmSync(dir, { recursive: true, force: true });
});

const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: work, encoding: 'utf8' });

describe('the built kubelist-curator binary', () => {
  it('is one self-contained ES module with a node shebang', () => {
    const code = readFileSync(bin, 'utf8');
    expect(code.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(code).not.toMatch(/from ['"](?!node:)/);
  });

  itWithArchive('checks the whole published archive clean (exit 0)', () => {
    const result = run('check', ARCHIVE);
    expect(result.stdout).toBe('133 files checked: no problems.\n');
    expect(result.status).toBe(0);
  });

  itWithArchive('lists problems and exits 1, then fix repairs mojibake in place', () => {
    const original = readFileSync(join(ARCHIVE, 'kubelist-117.md'), 'utf8');
    cpSync(join(ARCHIVE, 'kubelist-116.md'), join(work, 'kubelist-116.md'));
    writeFileSync(join(work, 'kubelist-117.md'), misreadAsWindows1252(original));

    const check = run('check', 'kubelist-116.md', 'kubelist-117.md');
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(/^kubelist-117\.md:3: The text looks like UTF-8 read as Windows-1252/m);
    expect(check.stdout).not.toMatch(/^kubelist-116\.md/m);

    const fix = run('fix', '.');
    expect(fix.status).toBe(0);
    expect(fix.stdout).toMatch(/^\.?\/?kubelist-117\.md: repaired mojibake on \d+ lines\.$/m);
    expect(readFileSync(join(work, 'kubelist-117.md'), 'utf8')).toBe(original);
    // Nothing else written, not even a temporary file.
    expect(readdirSync(work).sort()).toEqual(['kubelist-116.md', 'kubelist-117.md']);
    expect(run('check', '.').status).toBe(0);
  });

  // Regression: fix wrote its temporary file through a symlink planted at the fixed name
  // `FILE.kubelist-fix.tmp`, overwriting whatever the link pointed to.
  it('never writes through a symlink planted at the old temporary name', () => {
    const dir = mkdtempSync(join(work, 'planted-'));
    const original = syntheticIssue(150);
    writeFileSync(join(dir, 'kubelist-150.md'), misreadAsWindows1252(original));
    writeFileSync(join(dir, 'victim.txt'), 'precious');
    symlinkSync('victim.txt', join(dir, 'kubelist-150.md.kubelist-fix.tmp'));

    const fix = spawnSync(process.execPath, [bin, 'fix', 'kubelist-150.md'], { cwd: dir, encoding: 'utf8' });
    expect(fix.status).toBe(0);
    expect(readFileSync(join(dir, 'victim.txt'), 'utf8')).toBe('precious');
    expect(lstatSync(join(dir, 'kubelist-150.md')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(dir, 'kubelist-150.md'), 'utf8')).toBe(original);
  });

  it('leaves a symlinked file alone and says so (exit 1)', () => {
    const dir = mkdtempSync(join(work, 'linked-'));
    const mangled = misreadAsWindows1252(syntheticIssue(150));
    writeFileSync(join(dir, 'real.md'), mangled);
    symlinkSync('real.md', join(dir, 'kubelist-150.md'));

    const fix = spawnSync(process.execPath, [bin, 'fix', 'kubelist-150.md'], { cwd: dir, encoding: 'utf8' });
    expect(fix.stderr).toContain('kubelist-150.md: not changed: it is a symbolic link; run fix on the file it points to.');
    expect(fix.status).toBe(1);
    expect(lstatSync(join(dir, 'kubelist-150.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.md'), 'utf8')).toBe(mangled);
    expect(readdirSync(dir).sort()).toEqual(['kubelist-150.md', 'real.md']);
  });

  it('exits 2 with usage for a bad command line', () => {
    const result = run('frobnicate');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage: kubelist-curator <command> FILE...');
  });
});
