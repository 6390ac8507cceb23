import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Set to 1 to write golden files that are missing (never to overwrite one: delete it first). */
export const WRITE_GOLDEN_ENV = 'WRITE_GOLDEN';
const FIXTURES = join(import.meta.dirname, '../../../fixtures/templates');

/**
 * The golden file's text. A missing one fails the test unless WRITE_GOLDEN=1, which writes
 * `actual` as the new baseline for a person to read and commit.
 */
export function golden(name: string, actual: string): string {
  const path = join(FIXTURES, name);
  if (!existsSync(path)) {
    if (process.env[WRITE_GOLDEN_ENV] !== '1') throw new Error(`No golden file test/fixtures/templates/${name}; run with ${WRITE_GOLDEN_ENV}=1 to write it.`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  return readFileSync(path, 'utf8');
}
