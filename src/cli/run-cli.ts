import { errorMessage } from '../core/error-message';
import { checkFile, type InputFile } from './check-file';
import { fixFile } from './fix-file';

/** What the command line touches, given to `runCli` so tests can pass an in-memory one. */
export interface CliIo {
  /** The files a path names: itself, or the `.md` files directly inside a directory. */
  expand(path: string): string[];
  /** The file's text as UTF-8; throws when it cannot be read. */
  read(path: string): string;
  /** Replaces the file's text; throws, having changed nothing, when it may not or cannot. */
  write(path: string, text: string): void;
  out(line: string): void;
  err(line: string): void;
}

export const USAGE = `Usage: kubelist-curator <command> FILE...

Commands:
  check FILE...  List Kubelist format problems per file (exit 1 if any).
  fix FILE...    Repair mojibake (UTF-8 read as Windows-1252) in place.

A directory stands for the .md files directly inside it.
Exit status: 0 clean, 1 problems found (or left unrepaired), 2 usage or read error.`;

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

function readAll(paths: string[], io: CliIo): { files: InputFile[]; unreadable: boolean } {
  const files: InputFile[] = [];
  let unreadable = false;
  for (const path of paths.flatMap((arg) => io.expand(arg))) {
    try {
      files.push({ path, text: io.read(path) });
    } catch (error) {
      io.err(`${path}: cannot read: ${errorMessage(error)}`);
      unreadable = true;
    }
  }
  return { files, unreadable };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function check(files: InputFile[], io: CliIo): number {
  let failing = 0;
  for (const file of files) {
    const lines = checkFile(file);
    if (lines.length > 0) failing++;
    for (const line of lines) io.out(line);
  }
  io.out(failing === 0 ? `${plural(files.length, 'file')} checked: no problems.` : `${plural(files.length, 'file')} checked: ${failing} with problems.`);
  return failing > 0 ? EXIT.problems : EXIT.ok;
}

function fix(files: InputFile[], io: CliIo): number {
  let repaired = 0;
  let failed = 0;
  for (const file of files) {
    const result = fixFile(file);
    if (result.write !== null) {
      try {
        io.write(file.path, result.write);
      } catch (error) {
        io.err(`${file.path}: not changed: ${errorMessage(error)}`);
        failed++;
        continue;
      }
      repaired++;
    }
    if (result.failed) failed++;
    if (result.message) (result.failed ? io.err : io.out)(result.message);
  }
  io.out(`${plural(files.length, 'file')} checked: ${repaired} repaired${failed > 0 ? `, ${failed} left unrepaired` : ''}.`);
  return failed > 0 ? EXIT.problems : EXIT.ok;
}

/** Runs `kubelist-curator` with its arguments (after the program name); returns the exit code. */
export function runCli(args: readonly string[], io: CliIo): number {
  const [command, ...paths] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return EXIT.ok;
  }
  if ((command !== 'check' && command !== 'fix') || paths.length === 0) {
    io.err(
      command === 'check' || command === 'fix'
        ? `kubelist-curator ${command}: no files given.`
        : `kubelist-curator: unknown command ${command === undefined ? '(none)' : `“${command}”`}.`,
    );
    io.err(USAGE);
    return EXIT.usage;
  }
  const { files, unreadable } = readAll(paths, io);
  const code = command === 'check' ? check(files, io) : fix(files, io);
  return unreadable ? EXIT.usage : code;
}
