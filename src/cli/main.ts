import { chmodSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CliIo, runCli } from './run-cli';

/** The real file system and console; everything else is in `runCli`. */
const io: CliIo = {
  expand(path) {
    let isDirectory = false;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      // A missing path is reported by `read`, with the system's own message.
    }
    if (!isDirectory) return [path];
    return readdirSync(path)
      .filter((name) => name.endsWith('.md'))
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
      .map((name) => join(path, name));
  },
  read: (path) => readFileSync(path, 'utf8'),
  write(path, text) {
    // Write beside and rename over, so an interrupted run never leaves half a file.
    const temporary = `${path}.kubelist-fix.tmp`;
    writeFileSync(temporary, text, 'utf8');
    chmodSync(temporary, statSync(path).mode);
    renameSync(temporary, path);
  },
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

process.exitCode = runCli(process.argv.slice(2), io);
