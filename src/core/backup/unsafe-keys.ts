import type { BackupProblem } from './backup-types';
import { childPath } from './json-path';

/**
 * Keys that reach an object's prototype when code copies or merges by key. JSON.parse makes them
 * plain own properties, harmless by themselves, but a file carrying them was crafted: refuse it.
 */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Far deeper than any backup; a deeper file is built to exhaust the stack of whoever reads it. */
export const MAX_DEPTH = 32;

/**
 * Every unsafe key anywhere in `value`, in document order, and nesting deeper than any backup has.
 * Iterative, so depth cannot overflow. `value` is at `rootPath`, `rootDepth` levels below the file's root.
 */
export function findUnsafeKeys(value: unknown, rootPath = '$', rootDepth = 0): BackupProblem[] {
  const problems: BackupProblem[] = [];
  const stack: { value: unknown; path: string; depth: number; key?: string }[] = [{ value, path: rootPath, depth: rootDepth }];
  while (stack.length > 0) {
    const { value: node, path, depth, key } = stack.pop()!;
    if (key !== undefined && UNSAFE_KEYS.has(key)) {
      problems.push({ path, code: 'unsafeKey', key });
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    if (depth > MAX_DEPTH) {
      problems.push({ path, code: 'tooDeep', max: MAX_DEPTH });
      continue;
    }
    const keys: (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    // Pushed last to first, so they are visited (and reported) first to last.
    for (const child of keys.reverse()) {
      stack.push({
        value: (node as Record<string | number, unknown>)[child],
        path: childPath(path, child),
        depth: depth + 1,
        ...(typeof child === 'string' ? { key: child } : {}),
      });
    }
  }
  return problems;
}
