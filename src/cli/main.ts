import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { englishMessages } from '../text/english';
import { useMessages } from '../text/t';
import { replaceFile } from './replace-file';
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
  write: (path, text) => replaceFile(path, text),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

useMessages(englishMessages);
process.exitCode = runCli(process.argv.slice(2), io);
