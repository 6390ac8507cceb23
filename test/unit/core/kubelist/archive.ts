// The published archive, a sibling of the repository: the largest golden set we have.
import { readdirSync, readFileSync } from 'node:fs';

const ARCHIVE = new URL('../../../../../shared/kubelist-archive/', import.meta.url);

/** Issue number → file text, for every `kubelist-{n}.md` in the archive. */
export function readArchive(): Map<number, string> {
  const files = readdirSync(ARCHIVE).filter((name) => /^kubelist-\d+\.md$/.test(name));
  const entries = files.map((name) => [Number(/\d+/.exec(name)![0]), readFileSync(new URL(name, ARCHIVE), 'utf8')] as const);
  return new Map(entries.sort(([a], [b]) => a - b));
}

/** One archived issue's text. */
export function archived(number: number): string {
  return readFileSync(new URL(`kubelist-${number}.md`, ARCHIVE), 'utf8');
}
