import { randomBytes } from 'node:crypto';
import { closeSync, constants, fchmodSync, lstatSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A fresh name beside the target: a fixed one could be planted in advance as a symlink. */
export const randomTemporaryName = (path: string) => `.${basename(path)}.${randomBytes(8).toString('hex')}.kubelist-fix.tmp`;

// A name taken by chance (or by someone guessing) is skipped; this many in a row is no chance.
const ATTEMPTS = 5;
// O_EXCL fails on anything already at the name, a symlink included; O_NOFOLLOW says so twice.
const CREATE_NEW = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

function createTemporary(path: string, mode: number, name: (path: string) => string): { temporary: string; fd: number } {
  for (let attempt = 1; ; attempt++) {
    const temporary = join(dirname(path), name(path));
    try {
      return { temporary, fd: openSync(temporary, CREATE_NEW, mode & 0o777) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= ATTEMPTS) throw error;
    }
  }
}

/**
 * Replaces a regular file's contents: written to a new file beside it (created exclusively,
 * never through a link), then renamed over it, so an interrupted run never leaves half a file.
 * A target that is a symlink is left alone: replacing it would cut the link, and writing
 * through it would change a file the curator did not name.
 */
export function replaceFile(path: string, text: string, name = randomTemporaryName): void {
  const target = lstatSync(path);
  if (target.isSymbolicLink()) throw new Error('it is a symbolic link; run fix on the file it points to.');
  if (!target.isFile()) throw new Error('it is not a regular file.');
  const { temporary, fd } = createTemporary(path, target.mode, name);
  try {
    try {
      writeFileSync(fd, text, 'utf8');
      // The umask may have narrowed the mode openSync was given; the file keeps the target's.
      fchmodSync(fd, target.mode & 0o7777);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    // The temporary file is ours (created exclusively), so removing it removes nothing else.
    rmSync(temporary, { force: true });
    throw error;
  }
}
